package io.milepost.chart;

/** A milestone is a diamond, a meeting a circle. */
public enum MarkerShape {
    DIAMOND, CIRCLE
}
