package io.milepost.chart;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One row of the time header: consecutive periods of one unit, in the x of the {@link TimeScale} that made them.
 *
 * @param major true for the upper, coarser tier
 */
public record HeaderTier(TierUnit unit, boolean major, List<Cell> cells) {
    public HeaderTier {
        Objects.requireNonNull(unit, "unit");
        cells = List.copyOf(cells);
    }

    /**
     * One period. A cell at the edge of the asked range keeps its full extent, so its x may lie left of the range.
     *
     * @param start first day of the period
     * @param end   the day after the period (exclusive), so {@code x + width} is the x of {@code end}
     * @param shortLabel what a cell too narrow for its label says instead ("III" for "III кв."); the label itself
     *                   where there is no shorter way to say it
     */
    public record Cell(LocalDate start, LocalDate end, double x, double width, String label, String shortLabel) {
        public double right() {
            return x + width;
        }
    }
}
