package io.milepost.chart;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Draws a {@link ChartScene} on a {@link Surface}: the one painter for screen, print, PDF, SVG and PNG, so they all
 * show the same chart. It decides nothing about geometry; every position comes from the scene.
 * <p>
 * Order, back to front: background; weekend and out-of-period shading; grid and period lines; group header rows
 * and summary bars; baseline ghosts; bars, diamonds and meeting circles; links; labels (beside their items on a
 * faint plate that dims what passes behind them); the today line; then the
 * row-label column and the time header on top, so rows scroll beneath them.
 */
public final class ChartPainter {

    /** Width of the fade at a soft (period-dated) end of a bar. */
    static final double SOFT_END = 10;
    private static final int SOFT_STEPS = 4;
    private static final double WINDOW_ALPHA = 0.45;
    /** Suffix of a text style key for text on a dark fill. */
    static final String ON_DARK = ".onDark";
    private static final double DARK_BELOW = 140;
    /** The chevron of an ongoing bar reaches this many bar heights in from its right end. */
    static final double CHEVRON = 0.7;
    /** How far a label's plate reaches past its text, and how opaque it is. */
    static final double HALO_PAD = 2;
    private static final double HALO_ALPHA = 0.8;

    private final ChartScene s;
    private final Theme t;
    private final Surface g;
    private final double[] xs = new double[8];
    private final double[] ys = new double[8];
    /** The colour each activity's bar was painted in, for the text written inside it. */
    private final Map<UUID, Rgba> barColours = new HashMap<>();

    private ChartPainter(ChartScene scene, Theme theme, Surface surface) {
        this.s = scene;
        this.t = theme;
        this.g = surface;
    }

    public static void paint(ChartScene scene, Theme theme, Surface surface) {
        new ChartPainter(scene, theme, surface).paint();
    }

    private void paint() {
        for (FontRole role : FontRole.values()) {
            g.setFont(role, t.font(role));
        }
        Viewport v = s.viewport();
        g.save();
        fill("background");
        g.fillRect(0, 0, s.viewWidth(), s.viewHeight());

        g.pushClip(s.labelColumnWidth(), s.headerHeight(), v.width(), v.height());
        g.save();
        g.translate(s.bodyOffsetX(), s.bodyOffsetY());
        for (Band b : s.bands()) {
            fill(b.styleKey());
            g.fillRect(b.x(), b.y(), b.width(), b.height());
        }
        verticals(s.gridLines());
        verticals(s.periodLines());
        groupHeaders(v);
        baselines();
        for (Bar b : s.bars()) {
            bar(b);
        }
        markers();
        links();
        for (TextLabel l : s.labels()) {
            halo(l);
            fill(textKey(l));
            g.text(l.text(), l.x(), l.y(), l.role(), TextAlign.LEFT);
        }
        s.today().ifPresent(line -> verticals(List.of(line)));
        g.restore();
        g.popClip();

        if (s.labelColumnWidth() > 0) {
            labelColumn(v);
        }
        header(v);
        g.restore();
    }

    private void verticals(List<VerticalLine> lines) {
        String current = null;
        for (VerticalLine l : lines) {
            if (!l.styleKey().equals(current)) {
                current = l.styleKey();
                g.setStroke(current, t.stroke(current));
            }
            g.line(l.x(), l.y0(), l.x(), l.y1());
        }
    }

    private void groupHeaders(Viewport v) {
        for (GroupHeader h : s.groupHeaders()) {
            fill("group.row");
            g.fillRect(v.x(), h.y(), v.width(), h.height());
            Bar b = h.summary();
            if (b != null) {
                g.setFill(b.styleKey(), colorOf(b.styleKey(), b.color()));
                g.fillRect(b.x(), b.y(), b.width(), b.height());
                // The summary's bracket ends, pointing down at the rows it spans.
                double tip = b.height() * 0.8;
                triangle(b.x(), b.bottom(), b.x() + tip, b.bottom(), b.x(), b.bottom() + tip);
                if (!b.openEnd()) {
                    triangle(b.right(), b.bottom(), b.right() - tip, b.bottom(), b.right(), b.bottom() + tip);
                }
            }
        }
    }

