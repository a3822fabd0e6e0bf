package io.milepost.chart;

/** How the chart is spread over paper. */
public enum PrintMode {
    /** The whole chart scaled onto one page, but never below {@link PageSetup#MIN_SCALE}. */
    FIT_PAGE,
    /** The whole date range across the page at 100 %; rows continue on following pages. */
    FIT_WIDTH,
    /** A poster of columns × rows of pages at 100 % and the chart's own zoom. */
    TILE
}
