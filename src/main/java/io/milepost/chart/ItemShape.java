package io.milepost.chart;

import io.milepost.model.DatePrecision;
import io.milepost.model.Milestone;
import io.milepost.model.MilestoneKind;

/**
 * Where one item falls horizontally, whatever its row: shared by the row layout and by the link router, which
 * needs the ends of items on rows that are not drawn.
 */
final class ItemShape {

    /** A one-day bar at years zoom is a fraction of a pixel; keep it findable. */
    static final double MIN_BAR_WIDTH = 2;

    final boolean isBar;
    final double barX;
    final double barWidth;
    final boolean marker;
    final double cx;
    /** Horizontal extent of all that is drawn for the item: where labels must not go. */
    final double left;
    final double right;
    /** Where links leave and arrive: the item's start and end as drawn. */
    final double anchorStart;
    final double anchorEnd;
    /** Right of the last day as written, before an ongoing item is run on to the chart's edge. */
    final double writtenRight;

    private ItemShape(boolean isBar, double barX, double barWidth, boolean marker, double cx, double left,
                      double right, double anchorStart, double anchorEnd, double writtenRight) {
        this.isBar = isBar;
        this.barX = barX;
        this.barWidth = barWidth;
        this.marker = marker;
        this.cx = cx;
        this.left = left;
        this.right = right;
        this.anchorStart = anchorStart;
        this.anchorEnd = anchorEnd;
        this.writtenRight = writtenRight;
    }

    static ItemShape of(Milestone m, Frame f) {
        TimeScale s = f.scale;
        double x0 = s.xOf(m.firstDay());
        double x1 = s.xOf(m.lastDay().plusDays(1));
        double edge = Math.max(f.endX, x1);
        if (m.kind() == MilestoneKind.ACTIVITY) {
            double right = m.ongoing() ? edge : x1;
            double w = Math.max(right - x0, MIN_BAR_WIDTH);
            return new ItemShape(true, x0, w, false, 0, x0, x0 + w, x0, x0 + w, x1);
        }
        double cx = (x0 + x1) / 2;
        double half = f.markerHalf;
        // A marker dated to one day sits on it; one dated to a period sits mid-period on a window showing the period.
        boolean window = m.ongoing() || hasPeriod(m);
        double windowRight = m.ongoing() ? edge : x1;
        double left = window ? Math.min(x0, cx - half) : cx - half;
        double right = window ? Math.max(windowRight, cx + half) : cx + half;
        return new ItemShape(window, x0, windowRight - x0, true, cx, left, right, cx - half, cx + half, x1);
    }

    static boolean hasPeriod(Milestone m) {
        return m.start().precision() != DatePrecision.DAY || m.finish().precision() != DatePrecision.DAY
                || m.lastDay().isAfter(m.firstDay());
    }
}
