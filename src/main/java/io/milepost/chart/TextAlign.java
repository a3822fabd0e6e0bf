package io.milepost.chart;

/** Which point of a line of text its x names. */
public enum TextAlign {
    LEFT, CENTER, RIGHT
}
