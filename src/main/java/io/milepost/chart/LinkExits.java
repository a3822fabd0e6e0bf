package io.milepost.chart;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where a dependency leaves a printed sheet, and on which sheet it continues: a small "→ 5" just outside the chart,
 * in the strip {@link Pagination} keeps along each side where the chart is cut, in line with the link where it
 * crosses the edge. Outside, so it covers no bar, label or link; and two of them on one side never overlap: exits
 * to the same sheet that would touch are written once, and others are moved apart along the edge, as little as
 * they must. Layout, not painting: {@link PagePainter} only draws these texts.
 */
public final class LinkExits {

    /** Between the chart's edge and an exit beside it. */
    static final double INSET = 2;
    /** Between two exits along an edge, so that "↑ 2 ↑ 1" still reads as two. */
    static final double SPACING = 5;
    /** The widest exit a strip beside the chart is kept for: an arrow and a three-figure sheet number. */
    private static final String WIDEST = "← 888";

    private LinkExits() {
    }

    private enum Side {
        LEFT("←"), RIGHT("→"), TOP("↑"), BOTTOM("↓");

        final String arrow;

        Side(String arrow) {
            this.arrow = arrow;
        }

        boolean alongX() {
            return this == TOP || this == BOTTOM;
        }
    }

    /** How wide a strip left or right of a sheet's chart holds an exit. */
    static double stripWidth(TextMeasurer m) {
        return m.width(WIDEST, FontRole.PAGE_TEXT) + 2 * INSET;
    }

    /** How tall a strip above or below a sheet's chart holds an exit. */
    static double stripHeight(TextMeasurer m) {
        return m.height(FontRole.PAGE_TEXT);
    }

    /** One exit along its side: where it is centred along the edge and how much of the edge it takes. */
    private record Exit(int target, String text, double centre, double extent) {

        double start() {
            return centre - extent / 2;
        }

        double end() {
            return centre + extent / 2;
        }

        Exit movedTo(double c) {
            return new Exit(target, text, c, extent);
        }
    }

    /**
     * The exits of the scene's links from {@code page}, each naming the sheet the link goes on to, in page
     * coordinates; measured with {@code m}, the fonts the sheet is drawn with.
     */
    public static List<PageText> of(ChartScene scene, PrintLayout print, PrintedPage page, TextMeasurer m) {
        Viewport v = page.viewport();
        ChartOptions o = print.chartOptions();
        double s = page.scale();
        double bodyLeft = page.chartX() + o.labelColumnWidth() * s;
        double bodyTop = page.chartY() + o.headerHeight() * s;
        Map<Side, List<Exit>> bySide = new EnumMap<>(Side.class);
        for (Link link : scene.links()) {
            List<Point> pts = link.points();
            for (int i = 1; i < pts.size(); i++) {
                Point a = pts.get(i - 1);
                Point b = pts.get(i);
                if (!crosses(v, a, b)) {
                    continue;
                }
                // Each end off the sheet is where the link goes on: one end for a link that ends here, both for one
                // that only passes through (a line from sheet 1 down to sheet 3 says "↑ 1" and "↓ 3" on sheet 2).
                for (Point away : new Point[] {a, b}) {
                    if (inside(v, away)) {
                        continue;
                    }
                    Side side = side(v, away);
                    PrintedPage target = pageAt(print, away);
                    if (target == null || target.number() == page.number()) {
                        continue;
                    }
                    Point near = away == a ? b : a;
                    String text = String.format(Locale.ROOT, "%s %d", side.arrow, target.number());
                    double centre = side.alongX()
                            ? bodyLeft + (at(side, v, away, near) - v.x()) * s
                            : bodyTop + (at(side, v, away, near) - v.y()) * s;
                    double extent = side.alongX() ? m.width(text, FontRole.PAGE_TEXT) : m.height(FontRole.PAGE_TEXT);
                    bySide.computeIfAbsent(side, k -> new ArrayList<>())
                            .add(new Exit(target.number(), text, centre, extent));
                }
            }
        }
        List<PageText> out = new ArrayList<>();
        bySide.forEach((side, exits) -> {
            double from = side.alongX() ? page.chartX() : bodyTop;
            double to = side.alongX() ? page.chartX() + page.chartWidth(o) : page.chartY() + page.chartHeight(o);
            for (Exit e : spread(once(exits), from, to)) {
                out.add(text(side, e, page, o, stripHeight(m)));
            }
        });
        return out;
    }

