package io.milepost.app.print;

import io.milepost.chart.YearStart;
import java.time.DayOfWeek;

/**
 * How the printed chart's header counts time, as the planner chose in Preferences: the day a week begins on and the
 * month a year begins in (Pakistan's fiscal year from July). One value, so the paper follows the window's calendar as
 * a whole and {@link PrintRequest} does not grow a component for each.
 *
 * @param weekStart the first day of a week in the header's week tier
 * @param yearStart where a year (and so its quarters and halves) begins in the header
 */
public record PrintCalendar(DayOfWeek weekStart, YearStart yearStart) {

    /** Monday weeks in calendar years: the command line's, which has no Preferences. */
    public static final PrintCalendar STANDARD = new PrintCalendar(DayOfWeek.MONDAY, YearStart.CALENDAR);

    public PrintCalendar {
        weekStart = weekStart == null ? DayOfWeek.MONDAY : weekStart;
        yearStart = yearStart == null ? YearStart.CALENDAR : yearStart;
    }

    public PrintCalendar withWeekStart(DayOfWeek d) {
        return new PrintCalendar(d, yearStart);
    }

    public PrintCalendar withYearStart(YearStart y) {
        return new PrintCalendar(weekStart, y);
    }
}
