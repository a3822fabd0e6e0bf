package io.milepost.chart;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

/** What lies behind the rows: weekends, time outside the roadmap's period, grid lines, and the today line. */
final class GridLayout {

    private GridLayout() {
    }

    static void layout(Frame f, List<HeaderTier> tiers, SceneBuilder out) {
        double y0 = f.viewport.y();
        double y1 = f.viewport.bottom();
        double x0 = f.visibleX0;
        double x1 = f.visibleX1;
        if (x1 <= x0) {
            return;
        }
        if (tiers.size() == 2 && tiers.get(1).unit() == TierUnit.DAY) {
            weekends(tiers.get(1), y0, y1, out);
        }
        period(f, x0, x1, y0, y1, out);
        for (int t = tiers.size() - 1; t >= 0; t--) {
            HeaderTier tier = tiers.get(t);
            String style = tier.major() ? "grid.major" : "grid.minor";
            for (HeaderTier.Cell c : tier.cells()) {
                if (c.x() >= x0 && c.x() <= x1 && (tier.major() || !isMajorBoundary(tiers, c))) {
                    out.gridLines.add(new VerticalLine(c.x(), y0, y1, style));
                }
            }
        }
        LocalDate today = f.options.today();
        if (today != null) {
            double x = f.scale.xOf(today) + f.scale.pxPerDay() / 2;
            if (x >= 0 && x <= f.endX) {
                out.today = new VerticalLine(x, y0, y1, "today");
            }
        }
    }

    private static boolean isMajorBoundary(List<HeaderTier> tiers, HeaderTier.Cell minor) {
        if (tiers.size() < 2) {
            return false;
        }
        // Few major cells per frame (a handful of years or quarters): a scan is cheaper than a set.
        for (HeaderTier.Cell c : tiers.get(0).cells()) {
            if (c.start().equals(minor.start())) {
                return true;
            }
        }
        return false;
    }

    private static void weekends(HeaderTier days, double y0, double y1, SceneBuilder out) {
        List<HeaderTier.Cell> cells = days.cells();
        for (int i = 0; i < cells.size(); i++) {
            HeaderTier.Cell c = cells.get(i);
            DayOfWeek dow = c.start().getDayOfWeek();
            if (dow == DayOfWeek.SATURDAY) {
                // Saturday and Sunday as one band, even when Sunday lies past the edge.
                out.bands.add(new Band(c.x(), y0, 2 * c.width(), y1 - y0, "weekend"));
            } else if (dow == DayOfWeek.SUNDAY && i == 0) {
                out.bands.add(new Band(c.x(), y0, c.width(), y1 - y0, "weekend"));
            }
        }
    }

    private static void period(Frame f, double x0, double x1, double y0, double y1, SceneBuilder out) {
        double ps = f.scale.xOf(f.rows.info().periodStart());
        double pe = f.scale.xOf(f.rows.info().periodEnd().plusDays(1));
        if (ps > x0) {
            out.bands.add(new Band(x0, y0, Math.min(ps, x1) - x0, y1 - y0, "period.outside"));
        }
        if (pe < x1) {
            double from = Math.max(pe, x0);
            out.bands.add(new Band(from, y0, x1 - from, y1 - y0, "period.outside"));
        }
        if (ps >= x0 && ps <= x1) {
            out.periodLines.add(new VerticalLine(ps, y0, y1, "period.line"));
        }
        if (pe >= x0 && pe <= x1) {
            out.periodLines.add(new VerticalLine(pe, y0, y1, "period.line"));
        }
    }
}
