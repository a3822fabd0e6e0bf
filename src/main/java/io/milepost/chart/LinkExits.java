package io.milepost.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where a dependency leaves a printed sheet, and on which sheet it continues: a small "→ 5" at the edge of the chart
 * where the link crosses it, in page coordinates. Layout, not painting: {@link PagePainter} only draws these texts.
 */
public final class LinkExits {

    /** Two exits to the same sheet closer than this along the same edge are written once. */
    private static final double MERGE = 12;
    private static final double INSET = 2;

    private LinkExits() {
    }

    private enum Side {
        LEFT("←"), RIGHT("→"), TOP("↑"), BOTTOM("↓");

        final String arrow;

        Side(String arrow) {
            this.arrow = arrow;
        }
    }

    /** The exits of the scene's links from {@code page}, each naming the sheet the link goes on to. */
    public static List<PageText> of(ChartScene scene, PrintLayout print, PrintedPage page) {
        Viewport v = page.viewport();
        List<PageText> out = new ArrayList<>();
        List<double[]> seen = new ArrayList<>();
        for (Link link : scene.links()) {
            List<Point> pts = link.points();
            for (int i = 1; i < pts.size(); i++) {
                Point a = pts.get(i - 1);
                Point b = pts.get(i);
                boolean aIn = inside(v, a);
                if (aIn == inside(v, b)) {
                    continue;
                }
                Point in = aIn ? a : b;
                Point away = aIn ? b : a;
                Side side = side(v, away);
                PrintedPage target = pageAt(print, away);
                if (target == null || target.number() == page.number()) {
                    continue;
                }
                double along = side == Side.LEFT || side == Side.RIGHT ? in.y() : in.x();
                if (seen.stream().anyMatch(s -> s[0] == side.ordinal() && s[1] == target.number()
                        && Math.abs(s[2] - along) < MERGE)) {
                    continue;
                }
                seen.add(new double[] {side.ordinal(), target.number(), along});
                out.add(text(print, page, side, in, target.number()));
            }
        }
        return out;
    }

    private static boolean inside(Viewport v, Point p) {
        return p.x() >= v.x() && p.x() <= v.right() && p.y() >= v.y() && p.y() <= v.bottom();
    }

    private static Side side(Viewport v, Point p) {
        if (p.x() > v.right()) {
            return Side.RIGHT;
        }
        if (p.x() < v.x()) {
            return Side.LEFT;
        }
        return p.y() > v.bottom() ? Side.BOTTOM : Side.TOP;
    }

    /** The sheet showing a content point, or {@code null} past the chart. */
    static PrintedPage pageAt(PrintLayout print, Point p) {
        for (PrintedPage s : print.pages()) {
            Viewport v = s.viewport();
            if (p.x() >= v.x() && p.x() < v.right() && p.y() >= v.y() && p.y() < v.bottom()) {
                return s;
            }
        }
        return null;
    }

    private static PageText text(PrintLayout print, PrintedPage page, Side side, Point in, int target) {
        ChartOptions o = print.chartOptions();
        Viewport v = page.viewport();
        double s = page.scale();
        double left = page.chartX() + o.labelColumnWidth() * s;
        double top = page.chartY() + o.headerHeight() * s;
        double x = left + (in.x() - v.x()) * s;
        double y = top + (in.y() - v.y()) * s;
        String label = String.format(Locale.ROOT, "%s %d", side.arrow, target);
        return switch (side) {
            case RIGHT -> new PageText(label, left + v.width() * s - INSET, y, FontRole.PAGE_TEXT, TextAlign.RIGHT);
            case LEFT -> new PageText(label, left + INSET, y, FontRole.PAGE_TEXT, TextAlign.LEFT);
            case BOTTOM -> new PageText(label, x, top + v.height() * s - 6, FontRole.PAGE_TEXT, TextAlign.CENTER);
            case TOP -> new PageText(label, x, top + 6, FontRole.PAGE_TEXT, TextAlign.CENTER);
        };
    }
}
