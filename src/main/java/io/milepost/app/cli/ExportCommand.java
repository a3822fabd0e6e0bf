package io.milepost.app.cli;

import io.milepost.i18n.Messages;
import io.milepost.app.exchange.DocumentExport;
import io.milepost.chart.MilestoneFilter;
import io.milepost.app.exchange.FilteredRoadmap;
import io.milepost.app.exchange.ExportOptions;
import io.milepost.app.exchange.Exchanges;
import io.milepost.app.exchange.Exporter;
import io.milepost.app.print.PrintExports;
import io.milepost.app.print.PrintedChart;
import io.milepost.app.print.PrintRequest;
import io.milepost.chart.Theme;
import io.milepost.io.AtomicFile;
import io.milepost.model.Roadmap;
import io.milepost.model.RoadmapInfo;
import io.milepost.store.DocumentException;
import io.milepost.store.OpenMode;
import io.milepost.store.RoadmapDocument;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code export FILE --format F --out PATH}: the roadmap written in another format, found by name among the
 * exchange formats ({@link Exchanges}: json, csv, ics, mspdi, html) and the print formats ({@link PrintExports}: pdf,
 * svg, png, docx, xlsx). The file is written to a temporary name beside the target and renamed when complete; a JSON
 * export is remembered as the state last exchanged with the partner. Exits 2 for a bad option, 3 for a bad document,
 * 4 when the folder is missing or cannot be written.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write a document's roadmap to a file: json (the exchange format, remembered as the base of "
                + "the next merge with the partner), csv, ics, mspdi (MS Project XML), html (a report); the chart as "
                + "pdf, svg or png, the implementation matrix as pdf, docx or xlsx. The file is written whole or "
                + "not at all. Needs no display.")
