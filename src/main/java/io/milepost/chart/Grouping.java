package io.milepost.chart;

/** What the chart's swimlanes are. */
public enum Grouping {
    SECTOR, COMMISSION, STATUS, NONE
}
