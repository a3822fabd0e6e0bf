package io.milepost.chart;

/** The little picture in front of a legend entry. */
public enum LegendSymbol {
    BAR, SOFT_BAR, DIAMOND, CIRCLE, GHOST, LINE, ARROW
}
