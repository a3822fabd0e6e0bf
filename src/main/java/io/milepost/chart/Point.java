package io.milepost.chart;

/** A point in content coordinates. */
public record Point(double x, double y) {
}
