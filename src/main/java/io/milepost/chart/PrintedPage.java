package io.milepost.chart;

import java.util.List;

/**
 * One sheet of a print: which part of the chart it shows and where everything on it goes, in points from the sheet's
 * top-left corner. Lay the chart out with {@link GanttLayout#layout} for {@link #viewport()} under the print's
 * {@link PrintLayout#chartOptions()}; the scene repeats the time header and the row labels.
 *
 * @param number   from 1
 * @param column   from 0, along time
 * @param row      from 0, down the rows
 * @param chartX   where the chart's drawing (row labels and time header included) starts on the sheet
 * @param scale    chart pixels to points
 * @param texts    the page header (title, parties, dates, filter) and footer (page, tile, printed date, file)
 * @param rules    the lines under the header and over the footer: x1, y1, x2, y2 each
 * @param legend   on the first page, else {@code null}
 */
public record PrintedPage(int number, int count, int column, int row, Viewport viewport, double chartX,
                          double chartY, double scale, List<PageText> texts, List<double[]> rules,
                          LegendLayout legend) {

    public PrintedPage {
        texts = List.copyOf(texts);
        rules = List.copyOf(rules);
    }

    /** Width of the chart's drawing on the sheet, in points. */
    public double chartWidth(ChartOptions options) {
        return (options.labelColumnWidth() + viewport.width()) * scale;
    }

    /** Height of the chart's drawing on the sheet, in points. */
    public double chartHeight(ChartOptions options) {
        return (options.headerHeight() + viewport.height()) * scale;
    }
}
