package io.milepost.model;

/** How precisely a plan wrote a date: "12 March 2025", "March 2025", "Q3 2025", "H1 2026" or "2027". */
public enum DatePrecision {
    DAY, MONTH, QUARTER, HALF_YEAR, YEAR
}
