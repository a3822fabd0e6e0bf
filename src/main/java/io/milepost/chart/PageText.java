package io.milepost.chart;

/** A line of a page's header or footer, in page coordinates (points), {@code y} its vertical centre. */
public record PageText(String text, double x, double y, FontRole role, TextAlign align) {
}
