package io.milepost.app.exchange;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The exporters and importers Milepost knows, each found by its format name (or, for an import, by the file's
 * extension). Other formats plug in by adding themselves to {@link #standard()}.
 */
public final class Exchanges {

    private final Map<String, Exporter> exporters = new LinkedHashMap<>();
    private final List<Importer> importers = new ArrayList<>();

    public Exchanges add(Exporter exporter) {
        exporters.put(exporter.format(), exporter);
        return this;
    }

    public Exchanges add(Importer importer) {
        importers.add(importer);
        return this;
    }

    /** Every exchange format of this build, without a chart in the HTML report. */
    public static Exchanges standard() {
        return standard(ChartPicture.NONE);
    }

    /** Every exchange format of this build; {@code chart} draws the HTML report's chart. */
    public static Exchanges standard(ChartPicture chart) {
        JsonExchange json = new JsonExchange();
        CsvExchange csv = new CsvExchange();
        MpxjExchange mpxj = new MpxjExchange();
        return new Exchanges().add((Exporter) json).add((Importer) json).add((Exporter) csv).add((Importer) csv)
                .add(new IcsExport()).add((Exporter) mpxj).add((Importer) mpxj).add(new HtmlReport(chart));
    }

    public Optional<Exporter> exporter(String format) {
        return Optional.ofNullable(exporters.get(format.toLowerCase(Locale.ROOT)));
    }

    public List<String> exportFormats() {
        return List.copyOf(exporters.keySet());
    }

    public Optional<Importer> importer(String format) {
        String f = format.toLowerCase(Locale.ROOT);
        return importers.stream().filter(i -> i.format().equals(f) || i.extensions().contains(f)).findFirst();
    }

    /** The importer for a file, chosen by its extension ({@code .json}, {@code .csv}, {@code .mpp}, …). */
    public Optional<Importer> importerFor(Path source) {
        String name = source.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1);
        return importers.stream().filter(i -> i.extensions().contains(ext)).findFirst();
    }

    public List<String> importFormats() {
        return importers.stream().map(Importer::format).toList();
    }
}
