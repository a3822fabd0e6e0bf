package io.milepost.chart;

/**
 * One line of the legend.
 *
 * @param color a sector's own colour, or {@code null} to let the theme colour {@code styleKey}
 */
public record LegendEntry(LegendSymbol symbol, String styleKey, String color, String text) {
}
