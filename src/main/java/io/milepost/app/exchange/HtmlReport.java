package io.milepost.app.exchange;

import io.milepost.app.print.PrintExports;
import io.milepost.app.print.PrintRequest;
import io.milepost.chart.Theme;
import io.milepost.io.html.RoadmapHtmlWriter;
import io.milepost.model.Roadmap;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** The roadmap as one self-contained HTML report, with the chart drawn as inline SVG by the print painter. */
public final class HtmlReport implements Exporter {

    @Override
    public String format() {
        return "html";
    }

    @Override
    public String extension() {
        return "html";
    }

    @Override
    public void write(Roadmap roadmap, ExportOptions options, OutputStream out) throws IOException {
        new RoadmapHtmlWriter().write(roadmap, chart(roadmap, options), options.stamp(), out);
    }

    /** The chart as an {@code <svg>} element: the SVG export without its XML declaration. */
    private static String chart(Roadmap roadmap, ExportOptions options) throws IOException {
        if (roadmap.milestones().isEmpty()) {
            return null;
        }
        ByteArrayOutputStream svg = new ByteArrayOutputStream();
        new PrintExports(PrintRequest.defaults(), Theme.light(), page -> { }).byFormat().get("svg")
                .write(roadmap, options, svg);
        String text = svg.toString(StandardCharsets.UTF_8);
        int start = text.indexOf("<svg");
        return start < 0 ? null : text.substring(start).strip();
    }
}