final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "the .milepost document to export")
    Path file;

    @Option(names = "--format", required = true, paramLabel = "FORMAT",
            description = "json, csv, ics, mspdi, html, pdf, svg, png, docx or xlsx")
    String format;

    @Option(names = "--out", required = true, paramLabel = "PATH", description = "the file to write")
    Path out;

    @Option(names = "--bom", description = "csv: start with a UTF-8 byte-order mark (for Excel)")
    boolean bom;

    @Option(names = "--partner", paramLabel = "NAME", defaultValue = "partner",
            description = "json: who the export is for (default: ${DEFAULT-VALUE})")
    String partner;

    @Mixin
    PrintExportOptions print;

    @Mixin
    FilterOptions filter;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        String name = format.toLowerCase(Locale.ROOT);
        Map<String, Exporter> printFormats = new PrintExports(PrintRequest.defaults(), Theme.light(), page -> { })
                .byFormat();
        // The exchange formats are made only when asked for: making them loads Jackson, ical4j and MPXJ, which a
        // PDF does not need (a fifth of its start-up time).
        Exchanges exchanges = printFormats.containsKey(name) ? null : Exchanges.standard(new PrintedChart());
        Optional<Exporter> exchange = exchanges == null ? Optional.empty() : exchanges.exporter(name);
        if (exchange.isEmpty() && !printFormats.containsKey(name)) {
            List<String> all = new ArrayList<>(exchanges.exportFormats());
            all.addAll(printFormats.keySet());
            err.println("milepost: " + Messages.text("cli.export.noFormat", TerminalText.safe(format),
                    String.join(", ", all)));
            return MilepostCli.USAGE;
        }
        Path target = out.toAbsolutePath().normalize();
        if (target.getParent() == null || !Files.isDirectory(target.getParent())) {
            err.println("milepost: " + Messages.text("cli.noFolder", target.getParent()));
            return MilepostCli.IO_FAILURE;
        }
        if (!Files.exists(file)) {
            err.println("milepost: " + Messages.text("cli.noFile", TerminalText.safe(file.toString())));
            return MilepostCli.BAD_INPUT;
        }
        try {
            if (exchange.isPresent() && filter.given()) {
                // A filtered copy is a view to read (csv, ics, html), never a roadmap to merge or plan from:
                // json and MS Project XML hold the whole roadmap, or the partner would take the rest as deleted.
                if (name.equals("json") || name.equals("mspdi")) {
                    err.println("milepost: " + Messages.text("cli.filter.wholeRoadmap", name));
                    return MilepostCli.USAGE;
                }
                Roadmap roadmap;
                try (RoadmapDocument doc = RoadmapDocument.open(file, OpenMode.READ_ONLY)) {
                    roadmap = doc.load();
                }
                MilestoneFilter chosen;
                ExportOptions options;
                try {
                    chosen = filter.filter(roadmap);
                    options = exchangeOptions(roadmap.info());
                } catch (PrintExportOptions.BadOption e) {
                    err.println("milepost: " + TerminalText.safe(e.getMessage()));
                    return MilepostCli.USAGE;
                }
                DocumentExport.write(FilteredRoadmap.of(roadmap, chosen), exchange.get(), options, target);
            } else if (exchange.isPresent()) {
                DocumentExport.run(file, exchange.get(), exchangeOptions(), target, partner);
            } else {
                Integer refused = printExport(name, target, err);
                if (refused != null) {
                    return refused;
                }
            }
        } catch (DocumentException e) {
            err.println("milepost: " + TerminalText.safe(e.getMessage()));
            return MilepostCli.exitCodeOf(e);
        } catch (IOException | UncheckedIOException e) {
            err.println("milepost: " + Messages.text("cli.cannotWrite", target,
                    TerminalText.safe(String.valueOf(e.getMessage()))));
            return MilepostCli.IO_FAILURE;
        } catch (IllegalArgumentException e) {
            err.println("milepost: " + TerminalText.safe(e.getMessage()));
            return MilepostCli.USAGE;
        }
        spec.commandLine().getOut().println(Messages.text("cli.export.wrote", name, target));
        return MilepostCli.OK;
    }

    /**
     * The options of an exchange format: the byte-order mark, and when --lang was given the report's words and the
     * roadmap's titles in that language; the document's languages are read only then.
     */
    private ExportOptions exchangeOptions() throws DocumentException {
        if (print.lang == null) {
            return ExportOptions.now().withByteOrderMark(bom);
        }
        try (RoadmapDocument doc = RoadmapDocument.open(file, OpenMode.READ_ONLY)) {
            return exchangeOptions(doc.load().info());
        } catch (PrintExportOptions.BadOption e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    private ExportOptions exchangeOptions(RoadmapInfo info) throws PrintExportOptions.BadOption {
        return ExportOptions.now().withByteOrderMark(bom).withLanguage(print.wordsLanguage(info))
                .withTitles(print.titles(info));
    }

    /** Writes a print format; returns an exit code when the options are refused, else {@code null}. */
    private Integer printExport(String name, Path target, PrintWriter err) throws DocumentException, IOException {
        PrintExports.warmUp(name); // the fonts are parsed while the roadmap is read
        Roadmap roadmap;
        try (RoadmapDocument doc = RoadmapDocument.open(file, OpenMode.READ_ONLY)) {
            roadmap = doc.load();
        }
        PrintRequest request;
        try {
            request = print.request(name, roadmap.info(), file.getFileName().toString())
                    .withFilter(filter.filter(roadmap));
        } catch (PrintExportOptions.BadOption e) {
            err.println("milepost: " + TerminalText.safe(e.getMessage()));
            return MilepostCli.USAGE;
        }
        PrintExports exports = new PrintExports(request, Theme.light(), page -> { });
        Exporter exporter = exports.byFormat().get(name);
        if (name.equals("pdf")) {
            exports.chartWarning(roadmap).ifPresent(w -> err.println("milepost: " + Messages.text("cli.note", TerminalText.safe(w))));
        }
        AtomicFile.write(target, stream -> exporter.write(roadmap, ExportOptions.now(), stream));
        return null;
    }
}
