package io.milepost.chart;

/**
 * What a bar stands for: an activity; the WINDOW of a milestone or meeting dated only to a period (the diamond or
 * circle sits on it); or a group's SUMMARY.
 */
public enum BarKind {
    ACTIVITY, WINDOW, SUMMARY
}
