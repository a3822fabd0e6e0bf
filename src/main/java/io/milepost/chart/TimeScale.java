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
    private final Locale locale;

    public TimeScale(LocalDate origin, double pxPerDay) {
        this(origin, pxPerDay, YearStart.CALENDAR, Locale.ENGLISH);
    }

    public TimeScale(LocalDate origin, double pxPerDay, YearStart yearStart, Locale locale) {
        this(origin.toEpochDay(), pxPerDay, yearStart, locale);
    }

    private TimeScale(double originDay, double pxPerDay, YearStart yearStart, Locale locale) {
        if (!(pxPerDay > 0) || Double.isInfinite(pxPerDay)) {
            throw new IllegalArgumentException("pixels per day must be positive, was " + pxPerDay);
        }
        this.originDay = originDay;
        this.pxPerDay = pxPerDay;
        this.yearStart = Objects.requireNonNull(yearStart, "yearStart");
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
        return new TimeScale(instant - x / newPx, newPx, yearStart, locale);
    }

    /** Same origin, another zoom. */
    public TimeScale withPxPerDay(double newPxPerDay) {
        return new TimeScale(originDay, newPxPerDay, yearStart, locale);
    }

    /** Same zoom, x = 0 at the start of {@code newOrigin}. */
    public TimeScale withOrigin(LocalDate newOrigin) {
        return new TimeScale(newOrigin.toEpochDay(), pxPerDay, yearStart, locale);
    }

    /**
     * The header tiers for this zoom, upper (coarser) first, holding only the cells that meet [x0, x1]:
     * year/quarter at QUARTERS and YEARS, quarter/month at MONTHS, month/week at WEEKS, week/day at DAYS.
     */
    public List<HeaderTier> tiers(double x0, double x1) {
        return HeaderTiers.build(this, x0, x1);
    }

    /**
     * The boundary a drag at this zoom should land on, whichever is nearer: the day itself at DAYS, a Monday at
     * WEEKS, the first of a month further out. Ties go to the earlier boundary.
     */
    public static LocalDate snap(LocalDate date, Zoom zoom) {
        switch (zoom) {
            case DAYS:
                return date;
            case WEEKS: {
                int sinceMonday = date.getDayOfWeek().getValue() - DayOfWeek.MONDAY.getValue();
                LocalDate monday = date.minusDays(sinceMonday);
                return sinceMonday <= 3 ? monday : monday.plusWeeks(1);
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

    @Override
    public boolean equals(Object o) {
        return o instanceof TimeScale t && t.originDay == originDay && t.pxPerDay == pxPerDay
                && t.yearStart == yearStart && t.locale.equals(locale);
    }

    @Override
    public int hashCode() {
        return Objects.hash(originDay, pxPerDay, yearStart, locale);
    }

    @Override
    public String toString() {
        return "TimeScale[origin=" + origin() + ", pxPerDay=" + pxPerDay + ", " + yearStart + "]";
    }
}
