package io.milepost.app.cli;

import io.milepost.app.exchange.DocumentExport;
import io.milepost.app.exchange.ExportOptions;
import io.milepost.app.exchange.Exporter;
import io.milepost.app.exchange.Exchanges;
import io.milepost.store.DocumentException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write a document's roadmap to a file in another format. The file is written whole or not "
                + "at all. A JSON export is remembered as the state last exchanged with the partner, the base of "
                + "the next merge of their copy.")
final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "the .milepost document to export")
    Path file;

    @Option(names = "--format", required = true, paramLabel = "FORMAT",
            description = "json, csv, ics, mspdi or html")
    String format;

    @Option(names = "--out", required = true, paramLabel = "PATH", description = "the file to write")
    Path out;

    @Option(names = "--bom", description = "start a text file with a UTF-8 byte-order mark (for Excel)")
    boolean bom;

    @Option(names = "--partner", paramLabel = "NAME", defaultValue = "partner",
            description = "who the JSON export is for (default: ${DEFAULT-VALUE})")
    String partner;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Exchanges exchanges = Exchanges.standard();
        Optional<Exporter> exporter = exchanges.exporter(format);
        if (exporter.isEmpty()) {
            err.println("milepost: no export format '" + TerminalText.safe(format) + "'; choose one of "
                    + String.join(", ", exchanges.exportFormats()));
            return MilepostCli.USAGE;
        }
        if (!Files.exists(file)) {
            err.println("milepost: " + file + " does not exist");
            return MilepostCli.BAD_INPUT;
        }
        try {
            DocumentExport.run(file, exporter.get(), ExportOptions.now().withByteOrderMark(bom), out, partner);
        } catch (DocumentException e) {
            err.println("milepost: " + TerminalText.safe(e.getMessage()));
            return e.reason() == DocumentException.Reason.IO ? MilepostCli.IO_FAILURE : MilepostCli.BAD_INPUT;
        } catch (IOException e) {
            err.println("milepost: cannot write " + out + ": " + TerminalText.safe(String.valueOf(e.getMessage())));
            return MilepostCli.IO_FAILURE;
        }
        spec.commandLine().getOut().println("Wrote " + exporter.get().format() + " to " + out);
        return MilepostCli.OK;
    }
}
