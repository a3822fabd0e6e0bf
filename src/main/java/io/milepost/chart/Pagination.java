package io.milepost.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a chart into page-sized tiles. A tile's body never cuts a row in half: its height is a whole number of rows.
 * Tiles come row of pages by row of pages, each left to right, so the pages for one set of rows follow each other.
 */
public final class Pagination {

    private Pagination() {
    }

    /**
     * Tiles for a page whose printable area is {@code pageWidth} × {@code pageHeight}; each tile's body is that
     * less the options' label column and time header.
     */
    public static List<PageTile> tiles(RowModel rows, ChartOptions options, double pageWidth, double pageHeight) {
        return tiles(GanttLayout.contentWidth(rows, options), GanttLayout.contentHeight(rows, options),
                pageWidth - options.labelColumnWidth(), pageHeight - options.headerHeight(), options.rowHeight());
    }

    /** Tiles of at most {@code bodyWidth} × {@code bodyHeight} (rounded down to whole rows) over the content. */
    public static List<PageTile> tiles(double contentWidth, double contentHeight, double bodyWidth, double bodyHeight,
                                       double rowHeight) {
        if (!(bodyWidth > 0)) {
            throw new IllegalArgumentException("the page leaves no width for the chart: " + bodyWidth);
        }
        if (bodyHeight < rowHeight) {
            throw new IllegalArgumentException("the page leaves no room for one row: " + bodyHeight);
        }
        double tileHeight = Math.floor(bodyHeight / rowHeight) * rowHeight;
        int columns = Math.max(1, (int) Math.ceil(contentWidth / bodyWidth - 1e-9));
        int rowsOfPages = Math.max(1, (int) Math.ceil(contentHeight / tileHeight - 1e-9));
        List<PageTile> tiles = new ArrayList<>(columns * rowsOfPages);
        for (int r = 0; r < rowsOfPages; r++) {
            double y = r * tileHeight;
            double h = Math.max(0, Math.min(tileHeight, contentHeight - y));
            for (int c = 0; c < columns; c++) {
                double x = c * bodyWidth;
                double w = Math.max(0, Math.min(bodyWidth, contentWidth - x));
                tiles.add(new PageTile(c, r, new Viewport(x, y, w, h)));
            }
        }
        return tiles;
    }

    /** The zoom that makes the whole range exactly {@code bodyWidth} wide: "fit to page width". */
    public static double pxPerDayToFit(DateRange range, double bodyWidth) {
        return Zoom.clamp(bodyWidth / range.days());
    }
}
