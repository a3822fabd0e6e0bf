package io.milepost.chart;

import io.milepost.i18n.Messages;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Where a year begins in the header. Pakistan's fiscal year runs July to June: FY 2025-26 is 1 July 2025 to
 * 30 June 2026, and its first quarter is July to September.
 */
public enum YearStart {
    CALENDAR(1), JULY(7);

    private final int firstMonth;

    YearStart(int firstMonth) {
        this.firstMonth = firstMonth;
    }

    public int firstMonth() {
        return firstMonth;
    }

    /** The first day of the year (calendar or fiscal) that holds {@code date}. */
    public LocalDate yearStartOf(LocalDate date) {
        int year = date.getMonthValue() >= firstMonth ? date.getYear() : date.getYear() - 1;
        return LocalDate.of(year, firstMonth, 1);
    }

    /** "2025", or "FY 2025-26" for the fiscal year that starts in July 2025, in English. */
    public String yearLabel(LocalDate yearStart) {
        return yearLabel(yearStart, Locale.ENGLISH);
    }

    /**
     * "2025", or the fiscal year that starts in July 2025 as that language writes it: "FY 2025-26" in English,
     * "2025/26 фин. г." in Russian (the slash of a split year, as in "учебный год 2025/26").
     */
    public String yearLabel(LocalDate yearStart, Locale locale) {
        int y = yearStart.getYear();
        if (this == CALENDAR) {
            return Integer.toString(y);
        }
        return Messages.in(locale).get("chart.fiscalYear", y, String.format(Locale.ROOT, "%02d", (y + 1) % 100));
    }

    /** 1..4, counted from the start of the year: under JULY, July–September is quarter 1. */
    public int quarterOf(LocalDate date) {
        int monthsIn = Math.floorMod(date.getMonthValue() - firstMonth, 12);
        return monthsIn / 3 + 1;
    }
}
