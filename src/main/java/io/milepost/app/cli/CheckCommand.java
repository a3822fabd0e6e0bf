package io.milepost.app.cli;

import io.milepost.i18n.Messages;
import io.milepost.app.DocumentCheck;
import io.milepost.io.json.PlainJson;
import io.milepost.model.Roadmap;
import io.milepost.store.DocumentException;
import io.milepost.store.RoadmapDocument;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check a document read-only: file integrity, then every rule of the roadmap, then the "
                + "schedule (links the dates do not keep, reported as warnings). "
                + "Exits 0 when clean, 3 when the file is unreadable, foreign, newer or has problems.")
final class CheckCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "the .milepost document to check")
    Path file;

    @Option(names = "--json", description = "print the report as one JSON object")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        DocumentCheck.Report report;
        try {
            report = DocumentCheck.run(file);
        } catch (DocumentException e) {
            if (json) {
                Map<String, Object> fields = new LinkedHashMap<>();
                fields.put("file", file.toString());
                fields.put("ok", false);
                fields.put("error", e.reason().name());
                fields.put("problems", List.of(e.getMessage()));
                out.println(PlainJson.object(fields));
            }
            err.println("milepost: " + TerminalText.safe(e.getMessage()));
            return MilepostCli.exitCodeOf(e);
        }
        if (json) {
            out.println(PlainJson.object(asFields(report)));
        } else {
            printText(report, out);
        }
        return report.isClean() ? MilepostCli.OK : MilepostCli.BAD_INPUT;
    }

    private static Map<String, Object> asFields(DocumentCheck.Report report) {
        Roadmap r = report.roadmap();
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("file", report.file().toString());
        fields.put("ok", report.isClean());
        fields.put("schemaVersion", RoadmapDocument.SCHEMA_VERSION);
        fields.put("title", r.info().title());
        fields.put("sectors", r.sectors().size());
        fields.put("milestones", r.milestones().size());
        fields.put("commissions", r.commissions().size());
        fields.put("sessions", r.sessions().size());
        fields.put("dependencies", r.dependencies().size());
        fields.put("agreements", r.agreements().size());
        fields.put("problems", report.problems());
        fields.put("warnings", report.warnings());
        return fields;
    }

    private static void printText(DocumentCheck.Report report, PrintWriter out) {
        Roadmap r = report.roadmap();
        out.println(TerminalText.safe(String.valueOf(report.file())));
        out.println("  " + TerminalText.safe(r.info().title()));
        out.println("  " + Messages.text("cli.check.counts", r.sectors().size(), r.milestones().size(),
                r.commissions().size(), r.sessions().size(), r.dependencies().size(), r.agreements().size()));
        if (report.isClean()) {
            out.println("  " + Messages.text("cli.check.clean"));
        } else {
            out.println("  " + Messages.text("cli.check.problems", report.problems().size()));
            for (String p : report.problems()) {
                out.println("  - " + TerminalText.safe(String.valueOf(p)));
            }
        }
        if (!report.warnings().isEmpty()) {
            out.println("  " + Messages.text("cli.check.warnings", report.warnings().size()));
            for (String w : report.warnings()) {
                out.println("  - " + TerminalText.safe(String.valueOf(w)));
            }
        }
    }
}