    private void baselines() {
        fill("baseline");
        for (Baseline b : s.baselines()) {
            if (b.point()) {
                double cx = b.x() + b.width() / 2;
                double cy = b.y() + b.height() / 2;
                double r = b.width() / 2;
                diamond(cx, cy, r);
            } else {
                g.fillRect(b.x(), b.y(), b.width(), b.height());
            }
        }
    }

    private void bar(Bar b) {
        Rgba base = colorOf(b.styleKey(), b.color());
        if (b.kind() == BarKind.WINDOW) {
            base = base.withAlpha(base.alpha() * WINDOW_ALPHA);
        }
        // The done part is the bar's left part, full height, in the bar's colour darkened by "bar.progress": no band
        // across the middle to strike through a title written inside.
        if (b.kind() == BarKind.ACTIVITY && b.id() != null) {
            barColours.put(b.id(), base);
        }
        boolean progress = b.hasPercentHandle() && b.progressWidth() > 0;
        Rgba done = progress ? over(t.color("bar.progress"), base) : base;
        double doneRight = progress ? b.handleX() : b.x();
        double soft = softEnd(b);
        double solidX = b.fuzzyStart() ? b.x() + soft : b.x();
        double solidRight = b.fuzzyEnd() ? b.right() - soft : b.right();
        span(b, solidX, solidRight, base, done, doneRight, 1);
        double step = soft / SOFT_STEPS;
        for (int i = 0; i < SOFT_STEPS && step > 0; i++) {
            // Fades outwards: the step nearest the solid part is the most opaque.
            double fade = (SOFT_STEPS - i) / (SOFT_STEPS + 1.0);
            if (b.fuzzyStart()) {
                span(b, solidX - (i + 1) * step, solidX - i * step, base, done, doneRight, fade);
            }
            if (b.fuzzyEnd()) {
                span(b, solidRight + i * step, solidRight + (i + 1) * step, base, done, doneRight, fade);
            }
        }
        if (progress && b.progressWidth() < b.width()) {
            // The percent handle, where the hit test finds it: a small pointer up at where the done part ends.
            fill("bar.progress.handle");
            double hx = b.handleX();
            double half = Bar.HANDLE_HALF_WIDTH;
            triangle(hx, b.handleTop(), hx + half, b.handleBottom(), hx - half, b.handleBottom());
        }
        if (hasChevron(b)) {
            // A chevron at the far end says "continues": the bar has no written end.
            fill("bar.openEnd");
            double h = b.height();
            triangle(b.right() - h * CHEVRON, b.y() + h * 0.2, b.right() - h * 0.2, b.centreY(),
                    b.right() - h * CHEVRON, b.bottom() - h * 0.2);
        }
    }

    /** Width of the fade at a soft end of this bar; the layout keeps text inside the bar clear of it. */
    static double softEnd(Bar b) {
        return Math.min(SOFT_END, b.width() / 4);
    }

    /** An ongoing activity long enough for it shows a "continues" chevron at its right end. */
    static boolean hasChevron(Bar b) {
        return b.openEnd() && b.kind() == BarKind.ACTIVITY && b.width() > b.height();
    }

    /**
     * Under a label beside its item, a faint plate of what lies behind it (the background, or a group's row), so a
     * link or grid line passing behind is dimmed where it crosses the text instead of striking through it. The
     * plate keeps inside the label's gap from its item and its item's links.
     */
    private void halo(TextLabel l) {
        if (l.placement() == LabelPlacement.INSIDE) {
            return;
        }
        String behind = l.groupKey() != null ? "group.row" : "background";
        Rgba c = t.color(behind);
        g.setFill("label.halo", c.withAlpha(c.alpha() * HALO_ALPHA));
        double h = t.font(l.role()).size() + 2;
        g.fillRect(l.x() - HALO_PAD, l.y() - h / 2, l.width() + 2 * HALO_PAD, h);
    }

