package io.milepost.chart;

/** A shaded rectangle behind the rows: a weekend, or time outside the roadmap's period. */
public record Band(double x, double y, double width, double height, String styleKey) {
}