    /** Exits to the same sheet that would touch, written once, where the first of them is. */
    private static List<Exit> once(List<Exit> exits) {
        List<Exit> kept = new ArrayList<>();
        for (Exit e : exits) {
            if (kept.stream().noneMatch(k -> k.target() == e.target() && k.start() < e.end() + SPACING
                    && e.start() < k.end() + SPACING)) {
                kept.add(e);
            }
        }
        return kept;
    }

    /**
     * The exits in order along the edge, each moved on just past the one before it where they would overlap, then
     * back from the edge's far end if that pushed them past it; never before {@code from}.
     */
    private static List<Exit> spread(List<Exit> exits, double from, double to) {
        List<Exit> sorted = new ArrayList<>(exits);
        sorted.sort(Comparator.comparingDouble(Exit::centre));
        for (int i = 0; i < sorted.size(); i++) {
            Exit e = sorted.get(i);
            double least = i == 0 ? from : sorted.get(i - 1).end() + SPACING;
            if (e.start() < least) {
                sorted.set(i, e.movedTo(least + e.extent() / 2));
            }
        }
        for (int i = sorted.size() - 1; i >= 0; i--) {
            Exit e = sorted.get(i);
            double most = i == sorted.size() - 1 ? to : sorted.get(i + 1).start() - SPACING;
            if (e.end() > most) {
                sorted.set(i, e.movedTo(Math.max(from + e.extent() / 2, most - e.extent() / 2)));
            }
        }
        return sorted;
    }

    /** Whether the segment from a to b (level or upright, as links are drawn) meets the sheet's part of the chart. */
    private static boolean crosses(Viewport v, Point a, Point b) {
        return Math.min(a.x(), b.x()) <= v.right() && Math.max(a.x(), b.x()) >= v.x()
                && Math.min(a.y(), b.y()) <= v.bottom() && Math.max(a.y(), b.y()) >= v.y();
    }

    /** Where the segment from {@code away} to {@code near} crosses the edge on {@code side}, along that edge. */
    private static double at(Side side, Viewport v, Point away, Point near) {
        return switch (side) {
            case LEFT, RIGHT -> {
                double edge = side == Side.LEFT ? v.x() : v.right();
                double dx = near.x() - away.x();
                yield dx == 0 ? away.y() : away.y() + (near.y() - away.y()) * (edge - away.x()) / dx;
            }
            case TOP, BOTTOM -> {
                double edge = side == Side.TOP ? v.y() : v.bottom();
                double dy = near.y() - away.y();
                yield dy == 0 ? away.x() : away.x() + (near.x() - away.x()) * (edge - away.y()) / dy;
            }
        };
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

    /** The exit in the strip outside the chart on its side, {@code stripH} tall above or below it. */
    private static PageText text(Side side, Exit e, PrintedPage page, ChartOptions o, double stripH) {
        double right = page.chartX() + page.chartWidth(o);
        double bottom = page.chartY() + page.chartHeight(o);
        return switch (side) {
            case RIGHT -> new PageText(e.text(), right + INSET, e.centre(), FontRole.PAGE_TEXT, TextAlign.LEFT);
            case LEFT -> new PageText(e.text(), page.chartX() - INSET, e.centre(), FontRole.PAGE_TEXT,
                    TextAlign.RIGHT);
            case BOTTOM -> new PageText(e.text(), e.centre(), bottom + stripH / 2, FontRole.PAGE_TEXT,
                    TextAlign.CENTER);
            case TOP -> new PageText(e.text(), e.centre(), page.chartY() - stripH / 2, FontRole.PAGE_TEXT,
                    TextAlign.CENTER);
        };
    }
}
