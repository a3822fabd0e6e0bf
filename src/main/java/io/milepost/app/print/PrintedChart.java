package io.milepost.app.print;

import io.milepost.app.exchange.ChartPicture;
import io.milepost.app.exchange.ExportOptions;
import io.milepost.chart.Theme;
import io.milepost.model.Roadmap;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The chart for the HTML report: the SVG export of the whole chart, as an {@code <svg>} element without its XML
 * declaration, its titles in the export's data language, its header counting weeks and years as the window does.
 */
public final class PrintedChart implements ChartPicture {

    private final Supplier<PrintCalendar> calendar;

    /** Monday weeks in calendar years, as the command line, which has no Preferences, prints. */
    public PrintedChart() {
        this(() -> PrintCalendar.STANDARD);
    }

    /** The window's calendar, asked at each export, so a report follows Preferences changed since the window opened. */
    public PrintedChart(Supplier<PrintCalendar> calendar) {
        this.calendar = calendar;
    }

    @Override
    public Optional<String> svg(Roadmap roadmap, ExportOptions options) throws IOException {
        ByteArrayOutputStream svg = new ByteArrayOutputStream();
        PrintRequest request = PrintRequest.defaults().withLanguage(options.titles())
                .withCalendar(calendar.get());
        new PrintExports(request, Theme.light(), page -> { }).byFormat().get("svg")
                .write(roadmap, options, svg);
        String text = svg.toString(StandardCharsets.UTF_8);
        int start = text.indexOf("<svg");
        return start < 0 ? Optional.empty() : Optional.of(text.substring(start).strip());
    }
}
