package io.milepost.chart;

/** What a point of the chart is on. */
public enum HitKind {
    BAR_BODY, BAR_START_EDGE, BAR_END_EDGE, PERCENT_HANDLE, DIAMOND, MEETING, GROUP_HEADER, LINK
}
