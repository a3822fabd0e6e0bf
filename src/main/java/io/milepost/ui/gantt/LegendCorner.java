package io.milepost.ui.gantt;

/** The corner of the chart's view the legend is docked in, so the planner can keep it off the bars they read. */
public enum LegendCorner {
    TOP_LEFT, TOP_RIGHT, BOTTOM_LEFT, BOTTOM_RIGHT;

    public boolean top() {
        return this == TOP_LEFT || this == TOP_RIGHT;
    }

    public boolean left() {
        return this == TOP_LEFT || this == BOTTOM_LEFT;
    }
}
