package io.milepost.chart;

import java.util.List;
import java.util.Optional;

/**
 * A chart cut into sheets of paper: the options the chart is laid out with on every sheet (zoom and label column
 * chosen for the paper), the scale, and the pages in print order — row of pages by row of pages, each left to right.
 *
 * @param setup   the paper asked for; {@code null} for a picture of the whole chart ({@link Pagination#wholeChart})
 * @param pageWidth  of every sheet, in points
 * @param pageHeight of every sheet, in points
 * @param columns how many sheets side by side (along time)
 * @param rows    how many sheets one above the other (down the rows)
 * @param warning why the print is not what was asked, e.g. a one-page fit that would be too small to read
 */
public record PrintLayout(PageSetup setup, double pageWidth, double pageHeight, ChartOptions chartOptions,
                          double scale, int columns, int rows,
                          List<PrintedPage> pages, Optional<String> warning) {

    public PrintLayout {
        pages = List.copyOf(pages);
    }

    public int pageCount() {
        return pages.size();
    }
}
