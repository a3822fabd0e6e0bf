package io.milepost.chart;

/** The period one header cell stands for. */
public enum TierUnit {
    YEAR, QUARTER, MONTH, WEEK, DAY
}
