package io.milepost.app.cli;

import io.milepost.app.report.ProgressReports;
import io.milepost.i18n.Messages;
import io.milepost.io.matrix.TableDocument;
import io.milepost.model.Commission;
import io.milepost.model.Roadmap;
import io.milepost.store.DocumentException;
import io.milepost.store.OpenMode;
import io.milepost.store.RoadmapDocument;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "progress", mixinStandardHelpOptions = true,
        description = "Report what changed in a commission's milestones since its last session (status, dates "
                + "moved, done, added, deleted), for the next session's agenda: as text, or as DOCX with --out. "
                + "Read-only. Exits 0, 2 for a bad option, 3 for a bad document, 4 when the file cannot be written.")
final class ProgressCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "the .milepost document")
    Path file;

    @Option(names = "--commission", required = true, paramLabel = "NAME",
            description = "the commission, by name in either language")
    String commission;

    @Option(names = "--out", paramLabel = "PATH", description = "write the report as DOCX to PATH")
    Path out;

    @Option(names = "--lang", paramLabel = "LANG", description = "the report's language: en or ru (default: en)")
    String lang;

    @Option(names = "--on", paramLabel = "DATE", description = "the day the report is made for (default: today)")
    String on;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        LocalDate today;
        try {
            today = on == null ? LocalDate.now() : LocalDate.parse(on);
        } catch (DateTimeParseException e) {
            err.println("milepost: " + Messages.text("cli.progress.notADay", TerminalText.safe(on)));
            return MilepostCli.USAGE;
        }
        Messages words = Messages.in(lang);
        TableDocument table;
        try (RoadmapDocument doc = RoadmapDocument.open(file, OpenMode.READ_ONLY)) {
            Roadmap roadmap = doc.load();
            Commission c = roadmap.commissions().stream()
                    .filter(x -> commission.equalsIgnoreCase(x.name()) || commission.equalsIgnoreCase(x.nameAlt()))
                    .findFirst().orElse(null);
            if (c == null) {
                err.println("milepost: --commission: " + noSuchCommission(roadmap, words));
                return MilepostCli.USAGE;
            }
            table = ProgressReports.of(roadmap, c.id(), doc.changesSince(Instant.EPOCH), today, words);
        } catch (DocumentException e) {
            err.println("milepost: " + TerminalText.safe(e.getMessage()));
            return MilepostCli.exitCodeOf(e);
        }
        if (out == null) {
            print(table, stdout);
            return MilepostCli.OK;
        }
        try {
            ProgressReports.writeDocx(table, out);
        } catch (NoSuchFileException e) {
            err.println("milepost: " + Messages.text("cli.noFolder", TerminalText.safe(String.valueOf(out.toAbsolutePath().getParent()))));
            return MilepostCli.IO_FAILURE;
        } catch (IOException e) {
            err.println("milepost: " + Messages.text("cli.cannotWrite", TerminalText.safe(out.toString()),
                    TerminalText.safe(String.valueOf(e.getMessage()))));
            return MilepostCli.IO_FAILURE;
        }
        stdout.println(Messages.text("cli.progress.wrote", TerminalText.safe(out.toString())));
        return MilepostCli.OK;
    }

    /** Names the commissions the file has, so the next try can be one of them; each as it may be typed. */
    private String noSuchCommission(Roadmap roadmap, Messages words) {
        String asked = TerminalText.safe(commission);
        if (roadmap.commissions().isEmpty()) {
            return words.get("progress.noCommissionsAtAll", asked);
        }
        List<String> names = roadmap.commissions().stream()
                .map(x -> "\"" + TerminalText.safe(x.name()) + "\"" + (x.nameAlt() == null || x.nameAlt().isBlank() ? ""
                        : " (\"" + TerminalText.safe(x.nameAlt()) + "\")"))
                .toList();
        return words.get("progress.noSuchCommission", asked, String.join(", ", names));
    }

    private static void print(TableDocument table, PrintWriter out) {
        out.println(TerminalText.safe(table.title()));
        out.println(TerminalText.safe(table.subtitle()));
        for (TableDocument.Section s : table.sections()) {
            out.println();
            out.println(TerminalText.safe(s.heading()));
            for (List<String> row : s.rows()) {
                out.println(TerminalText.safe(row.get(0) + ". " + row.get(1) + " — " + row.get(3) + ", "
                        + row.get(4)));
                for (String line : row.get(2).split("\n")) {
                    out.println("     " + TerminalText.safe(line));
                }
            }
        }
    }
}
