package io.milepost.chart;

/**
 * One printed page's share of the chart: lay it out with {@link GanttLayout#layout} for this viewport and paint it;
 * the scene repeats the time header and (with a label column) the row labels on every page.
 *
 * @param column from 0 at the left, along time
 * @param row    from 0 at the top, down the rows
 */
public record PageTile(int column, int row, Viewport viewport) {
}
