package io.milepost.chart;

import io.milepost.i18n.DateWords;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Builds the two header tiers of a {@link TimeScale} for a range of x. */
final class HeaderTiers {

    // A runaway guard only: tiers are chosen so a cell is at least ~15 px wide.
    private static final int MAX_CELLS = 20_000;

    private HeaderTiers() {
    }

    static List<HeaderTier> build(TimeScale scale, double x0, double x1) {
        if (!(x1 > x0)) {
            return List.of();
        }
        TierUnit[] units = unitsFor(scale.zoom());
        List<HeaderTier> tiers = new ArrayList<>(2);
        tiers.add(new HeaderTier(units[0], true, cells(scale, units[0], true, x0, x1)));
        tiers.add(new HeaderTier(units[1], false, cells(scale, units[1], false, x0, x1)));
        return tiers;
    }

    /** {major, minor}. */
    static TierUnit[] unitsFor(Zoom zoom) {
        return switch (zoom) {
            case DAYS -> new TierUnit[] {TierUnit.WEEK, TierUnit.DAY};
            case WEEKS -> new TierUnit[] {TierUnit.MONTH, TierUnit.WEEK};
            case MONTHS -> new TierUnit[] {TierUnit.QUARTER, TierUnit.MONTH};
            case QUARTERS, YEARS -> new TierUnit[] {TierUnit.YEAR, TierUnit.QUARTER};
        };
    }

    private static List<HeaderTier.Cell> cells(TimeScale scale, TierUnit unit, boolean major, double x0, double x1) {
        List<HeaderTier.Cell> cells = new ArrayList<>();
        LocalDate start = periodStart(unit, scale.dateAt(x0), scale.yearStart(), scale.weekStart());
        double x = scale.xOf(start);
        while (x < x1 && cells.size() < MAX_CELLS) {
            LocalDate end = next(unit, start);
            double right = scale.xOf(end);
            String label = label(unit, major, start, scale);
            String shortLabel = unit == TierUnit.QUARTER && !major
                    ? DateWords.in(scale.locale()).quarterShort(scale.yearStart().quarterOf(start)) : label;
            cells.add(new HeaderTier.Cell(start, end, x, right - x, label, shortLabel));
            start = end;
            x = right;
        }
        return cells;
    }

    static LocalDate periodStart(TierUnit unit, LocalDate d, YearStart ys, DayOfWeek weekStart) {
        return switch (unit) {
            case YEAR -> ys.yearStartOf(d);
            // Quarters are three months from the year start; with a July or January start they coincide.
            case QUARTER -> LocalDate.of(d.getYear(), ((d.getMonthValue() - 1) / 3) * 3 + 1, 1);
            case MONTH -> d.withDayOfMonth(1);
            case WEEK -> TimeScale.weekStartOf(d, weekStart);
            case DAY -> d;
        };
    }

    static LocalDate next(TierUnit unit, LocalDate start) {
        return switch (unit) {
            case YEAR -> start.plusYears(1);
            case QUARTER -> start.plusMonths(3);
            case MONTH -> start.plusMonths(1);
            case WEEK -> start.plusWeeks(1);
            case DAY -> start.plusDays(1);
        };
    }

    static String label(TierUnit unit, boolean major, LocalDate start, TimeScale scale) {
        YearStart ys = scale.yearStart();
        DateWords words = DateWords.in(scale.locale());
        return switch (unit) {
            case YEAR -> ys.yearLabel(ys.yearStartOf(start), scale.locale());
            case QUARTER -> {
                int q = ys.quarterOf(start);
                if (!major) {
                    yield words.quarter(q);
                }
                yield words.quarter(q, ys == YearStart.CALENDAR ? Integer.toString(start.getYear())
                        : ys.yearLabel(ys.yearStartOf(start), scale.locale()));
            }
            case MONTH -> major ? words.month(start) : words.monthShort(start);
            case WEEK -> major ? words.day(start) : Integer.toString(start.getDayOfMonth());
            case DAY -> Integer.toString(start.getDayOfMonth());
        };
    }
}
