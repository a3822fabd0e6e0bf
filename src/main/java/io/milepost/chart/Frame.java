package io.milepost.chart;

/**
 * Everything one frame's layout shares: the rows, the scale, what is visible, and the proportions of a row.
 * Built per call of {@link GanttLayout#layout(RowModel, ChartOptions, Viewport, TextMeasurer)}; costs O(1).
 */
final class Frame {

    final RowModel rows;
    final ChartOptions options;
    final Viewport viewport;
    final TextMeasurer measurer;
    final TimeScale scale;
    final DateRange range;
    final double contentWidth;
    final double contentHeight;
    final double rowHeight;
    /** Visible rows, inclusive; {@code lastRow < firstRow} when none are. */
    final int firstRow;
    final int lastRow;
    /**
     * Where the drawing ends on the right: the content's end, or the viewport's right edge when the content is
     * narrower than the viewport, so the time header, grid, shading and ongoing bars span the whole view alike.
     */
    final double endX;
    /** The visible part of the drawing, horizontally. */
    final double visibleX0;
    final double visibleX1;

    // Proportions of a row, as fractions of its height so a taller row scales everything alike.
    final double barInset;
    final double barHeight;
    final double windowInset;
    final double windowHeight;
    final double summaryInset;
    final double summaryHeight;
    final double markerHalf;
    final double baselineGap = 1;
    final double baselineHeight;

    Frame(RowModel rows, ChartOptions options, Viewport viewport, TextMeasurer measurer) {
        this.rows = rows;
        this.options = options;
        this.viewport = viewport;
        this.measurer = measurer;
        this.range = GanttLayout.range(rows, options);
        this.scale = new TimeScale(range.start(), options.pxPerDay(), options.yearStart(), options.weekStart(),
                options.locale());
        this.contentWidth = range.days() * options.pxPerDay();
        this.rowHeight = options.rowHeight();
        this.contentHeight = rows.rowCount() * rowHeight;
        int[] visible = GanttLayout.visibleRows(viewport, rowHeight, rows.rowCount());
        this.firstRow = visible[0];
        this.lastRow = visible[1];
        this.visibleX0 = Math.max(viewport.x(), 0);
        this.endX = Math.max(contentWidth, viewport.right());
        this.visibleX1 = Math.min(viewport.right(), endX);

        barInset = rowHeight * 0.25;
        barHeight = rowHeight * 0.5;
        windowInset = rowHeight * 0.4;
        windowHeight = rowHeight * 0.2;
        summaryInset = rowHeight * 0.35;
        summaryHeight = rowHeight * 0.3;
        markerHalf = rowHeight * 0.3;
        baselineHeight = Math.max(2, rowHeight * 0.125);
    }

    double rowTop(int row) {
        return row * rowHeight;
    }

    double rowCentre(int row) {
        return row * rowHeight + rowHeight / 2;
    }
}
