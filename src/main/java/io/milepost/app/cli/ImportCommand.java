package io.milepost.app.cli;

import io.milepost.i18n.Messages;
import io.milepost.app.exchange.DocumentImport;
import io.milepost.app.exchange.Exchanges;
import io.milepost.app.exchange.ImportException;
import io.milepost.app.exchange.Importer;
import io.milepost.app.merge.ChangeSetText;
import io.milepost.app.merge.Side;
import io.milepost.store.DocumentException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import a file into a document, creating the document when it does not exist. A copy of "
                + "the same roadmap is merged three-way with the state last exchanged with the partner; the change "
                + "set is printed, everything that does not conflict is applied as one step, and conflicts are "
                + "listed (exit 5). Everything is checked before anything is written (exit 3 on bad input).")
final class ImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SOURCE", description = "the file to import (.json, .csv, .xml, .mpp, .mpx, .gan, "
            + ".planner, .xer)")
    Path source;

    @Option(names = "--into", required = true, paramLabel = "FILE", description = "the .milepost document")
    Path into;

    @Option(names = "--dry-run", description = "print what would change; write nothing")
    boolean dryRun;

    @Option(names = "--format", paramLabel = "FORMAT", description = "the source's format, when its extension "
            + "does not say")
    String format;

    @Option(names = "--partner", paramLabel = "NAME", defaultValue = "partner",
            description = "whose copy this is (default: ${DEFAULT-VALUE})")
    String partner;

    @Option(names = "--resolve", paramLabel = "SIDE", description = "settle every conflict for 'ours' (this "
            + "document) or 'theirs' (the file); without it conflicts are left for the window")
    Side resolve;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Exchanges exchanges = Exchanges.standard();
        Optional<Importer> importer = format != null ? exchanges.importer(format) : exchanges.importerFor(source);
        if (importer.isEmpty()) {
            err.println("milepost: " + Messages.text("cli.import.unknownFormat", TerminalText.safe(source.toString()),
                    String.join(", ", exchanges.importFormats())));
            return MilepostCli.USAGE;
        }
        if (!Files.isRegularFile(source)) {
            err.println("milepost: " + Messages.text("cli.import.noSource", TerminalText.safe(source.toString())));
            return MilepostCli.BAD_INPUT;
        }
        DocumentImport.Report report;
        try {
            report = DocumentImport.run(source, into, importer.get(), partner,
                    Optional.ofNullable(resolve), dryRun);
        } catch (ImportException e) {
            e.problems().forEach(p -> err.println("milepost: " + TerminalText.safe(p)));
            return MilepostCli.BAD_INPUT;
        } catch (DocumentException e) {
            err.println("milepost: " + TerminalText.safe(e.getMessage()));
            return MilepostCli.exitCodeOf(e);
        } catch (NoSuchFileException e) {
            err.println("milepost: " + Messages.text("cli.noFile", TerminalText.safe(String.valueOf(e.getMessage()))));
            return MilepostCli.BAD_INPUT;
        } catch (IOException e) {
            err.println("milepost: " + Messages.text("cli.import.cannot", TerminalText.safe(source.toString()),
                    TerminalText.safe(String.valueOf(e.getMessage()))));
            return MilepostCli.IO_FAILURE;
        }
        print(report, out);
        return report.conflictsLeft().isEmpty() ? MilepostCli.OK : MilepostCli.CONFLICTS;
    }

    private void print(DocumentImport.Report report, PrintWriter out) {
        for (String note : report.notes()) {
            out.println(Messages.text("cli.note", TerminalText.safe(note)));
        }
        if (report.created()) {
            out.println(Messages.text(dryRun ? "cli.import.wouldCreate" : "cli.import.created", into,
                    TerminalText.safe(report.imported().info().title()), report.imported().milestones().size(),
                    report.imported().sectors().size()));
            return;
        }
        for (String line : ChangeSetText.lines(report.outcome())) {
            out.println(TerminalText.safe(line));
        }
        String summary = ChangeSetText.summary(report.outcome());
        if (dryRun) {
            out.println(Messages.text("cli.import.dryRun", summary));
        } else if (report.applied()) {
            out.println(Messages.text("cli.import.imported", into, summary) + (report.conflictsLeft().isEmpty()
                    ? report.conflicts().isEmpty() ? "" : Messages.text("cli.import.settled",
                            resolve.name().toLowerCase(java.util.Locale.ROOT))
                    : Messages.text("cli.import.conflictsLeft")));
        } else {
            out.println(report.conflicts().isEmpty() ? Messages.text("cli.import.nothing", into)
                    : Messages.text("cli.import.nothingBut", into, summary));
        }
    }
}
