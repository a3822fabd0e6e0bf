package io.milepost.chart;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Draws a {@link ChartScene} on a {@link Surface}: the one painter for screen, print, PDF, SVG and PNG, so they all
 * show the same chart. It decides nothing about geometry: every shape, plate, chevron and bracket it draws is in the
 * scene, and it only translates them into {@link Surface} calls, choosing colours from the {@link Theme}.
 * <p>
 * Order, back to front: background; weekend and out-of-period shading; grid and period lines; group header rows
 * and summary bars; baseline ghosts; bars, diamonds and meeting circles; links; labels (beside their items on a
 * faint plate that dims what passes behind them); the today line; then the
 * row-label column and the time header on top, so rows scroll beneath them.
 */
public final class ChartPainter {

    private static final double WINDOW_ALPHA = 0.45;
    /** Suffix of a text style key for text on a dark fill. */
    static final String ON_DARK = ".onDark";
    private static final double DARK_BELOW = 140;
    /** How opaque a label's plate is. */
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
            if (h.summary() != null) {
                bar(h.summary());
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
        Rgba base = colorOf(t, b.styleKey(), b.color());
        if (b.kind() == BarKind.WINDOW) {
            base = base.withAlpha(base.alpha() * WINDOW_ALPHA);
        }
        if (b.kind() == BarKind.ACTIVITY && b.id() != null) {
            barColours.put(b.id(), base);
        }
        // The done part is the bar's left part, full height, in the bar's colour darkened by "bar.progress": no band
        // across the middle to strike through a title written inside.
        Rgba done = over(t.color("bar.progress"), base);
        for (BarPiece p : b.pieces()) {
            Rgba c = p.done() ? done : base;
            g.setFill(p.done() ? "bar.progress" : b.styleKey(), p.fade() == 1 ? c : c.withAlpha(c.alpha() * p.fade()));
            g.fillRect(p.x(), b.y(), p.width(), b.height());
        }
        for (Glyph gl : b.glyphs()) {
            glyph(g, t, gl, xs, ys);
        }
    }

    /** Under a label beside its item, its plate: what lies behind, faintly, so lines behind are dimmed. */
    private void halo(TextLabel l) {
        Plate p = l.plate();
        if (p == null) {
            return;
        }
        Rgba c = t.color(p.behindKey());
        g.setFill("label.halo", c.withAlpha(c.alpha() * HALO_ALPHA));
        g.fillRect(p.x(), p.y(), p.width(), p.height());
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
            g.setFill(m.styleKey(), colorOf(t, m.styleKey(), m.color()));
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
        g.text(s.labelColumnTitle(), s.labelColumnTitleX(), h / 2, FontRole.HEADER_MAJOR, TextAlign.LEFT);
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
     * Draws the legend as a column of entries from (x, y), one per {@code lineHeight}, for a print page or a side
     * panel. Returns the y below the last entry.
     */
    public static double paintLegend(List<LegendEntry> legend, Theme theme, Surface surface, double x, double y,
                                     double lineHeight) {
        return paintLegend(LegendLayout.of(legend, x, y, lineHeight), theme, surface);
    }

    /** Draws a laid-out legend; returns the y below its last entry. */
    public static double paintLegend(LegendLayout legend, Theme theme, Surface surface) {
        surface.setFont(FontRole.LEGEND, theme.font(FontRole.LEGEND));
        double[] xs = new double[8];
        double[] ys = new double[8];
        for (LegendLayout.Line line : legend.lines()) {
            for (Glyph gl : line.symbol()) {
                glyph(surface, theme, gl, xs, ys);
            }
            surface.setFill("legend.text", theme.color("label.bar"));
            surface.text(line.entry().text(), line.textX(), line.textY(), FontRole.LEGEND, TextAlign.LEFT);
        }
        return legend.bottom();
    }

    /** One glyph as surface calls; {@code xs} and {@code ys} are scratch arrays of at least its points. */
    private static void glyph(Surface g, Theme t, Glyph gl, double[] xs, double[] ys) {
        if (gl.form() == Glyph.Form.LINE) {
            g.setStroke(gl.styleKey(), t.stroke(gl.styleKey()));
            g.line(gl.points().get(0).x(), gl.points().get(0).y(), gl.points().get(1).x(), gl.points().get(1).y());
            return;
        }
        Rgba c = colorOf(t, gl.styleKey(), gl.color());
        g.setFill(gl.styleKey(), gl.alpha() == 1 ? c : c.withAlpha(c.alpha() * gl.alpha()));
        switch (gl.form()) {
            case RECT -> g.fillRect(gl.x(), gl.y(), gl.width(), gl.height());
            case OVAL -> g.fillOval(gl.x(), gl.y(), gl.width(), gl.height());
            default -> {
                int n = gl.points().size();
                for (int i = 0; i < n; i++) {
                    xs[i] = gl.points().get(i).x();
                    ys[i] = gl.points().get(i).y();
                }
                g.fillPolygon(xs, ys, n);
            }
        }
    }

    private static Rgba colorOf(Theme t, String styleKey, String dataColor) {
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
