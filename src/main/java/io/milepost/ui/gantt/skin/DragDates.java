package io.milepost.ui.gantt.skin;

import io.milepost.chart.TimeScale;
import io.milepost.chart.Zoom;
import io.milepost.model.DatePrecision;
import io.milepost.model.Milestone;
import io.milepost.model.MilestoneKind;
import io.milepost.model.PlanDate;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;

/**
 * The dates an item gets when it is dragged or nudged on the chart. Pure date arithmetic, no JavaFX.
 *
 * <h2>What happens to "Q3 2025"</h2>
 * A plan writes dates as days, months, quarters, half-years or years, and the chart shows them as written. A drag
 * keeps that wording only while it still describes the item:
 * <ul>
 *   <li>a <b>move</b> keeps every written date's precision when it shifts the item by whole periods of each of them:
 *       "Q3 2025" dragged three months later is "Q4 2025", "2026 – 2027" dragged a year is "2027 – 2028". Any other
 *       shift turns both ends into exact days ("1 Aug 2025 – 31 Oct 2025"): "Q3 2025" moved by a month is no longer
 *       a quarter;</li>
 *   <li>dragging an <b>end</b> keeps that end's precision when it lands on a boundary of its period (a quarter's
 *       start edge dragged to 1 April stays a quarter, "Q2"), otherwise that end becomes an exact day; the other end
 *       stays as written.</li>
 * </ul>
 * A milestone or meeting written as one period ("Q1 2027") is a single point drawn in the middle of its period;
 * moved by anything but whole periods it becomes the single day its marker was dragged to, never a range.
 * A move by whole months shifts the end by months too, so a bar from the 1st to the 31st keeps ending on the last
 * day of its month. Nothing moves before {@link PlanDate#EARLIEST} or after {@link PlanDate#LATEST}: such a drag
 * has no result and stops at the last position that had one.
 */
final class DragDates {

    /** An item's new start and end, as {@link Milestone#start()} and {@link Milestone#end()} would hold them. */
    record Dates(PlanDate start, PlanDate end) {
        LocalDate firstDay() {
            return start.firstDay();
        }

        LocalDate lastDay() {
            return (end == null ? start : end).lastDay();
        }
    }

    private DragDates() {
    }

    /**
     * The first day a body drag lands on: the pointer's shift in whole days, snapped for the zoom (at week zoom to
     * the nearest {@code weekStart}).
     */
    static LocalDate movedFirstDay(Milestone m, double dxPixels, double pxPerDay, Zoom zoom, DayOfWeek weekStart) {
        LocalDate raw = m.firstDay().plusDays(Math.round(dxPixels / pxPerDay));
        return TimeScale.snap(raw, zoom, weekStart);
    }

    /** The item moved so it starts on {@code newFirstDay}, its length kept. */
    static Optional<Dates> move(Milestone m, LocalDate newFirstDay) {
        LocalDate first = m.firstDay();
        if (newFirstDay.equals(first)) {
            return Optional.of(new Dates(m.start(), m.end()));
        }
        LocalDate next = m.lastDay().plusDays(1);
        if (first.getDayOfMonth() == 1 && newFirstDay.getDayOfMonth() == 1) {
            long months = ChronoUnit.MONTHS.between(YearMonth.from(first), YearMonth.from(newFirstDay));
            if (keepsPrecision(m.start(), months) && (m.end() == null || keepsPrecision(m.end(), months))) {
                PlanDate start = new PlanDate(m.start().date().plusMonths(months), m.start().precision());
                PlanDate end = m.end() == null ? null : new PlanDate(m.end().date().plusMonths(months),
                        m.end().precision());
                return sane(new Dates(start, end));
            }
            if (isPointInAPeriod(m)) {
                return pointMovedBy(m, ChronoUnit.DAYS.between(first, newFirstDay));
            }
            return days(m, newFirstDay, next.plusMonths(months).minusDays(1));
        }
        long shift = ChronoUnit.DAYS.between(first, newFirstDay);
        if (isPointInAPeriod(m)) {
            return pointMovedBy(m, shift);
        }
        return days(m, newFirstDay, m.lastDay().plusDays(shift));
    }

