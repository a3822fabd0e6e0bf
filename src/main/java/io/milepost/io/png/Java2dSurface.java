package io.milepost.io.png;

import io.milepost.chart.FontRole;
import io.milepost.chart.FontSpec;
import io.milepost.chart.Rgba;
import io.milepost.chart.Stroke;
import io.milepost.chart.Surface;
import io.milepost.chart.TextAlign;
import io.milepost.io.fonts.EmbeddedFonts;
import io.milepost.io.fonts.TrueTypeMetrics;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.Map;

/**
 * A chart {@link Surface} on a Java 2D {@link Graphics2D} (an off-screen image; no display needed), text in the
 * embedded DejaVu Sans so it measures as the layout measured it.
 */
final class Java2dSurface implements Surface {

    private final Graphics2D g;
    private final Map<String, Font> fonts;
    private final Deque<State> saved = new ArrayDeque<>();
    private State state = new State();

    private static final class State {
        AffineTransform transform;
        Shape clip;
        Color fill = Color.BLACK;
        Stroke stroke = Stroke.solid(Rgba.BLACK, 1);
        Map<FontRole, FontSpec> specs = new EnumMap<>(FontRole.class);
    }

    /** @param fonts the embedded regular and bold faces by "regular"/"bold", derived per size on use */
    Java2dSurface(Graphics2D g, Map<String, Font> fonts) {
        this.g = g;
        this.fonts = fonts;
    }

    private static Color color(Rgba c) {
        return new Color(c.red(), c.green(), c.blue(), (int) Math.round(c.alpha() * 255));
    }

    @Override
    public void save() {
        State s = new State();
        s.transform = g.getTransform();
        s.clip = g.getClip();
        s.fill = state.fill;
        s.stroke = state.stroke;
        s.specs = new EnumMap<>(state.specs);
        saved.push(s);
    }

    @Override
    public void restore() {
        State s = saved.pop();
        g.setTransform(s.transform);
        g.setClip(s.clip);
        state = s;
    }

    @Override
    public void translate(double dx, double dy) {
        g.translate(dx, dy);
    }

    @Override
    public void scale(double factor) {
        g.scale(factor, factor);
    }

    @Override
    public void pushClip(double x, double y, double width, double height) {
        save();
        g.clip(new Rectangle2D.Double(x, y, width, height));
    }

    @Override
    public void popClip() {
        restore();
    }

    @Override
    public void setFill(String styleKey, Rgba color) {
        state.fill = color(color);
    }

    @Override
    public void setStroke(String styleKey, Stroke stroke) {
        state.stroke = stroke;
    }

    @Override
    public void setFont(FontRole role, FontSpec font) {
        state.specs.put(role, font);
    }

    private void fill(Shape s) {
        g.setColor(state.fill);
        g.fill(s);
    }

    private void draw(Shape s) {
        Stroke st = state.stroke;
        g.setColor(color(st.color()));
        g.setStroke(st.dash() > 0
                ? new BasicStroke((float) st.width(), BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10,
                        new float[] {(float) st.dash()}, 0)
                : new BasicStroke((float) st.width()));
        g.draw(s);
    }

    @Override
    public void fillRect(double x, double y, double width, double height) {
        fill(new Rectangle2D.Double(x, y, width, height));
    }

    @Override
    public void strokeRect(double x, double y, double width, double height) {
        draw(new Rectangle2D.Double(x, y, width, height));
    }

    @Override
    public void line(double x1, double y1, double x2, double y2) {
        draw(new Line2D.Double(x1, y1, x2, y2));
    }

    private static Path2D path(double[] xs, double[] ys, int n) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(xs[0], ys[0]);
        for (int i = 1; i < n; i++) {
            p.lineTo(xs[i], ys[i]);
        }
        return p;
    }

    @Override
    public void polyline(double[] xs, double[] ys, int n) {
        if (n > 1) {
            draw(path(xs, ys, n));
        }
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int n) {
        if (n > 2) {
            Path2D p = path(xs, ys, n);
            p.closePath();
            fill(p);
        }
    }

    @Override
    public void fillOval(double x, double y, double width, double height) {
        fill(new Ellipse2D.Double(x, y, width, height));
    }

    @Override
    public void text(String text, double x, double y, FontRole role, TextAlign align) {
        FontSpec spec = state.specs.getOrDefault(role, new FontSpec("SansSerif", 11, false));
        TrueTypeMetrics m = EmbeddedFonts.get().metrics(spec.bold());
        String drawn = m.drawable(text);
        double size = spec.size();
        double w = m.width(drawn, size);
        double left = align == TextAlign.LEFT ? x : align == TextAlign.CENTER ? x - w / 2 : x - w;
        double baseline = y + (m.ascent(size) - m.descent(size)) / 2;
        g.setFont(fonts.get(spec.bold() ? "bold" : "regular").deriveFont((float) size));
        g.setColor(state.fill);
        g.drawString(drawn, (float) left, (float) baseline);
    }
}
