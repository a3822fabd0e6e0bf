package io.milepost.app.exchange;

import io.milepost.io.html.RoadmapHtmlWriter;
import io.milepost.model.Roadmap;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;

/** The roadmap as one self-contained HTML report, with the chart as inline SVG when a {@link ChartPicture} draws it. */
public final class HtmlReport implements Exporter {

    private final ChartPicture chart;

    public HtmlReport(ChartPicture chart) {
        this.chart = Objects.requireNonNull(chart, "chart");
    }

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
        String svg = roadmap.milestones().isEmpty() ? null : chart.svg(roadmap, options).orElse(null);
        new RoadmapHtmlWriter().write(roadmap, options.titles(), svg, options.stamp(), options.language(), out);
    }
}