    /**
     * The style key a label's text is drawn in: its own, except that text written inside a bar whose colour is dark
     * takes the key's {@link #ON_DARK} variant ("label.inside.onDark", light in the light theme), so it reads on
     * blue, green and deep orange as well as on amber and grey. The colour decides, not the status: a sector's colour
     * is data, and a stylesheet may recolour any status.
     */
    private String textKey(TextLabel l) {
        if (l.placement() != LabelPlacement.INSIDE || l.itemId() == null) {
            return l.styleKey();
        }
        Rgba under = barColours.get(l.itemId());
        return under != null && isDark(over(under, t.color("background"))) ? l.styleKey() + ON_DARK : l.styleKey();
    }

    /**
     * Dark enough for light text: perceived brightness (0.299 R + 0.587 G + 0.114 B) under {@value #DARK_BELOW}.
     * Light status colours (planned grey-blue, at-risk amber, cancelled grey) keep dark text.
     */
    static boolean isDark(Rgba c) {
        return 0.299 * c.red() + 0.587 * c.green() + 0.114 * c.blue() < DARK_BELOW;
    }

    /** Fills x0 to x1 of a bar: left of {@code doneRight} as done, the rest in the bar's colour; alpha × fade. */
    private void span(Bar b, double x0, double x1, Rgba base, Rgba done, double doneRight, double fade) {
        double split = Math.max(x0, Math.min(x1, doneRight));
        if (split > x0) {
            g.setFill("bar.progress", fade == 1 ? done : done.withAlpha(done.alpha() * fade));
            g.fillRect(x0, b.y(), split - x0, b.height());
        }
        if (x1 > split) {
            g.setFill(b.styleKey(), fade == 1 ? base : base.withAlpha(base.alpha() * fade));
            g.fillRect(split, b.y(), x1 - split, b.height());
        }
    }

    /** {@code top} laid over {@code below}, as one colour. */
    static Rgba over(Rgba top, Rgba below) {
        double a = top.alpha() + below.alpha() * (1 - top.alpha());
        if (a <= 0) {
            return Rgba.TRANSPARENT;
        }
        double wb = below.alpha() * (1 - top.alpha());
        return new Rgba(mix(top.red(), below.red(), top.alpha(), wb, a), mix(top.green(), below.green(), top.alpha(),
                wb, a), mix(top.blue(), below.blue(), top.alpha(), wb, a), Math.min(1, a));
    }

    private static int mix(int top, int below, double wt, double wb, double a) {
        return (int) Math.max(0, Math.min(255, Math.round((top * wt + below * wb) / a)));
    }

    private void markers() {
        for (Marker m : s.markers()) {
            g.setFill(m.styleKey(), colorOf(m.styleKey(), m.color()));
            if (m.shape() == MarkerShape.DIAMOND) {
                diamond(m.cx(), m.cy(), m.half());
            } else {
                g.fillOval(m.cx() - m.half(), m.cy() - m.half(), 2 * m.half(), 2 * m.half());
            }
        }
    }

    private void links() {
        for (Link l : s.links()) {
            g.setStroke(l.styleKey(), t.stroke(l.styleKey()));
            List<Point> pts = l.points();
            double[] lx = new double[pts.size()];
            double[] ly = new double[pts.size()];
            for (int i = 0; i < pts.size(); i++) {
                lx[i] = pts.get(i).x();
                ly[i] = pts.get(i).y();
            }
            g.polyline(lx, ly, pts.size());
            fill(l.styleKey());
            List<Point> head = l.arrowHead();
            triangle(head.get(0).x(), head.get(0).y(), head.get(1).x(), head.get(1).y(), head.get(2).x(),
                    head.get(2).y());
        }
    }

    private void labelColumn(Viewport v) {
        double w = s.labelColumnWidth();
        double h = s.headerHeight();
        g.pushClip(0, h, w, v.height());
        g.save();
        g.translate(0, h - v.y());
        fill("rowlabel.background");
        g.fillRect(0, v.y(), w, v.height());
        for (RowLabel l : s.rowLabels()) {
            if (l.groupKey() != null) {
                fill("group.row");
                g.fillRect(0, l.y(), w, l.height());
            }
            fill(l.styleKey());
            g.text(l.text(), l.indent(), l.y() + l.height() / 2,
                    l.groupKey() != null ? FontRole.GROUP_LABEL : FontRole.ROW_LABEL, TextAlign.LEFT);
        }
        g.restore();
        g.popClip();
        g.setStroke("rowlabel.border", t.stroke("rowlabel.border"));
        g.line(w - 0.5, 0, w - 0.5, s.viewHeight());
        fill("header.corner");
        g.fillRect(0, 0, w - 0.5, h);
        fill("header.text");
        g.text(s.labelColumnTitle(), RowLayout.LABEL_INDENT, h / 2, FontRole.HEADER_MAJOR, TextAlign.LEFT);
    }

