package io.milepost.io.svg;

import io.milepost.chart.PagePainter;
import io.milepost.chart.PrintLayout;
import io.milepost.chart.PrintedPage;
import io.milepost.chart.RowModel;
import io.milepost.chart.TextMeasurer;
import io.milepost.chart.Theme;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The chart as one SVG 1.1 picture: the first sheet of a {@link PrintLayout} (for a file with no paper, the whole
 * chart: {@code Pagination.wholeChart}), in points, drawn by the same painter as the screen.
 */
public final class SvgChartWriter {

    private SvgChartWriter() {
    }

    /**
     * @param title written as the picture's {@code title}; escaped
     * @param measurer the one {@code print} was planned with
     */
    public static void write(RowModel rows, PrintLayout print, Theme theme, TextMeasurer measurer, String title,
                             OutputStream out) throws IOException {
        PrintedPage page = print.pages().get(0);
        StringBuilder body = new StringBuilder(1 << 16);
        SvgSurface surface = new SvgSurface(body);
        PagePainter.paint(print, page, rows, theme, surface, measurer);
        surface.finish();
        String w = String.format(Locale.ROOT, "%.2f", print.pageWidth());
        String h = String.format(Locale.ROOT, "%.2f", print.pageHeight());
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        writer.write("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"" + w + "pt\" height=\"" + h
                + "pt\" viewBox=\"0 0 " + w + " " + h + "\">\n");
        writer.write("<title>" + Xml.escape(title) + "</title>\n");
        writer.write("<rect class=\"page\" x=\"0\" y=\"0\" width=\"" + w + "\" height=\"" + h
                + "\" fill=\"#ffffff\"/>\n");
        writer.write(body.toString());
        writer.write("</svg>\n");
        writer.flush();
    }
}
