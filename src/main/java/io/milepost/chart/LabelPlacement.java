package io.milepost.chart;

/** Where a label went relative to its bar or marker. */
public enum LabelPlacement {
    RIGHT, INSIDE, LEFT
}
