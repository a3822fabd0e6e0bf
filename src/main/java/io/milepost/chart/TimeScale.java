package io.milepost.chart;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Maps dates to x and back. Day {@code d} covers {@code [xOf(d), xOf(d + 1))}, so an item from its first to its last
 * day spans {@code xOf(first)} to {@code xOf(last + 1)}.
 * <p>
 * The origin is an epoch day that may be fractional: {@link #zoomAround(double, double)} keeps the instant under a
 * pointer where it is by moving the origin, which rarely lands on midnight. The chart's content scale (see
 * {@link ChartScene#timeScale()}) always has a whole-day origin: the first day of the chart's range at x = 0.
 * Immutable.
 */
public final class TimeScale {

    // A hair more than float noise, far less than a pixel at any zoom: keeps dateAt(xOf(d)) == d.
    private static final double EPS_DAYS = 1e-7;

    private final double originDay;
    private final double pxPerDay;
    private final YearStart yearStart;
    private final DayOfWeek weekStart;
    private final Locale locale;

    public TimeScale(LocalDate origin, double pxPerDay) {
        this(origin, pxPerDay, YearStart.CALENDAR, Locale.ENGLISH);
    }

    public TimeScale(LocalDate origin, double pxPerDay, YearStart yearStart, Locale locale) {
        this(origin.toEpochDay(), pxPerDay, yearStart, DayOfWeek.MONDAY, locale);
    }

    /** A scale whose weeks begin on {@code weekStart} (the planner's choice in Preferences). */
    public TimeScale(LocalDate origin, double pxPerDay, YearStart yearStart, DayOfWeek weekStart, Locale locale) {
        this(origin.toEpochDay(), pxPerDay, yearStart, weekStart, locale);
    }

    private TimeScale(double originDay, double pxPerDay, YearStart yearStart, DayOfWeek weekStart, Locale locale) {
        if (!(pxPerDay > 0) || Double.isInfinite(pxPerDay)) {
            throw new IllegalArgumentException("pixels per day must be positive, was " + pxPerDay);
        }
        this.originDay = originDay;
        this.pxPerDay = pxPerDay;
        this.yearStart = Objects.requireNonNull(yearStart, "yearStart");
        this.weekStart = Objects.requireNonNull(weekStart, "weekStart");
        this.locale = Objects.requireNonNull(locale, "locale");
    }

    /** The day that holds x = 0. */
    public LocalDate origin() {
        return LocalDate.ofEpochDay((long) Math.floor(originDay + EPS_DAYS));
    }

    /** x = 0 as a (possibly fractional) epoch day. */
    public double originEpochDay() {
        return originDay;
    }

    public double pxPerDay() {
        return pxPerDay;
    }

    public YearStart yearStart() {
        return yearStart;
    }

    /** The first day of each week in the header and of week-zoom snapping. */
    public DayOfWeek weekStart() {
        return weekStart;
    }

    public Locale locale() {
        return locale;
    }

    /** The named level this scale falls in; it picks the header tiers. */
    public Zoom zoom() {
        return Zoom.of(pxPerDay);
    }

    /** The left edge of {@code date}. */
    public double xOf(LocalDate date) {
        return (date.toEpochDay() - originDay) * pxPerDay;
    }

    public double xOfEpochDay(double epochDay) {
        return (epochDay - originDay) * pxPerDay;
    }

    /** The day that holds x. */
    public LocalDate dateAt(double x) {
        return LocalDate.ofEpochDay((long) Math.floor(epochDayAt(x) + EPS_DAYS));
    }

    /** The continuous time at x, in epoch days. */
    public double epochDayAt(double x) {
        return originDay + x / pxPerDay;
    }

    /** Width of the days {@code first} to {@code lastInclusive}. */
    public double width(LocalDate first, LocalDate lastInclusive) {
        return (lastInclusive.toEpochDay() + 1 - first.toEpochDay()) * pxPerDay;
    }

    /**
     * The scale {@code factor} times closer (clamped to the zoom limits) that shows the same instant at x.
     * A view keeping its content x = 0 at a fixed date must then scroll by {@code -zoomed.xOf(thatDate)}.
     */
    public TimeScale zoomAround(double x, double factor) {
        if (!(factor > 0)) {
            throw new IllegalArgumentException("zoom factor must be positive, was " + factor);
        }
        double newPx = Zoom.clamp(pxPerDay * factor);
        double instant = epochDayAt(x);
        return new TimeScale(instant - x / newPx, newPx, yearStart, weekStart, locale);
    }

    /** Same origin, another zoom. */
    public TimeScale withPxPerDay(double newPxPerDay) {
        return new TimeScale(originDay, newPxPerDay, yearStart, weekStart, locale);
    }

    /** Same zoom, x = 0 at the start of {@code newOrigin}. */
    public TimeScale withOrigin(LocalDate newOrigin) {
        return new TimeScale(newOrigin.toEpochDay(), pxPerDay, yearStart, weekStart, locale);
    }

    /**
     * The header tiers for this zoom, upper (coarser) first, holding only the cells that meet [x0, x1]:
     * year/quarter at QUARTERS and YEARS, quarter/month at MONTHS, month/week at WEEKS, week/day at DAYS.
     */
    public List<HeaderTier> tiers(double x0, double x1) {
        return HeaderTiers.build(this, x0, x1);
    }

    /** {@link #snap(LocalDate, Zoom, DayOfWeek)} with weeks from Monday. */
    public static LocalDate snap(LocalDate date, Zoom zoom) {
        return snap(date, zoom, DayOfWeek.MONDAY);
    }

    /**
     * The boundary a drag at this zoom should land on, whichever is nearer: the day itself at DAYS, the first day
     * of a week ({@code weekStart}) at WEEKS, the first of a month further out. Ties go to the earlier boundary.
     */
    public static LocalDate snap(LocalDate date, Zoom zoom, DayOfWeek weekStart) {
        switch (zoom) {
            case DAYS:
                return date;
            case WEEKS: {
                LocalDate first = weekStartOf(date, weekStart);
                long since = date.toEpochDay() - first.toEpochDay();
                return since <= 3 ? first : first.plusWeeks(1);
            }
            default: {
                LocalDate first = date.withDayOfMonth(1);
                LocalDate next = first.plusMonths(1);
                long back = date.toEpochDay() - first.toEpochDay();
                long ahead = next.toEpochDay() - date.toEpochDay();
                return back <= ahead ? first : next;
            }
        }
    }

    /** The first day of the week that holds {@code date}, for weeks that begin on {@code weekStart}. */
    public static LocalDate weekStartOf(LocalDate date, DayOfWeek weekStart) {
        int since = Math.floorMod(date.getDayOfWeek().getValue() - weekStart.getValue(), 7);
        return date.minusDays(since);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TimeScale t && t.originDay == originDay && t.pxPerDay == pxPerDay
                && t.yearStart == yearStart && t.weekStart == weekStart && t.locale.equals(locale);
    }

    @Override
    public int hashCode() {
        return Objects.hash(originDay, pxPerDay, yearStart, weekStart, locale);
    }

    @Override
    public String toString() {
        return "TimeScale[origin=" + origin() + ", pxPerDay=" + pxPerDay + ", " + yearStart + "]";
    }
}