    /** A milestone or meeting with one date that names a whole period, drawn at the period's middle. */
    private static boolean isPointInAPeriod(Milestone m) {
        return m.kind() != MilestoneKind.ACTIVITY && m.end() == null && m.start().precision() != DatePrecision.DAY;
    }

    private static Optional<Dates> pointMovedBy(Milestone m, long days) {
        LocalDate middle = m.firstDay().plusDays(ChronoUnit.DAYS.between(m.firstDay(), m.lastDay()) / 2);
        return sane(new Dates(PlanDate.day(middle.plusDays(days)), null));
    }

    /**
     * The item moved one snap step of the zoom to the right ({@code direction} 1) or left (-1): to the next (or
     * previous) day, first day of a week ({@code weekStart}) or first of a month, so an item off the grid lands on
     * it in one step.
     */
    static Optional<Dates> nudge(Milestone m, Zoom zoom, DayOfWeek weekStart, int direction) {
        LocalDate first = m.firstDay();
        LocalDate target = switch (zoom) {
            case DAYS -> first.plusDays(direction);
            case WEEKS -> first.with(direction > 0 ? TemporalAdjusters.next(weekStart)
                    : TemporalAdjusters.previous(weekStart));
            default -> direction > 0 ? first.withDayOfMonth(1).plusMonths(1)
                    : first.getDayOfMonth() == 1 ? first.minusMonths(1) : first.withDayOfMonth(1);
        };
        return move(m, target);
    }

    /** The start edge dragged to {@code newFirstDay}; the item keeps at least its last day. */
    static Optional<Dates> resizeStart(Milestone m, LocalDate newFirstDay) {
        LocalDate day = newFirstDay.isAfter(m.lastDay()) ? m.lastDay() : newFirstDay;
        PlanDate start = onBoundary(day, m.start().precision());
        PlanDate end = m.finish();
        return sane(new Dates(start, end.equals(start) ? null : end));
    }

    /** The end edge dragged to {@code newEndExclusive} (the day after the new last day). */
    static Optional<Dates> resizeEnd(Milestone m, LocalDate newEndExclusive) {
        LocalDate last = newEndExclusive.minusDays(1);
        if (last.isBefore(m.firstDay())) {
            last = m.firstDay();
        }
        DatePrecision p = m.finish().precision();
        PlanDate end = p != DatePrecision.DAY && PlanDate.periodStart(newEndExclusive, p).equals(newEndExclusive)
                ? new PlanDate(last, p) : PlanDate.day(last);
        return sane(new Dates(m.start(), end.equals(m.start()) ? null : end));
    }

    /** Percent complete for a pointer at {@code x} on a bar written from {@code x0} to {@code x1}, in steps of 5. */
    static int percentAt(double x, double x0, double x1) {
        if (x1 <= x0) {
            return 0;
        }
        double pct = (x - x0) / (x1 - x0) * 100;
        return (int) Math.max(0, Math.min(100, Math.round(pct / 5) * 5));
    }

    private static boolean keepsPrecision(PlanDate d, long months) {
        return switch (d.precision()) {
            case DAY -> true;
            case MONTH -> true;
            case QUARTER -> months % 3 == 0;
            case HALF_YEAR -> months % 6 == 0;
            case YEAR -> months % 12 == 0;
        };
    }

    private static PlanDate onBoundary(LocalDate day, DatePrecision p) {
        return p != DatePrecision.DAY && PlanDate.periodStart(day, p).equals(day) ? new PlanDate(day, p)
                : PlanDate.day(day);
    }

    private static Optional<Dates> days(Milestone m, LocalDate first, LocalDate last) {
        PlanDate start = PlanDate.day(first);
        // A single day stays a single date, as a milestone dated to one day is written.
        PlanDate end = last.equals(first) && m.end() == null ? null : PlanDate.day(last);
        return sane(new Dates(start, end));
    }

    private static Optional<Dates> sane(Dates d) {
        return d.start().isWithinSaneRange() && (d.end() == null || d.end().isWithinSaneRange())
                ? Optional.of(d) : Optional.empty();
    }
}
