package io.milepost.chart;

import java.util.List;

/**
 * Draws one printed sheet on a {@link Surface} in points: the page header and footer, the chart's share of the
 * sheet (scaled, with its time header and row labels), where a link leaves the sheet the number of the sheet it
 * continues on ({@link LinkExits}), and, on the first sheet, the legend. Like
 * {@link ChartPainter} it decides no geometry: the {@link PrintedPage} and the scene hold every position.
 */
public final class PagePainter {

    private PagePainter() {
    }

    /** Lays the page's share of the chart out and draws the sheet. */
    public static void paint(PrintLayout print, PrintedPage page, RowModel rows, Theme theme, Surface g,
                             TextMeasurer measurer) {
        ChartScene scene = GanttLayout.layout(rows, print.chartOptions(), page.viewport(), measurer);
        paint(page, scene, theme, g);
        List<PageText> exits = LinkExits.of(scene, print, page, measurer);
        if (!exits.isEmpty()) {
            g.save();
            g.setFont(FontRole.PAGE_TEXT, theme.font(FontRole.PAGE_TEXT));
            g.setFill("page.linkExit", theme.color("link"));
            for (PageText t : exits) {
                g.text(t.text(), t.x(), t.y(), t.role(), t.align());
            }
            g.restore();
        }
    }

    /** Draws a sheet whose chart scene is already laid out for {@code page.viewport()}. */
    public static void paint(PrintedPage page, ChartScene scene, Theme theme, Surface g) {
        g.save();
        for (FontRole role : FontRole.values()) {
            g.setFont(role, theme.font(role));
        }
        g.setFill("page.text", theme.color("page.text"));
        for (PageText t : page.texts()) {
            if (!t.text().isEmpty()) {
                g.text(t.text(), t.x(), t.y(), t.role(), t.align());
            }
        }
        g.setStroke("page.rule", theme.stroke("page.rule"));
        for (double[] r : page.rules()) {
            g.line(r[0], r[1], r[2], r[3]);
        }
        g.save();
        g.translate(page.chartX(), page.chartY());
        if (page.scale() != 1) {
            g.scale(page.scale());
        }
        ChartPainter.paint(scene, theme, g);
        g.restore();
        if (page.legend() != null) {
            ChartPainter.paintLegend(page.legend(), theme, g);
        }
        g.restore();
    }
}
