package io.milepost.chart;

/** A vertical line in content coordinates: a grid line, a period boundary or the today line. */
public record VerticalLine(double x, double y0, double y1, String styleKey) {
}
