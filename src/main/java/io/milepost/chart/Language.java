package io.milepost.chart;

/** Which title to show: the primary one, or the second-language one ({@code titleAlt}/{@code nameAlt}) where given. */
public enum Language {
    PRIMARY, SECOND
}