    private void header(Viewport v) {
        double h = s.headerHeight();
        g.pushClip(s.labelColumnWidth(), 0, v.width(), h);
        g.save();
        g.translate(s.bodyOffsetX(), 0);
        fill("header.background");
        g.fillRect(v.x(), 0, v.width(), h);
        g.setStroke("header.border", t.stroke("header.border"));
        for (HeaderCell c : s.headerCells()) {
            g.line(c.x(), c.y(), c.x(), c.y() + c.height());
            g.line(c.x(), c.y() + c.height(), c.x() + c.width(), c.y() + c.height());
        }
        fill("header.text");
        for (HeaderCell c : s.headerCells()) {
            if (!c.label().isEmpty()) {
                g.text(c.label(), c.textX(), c.y() + c.height() / 2,
                        c.tier() == 0 ? FontRole.HEADER_MAJOR : FontRole.HEADER_MINOR, TextAlign.LEFT);
            }
        }
        g.restore();
        g.popClip();
    }

    /**
     * Draws the legend as a column of entries from (x, y), one per {@code lineHeight}, for a print footer or a side
     * panel. Returns the y below the last entry.
     */
    public static double paintLegend(List<LegendEntry> legend, Theme theme, Surface surface, double x, double y,
                                     double lineHeight) {
        ChartPainter p = new ChartPainter(null, theme, surface);
        surface.setFont(FontRole.LEGEND, theme.font(FontRole.LEGEND));
        double sw = lineHeight * 1.6;
        double sh = lineHeight * 0.5;
        for (LegendEntry e : legend) {
            double cy = y + lineHeight / 2;
            surface.setFill(e.styleKey(), p.colorOf(e.styleKey(), e.color()));
            switch (e.symbol()) {
                case BAR, GHOST -> surface.fillRect(x, cy - sh / 2, sw, sh);
                case SOFT_BAR -> {
                    surface.fillRect(x + sw / 4, cy - sh / 2, sw / 2, sh);
                    surface.setFill(e.styleKey(), p.colorOf(e.styleKey(), e.color()).withAlpha(0.4));
                    surface.fillRect(x, cy - sh / 2, sw / 4, sh);
                    surface.fillRect(x + sw * 3 / 4, cy - sh / 2, sw / 4, sh);
                }
                case DIAMOND -> p.diamond(x + sw / 2, cy, sh);
                case CIRCLE -> surface.fillOval(x + sw / 2 - sh / 2, cy - sh / 2, sh, sh);
                case LINE, ARROW -> {
                    surface.setStroke(e.styleKey(), theme.stroke(e.styleKey()));
                    surface.line(x, cy, x + sw, cy);
                }
            }
            surface.setFill("legend.text", theme.color("label.bar"));
            surface.text(e.text(), x + sw + 6, cy, FontRole.LEGEND, TextAlign.LEFT);
            y += lineHeight;
        }
        return y;
    }

    private Rgba colorOf(String styleKey, String dataColor) {
        Rgba themed = t.color(styleKey);
        return dataColor == null ? themed : Rgba.parseOr(dataColor, themed);
    }

    private void fill(String styleKey) {
        g.setFill(styleKey, t.color(styleKey));
    }

    private void diamond(double cx, double cy, double r) {
        xs[0] = cx;
        ys[0] = cy - r;
        xs[1] = cx + r;
        ys[1] = cy;
        xs[2] = cx;
        ys[2] = cy + r;
        xs[3] = cx - r;
        ys[3] = cy;
        g.fillPolygon(xs, ys, 4);
    }

    private void triangle(double x1, double y1, double x2, double y2, double x3, double y3) {
        xs[0] = x1;
        ys[0] = y1;
        xs[1] = x2;
        ys[1] = y2;
        xs[2] = x3;
        ys[2] = y3;
        g.fillPolygon(xs, ys, 3);
    }
}
