package io.milepost.chart;

import io.milepost.model.Roadmap;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * Lays a roadmap out for one viewport. Two stages:
 * <ol>
 *   <li>{@link ChartRows#build} walks the whole roadmap once: groups, row order, the link index. Keep it across
 *       frames while {@link ChartRows#matches} holds.</li>
 *   <li>{@link #layout(RowModel, ChartOptions, Viewport, TextMeasurer)} works per frame on the rows that meet the
 *       viewport only (found by arithmetic, row i at y = i × row height) and on the links that touch them, so its
 *       cost follows the viewport's size, not the roadmap's.</li>
 * </ol>
 */
public final class GanttLayout {

    private GanttLayout() {
    }

    /** Both stages at once: for a single picture (an export, a test). A screen keeps the rows; see the class note. */
    public static ChartScene layout(Roadmap roadmap, ChartOptions options, Viewport viewport, TextMeasurer measurer) {
        return layout(ChartRows.build(roadmap, options), options, viewport, measurer);
    }

    public static ChartScene layout(RowModel rows, ChartOptions options, Viewport viewport, TextMeasurer measurer) {
        Frame f = new Frame(rows, options, viewport, measurer);
        SceneBuilder out = new SceneBuilder(f);
        List<HeaderTier> tiers = f.visibleX1 > f.visibleX0 ? f.scale.tiers(f.visibleX0, f.visibleX1) : List.of();
        HeaderLayout.layout(f, tiers, out);
        GridLayout.layout(f, tiers, out);
        if (options.showLinks()) {
            // Before the rows: their labels keep clear of the links' runs beside their items.
            LinkRouter.layout(f, out);
        }
        RowLayout rowLayout = new RowLayout(f, out);
        for (int r = f.firstRow; r <= f.lastRow; r++) {
            rowLayout.layout(rows.row(r));
        }
        out.legend = LegendBuilder.build(rows, options);
        out.labelColumnTitle = options.texts().labelColumnTitle();
        return new ChartScene(out);
    }

    /**
     * The dates the chart spans: the options' range if set, else the roadmap's period widened to hold every item,
     * from the first of the month before to the end of the month after.
     */
    public static DateRange range(RowModel rows, ChartOptions options) {
        if (options.range() != null) {
            return options.range();
        }
        LocalDate start = rows.info().periodStart();
        LocalDate end = rows.info().periodEnd();
        DateRange items = rows.itemSpan();
        if (items != null) {
            start = items.start().isBefore(start) ? items.start() : start;
            end = items.end().isAfter(end) ? items.end() : end;
        }
        if (end.isBefore(start)) {
            end = start;
        }
        return new DateRange(start.minusMonths(1).withDayOfMonth(1), YearMonth.from(end.plusMonths(1)).atEndOfMonth());
    }

    /** The content scale: x = 0 at the first day of {@link #range}. */
    public static TimeScale timeScale(RowModel rows, ChartOptions options) {
        return new TimeScale(range(rows, options).start(), options.pxPerDay(), options.yearStart(), options.weekStart(),
                options.locale());
    }

    /** Width of the whole body, for scroll bars and pagination. */
    public static double contentWidth(RowModel rows, ChartOptions options) {
        return range(rows, options).days() * options.pxPerDay();
    }

    /** Height of the whole body. */
    public static double contentHeight(RowModel rows, ChartOptions options) {
        return rows.rowCount() * options.rowHeight();
    }

    /** {first, last} rows meeting the viewport, inclusive; last &lt; first when none. O(1). */
    static int[] visibleRows(Viewport v, double rowHeight, int rowCount) {
        if (rowCount == 0 || v.height() <= 0 || v.bottom() <= 0) {
            return new int[] {0, -1};
        }
        int first = (int) Math.max(0, Math.floor(v.y() / rowHeight));
        int last = (int) Math.min(rowCount - 1L, (long) Math.ceil(v.bottom() / rowHeight) - 1);
        return new int[] {first, last};
    }
}
