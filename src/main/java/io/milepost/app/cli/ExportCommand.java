package io.milepost.app.cli;

import io.milepost.app.exchange.ExportOptions;
import io.milepost.app.exchange.Exporter;
import io.milepost.app.print.PrintExports;
import io.milepost.app.print.PrintRequest;
import io.milepost.chart.Theme;
import io.milepost.io.AtomicFile;
import io.milepost.model.Roadmap;
import io.milepost.store.DocumentException;
import io.milepost.store.OpenMode;
import io.milepost.store.RoadmapDocument;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code export FILE --format F --out PATH}: the roadmap written in another format, found by name in a registry of
 * {@link Exporter}s (here the print formats of {@link PrintExports}). The file is written to a temporary name beside
 * the target and renamed when complete. Exits 2 for a bad option, 3 for a bad document, 4 when the folder is missing
 * or cannot be written.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write a document's roadmap to a file: the chart as pdf, svg or png, the implementation "
                + "matrix as pdf, docx or xlsx. The file is written whole or not at all. Needs no display.")
final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "the .milepost document to export")
    Path file;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "pdf, svg, png, docx or xlsx")
    String format;

    @Option(names = "--out", required = true, paramLabel = "PATH", description = "the file to write")
    Path out;

    @Mixin
    PrintExportOptions print;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        String name = format.toLowerCase(Locale.ROOT);
        Map<String, Exporter> known = new PrintExports(PrintRequest.defaults(), Theme.light(), page -> { })
                .byFormat();
        if (!known.containsKey(name)) {
            err.println("milepost: no export format '" + TerminalText.safe(format) + "'; choose one of "
                    + String.join(", ", known.keySet()));
            return MilepostCli.USAGE;
        }
        Path target = out.toAbsolutePath().normalize();
        if (target.getParent() == null || !Files.isDirectory(target.getParent())) {
            err.println("milepost: the folder " + target.getParent() + " does not exist");
            return MilepostCli.IO_FAILURE;
        }
        PrintExports.warmUp(name);
        Roadmap roadmap;
        try (RoadmapDocument doc = RoadmapDocument.open(file, OpenMode.READ_ONLY)) {
            roadmap = doc.load();
        } catch (DocumentException e) {
            err.println("milepost: " + TerminalText.safe(e.getMessage()));
            return e.reason() == DocumentException.Reason.IO ? MilepostCli.IO_FAILURE : MilepostCli.BAD_INPUT;
        }
        PrintRequest request;
        try {
            request = print.request(name, roadmap.info(), file.getFileName().toString());
        } catch (PrintExportOptions.BadOption e) {
            err.println("milepost: " + TerminalText.safe(e.getMessage()));
            return MilepostCli.USAGE;
        }
        PrintExports exports = new PrintExports(request, Theme.light(), page -> { });
        Exporter exporter = exports.byFormat().get(name);
        if (name.equals("pdf")) {
            exports.chartWarning(roadmap).ifPresent(w -> err.println("milepost: note: " + w));
        }
        try {
            AtomicFile.write(target, stream -> exporter.write(roadmap, ExportOptions.now(), stream));
        } catch (IOException | UncheckedIOException e) {
            err.println("milepost: cannot write " + target + ": " + TerminalText.safe(String.valueOf(e.getMessage())));
            return MilepostCli.IO_FAILURE;
        } catch (IllegalArgumentException e) {
            err.println("milepost: " + TerminalText.safe(e.getMessage()));
            return MilepostCli.USAGE;
        }
        spec.commandLine().getOut().println("Wrote " + name + " to " + target);
        return MilepostCli.OK;
    }
}
