package io.milepost.io.svg;

import io.milepost.chart.FontRole;
import io.milepost.chart.FontSpec;
import io.milepost.chart.Rgba;
import io.milepost.chart.Stroke;
import io.milepost.chart.Surface;
import io.milepost.chart.TextAlign;
import io.milepost.io.fonts.EmbeddedFonts;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * A chart {@link Surface} writing SVG 1.1 elements: shapes as {@code rect}, {@code polygon}, {@code polyline},
 * {@code line} and {@code ellipse}, text as {@code text}, each with the style key as its class ("bar.status.DONE" as
 * {@code bar-status-DONE}) so a stylesheet can find them. Translations and scales are applied to the numbers; clips
 * become {@code clipPath}s. Every string written is escaped.
 */
final class SvgSurface implements Surface {

    private final StringBuilder out;
    private final Deque<State> saved = new ArrayDeque<>();
    private State state = new State();
    private int clips;
    private int openGroups;

    private static final class State {
        double tx;
        double ty;
        double scale = 1;
        Rgba fill = Rgba.BLACK;
        String fillKey = "";
        Stroke stroke = Stroke.solid(Rgba.BLACK, 1);
        String strokeKey = "";
        Map<FontRole, FontSpec> fonts = new EnumMap<>(FontRole.class);
        int groups;

        State copy() {
            State s = new State();
            s.tx = tx;
            s.ty = ty;
            s.scale = scale;
            s.fill = fill;
            s.fillKey = fillKey;
            s.stroke = stroke;
            s.strokeKey = strokeKey;
            s.fonts = new EnumMap<>(fonts);
            return s;
        }
    }

    SvgSurface(StringBuilder out) {
        this.out = out;
    }

    private double x(double v) {
        return state.tx + v * state.scale;
    }

    private double y(double v) {
        return state.ty + v * state.scale;
    }

    private double len(double v) {
        return v * state.scale;
    }

    private static String n(double v) {
        double r = Math.round(v * 100) / 100.0;
        return r == Math.rint(r) ? Long.toString((long) r) : String.format(Locale.ROOT, "%.2f", r);
    }

    private static String cls(String styleKey) {
        return styleKey.replaceAll("[^A-Za-z0-9_-]", "-");
    }

    private static String rgb(Rgba c) {
        return c.hex().substring(0, 7);
    }

    private void fillAttrs() {
        out.append(" class=\"").append(Xml.escape(cls(state.fillKey))).append("\" fill=\"").append(rgb(state.fill))
                .append('"');
        if (state.fill.alpha() < 1) {
            out.append(" fill-opacity=\"").append(n(state.fill.alpha())).append('"');
        }
    }

    private void strokeAttrs() {
        Stroke s = state.stroke;
        out.append(" class=\"").append(Xml.escape(cls(state.strokeKey))).append("\" fill=\"none\" stroke=\"")
                .append(rgb(s.color())).append("\" stroke-width=\"").append(n(len(s.width()))).append('"');
        if (s.color().alpha() < 1) {
            out.append(" stroke-opacity=\"").append(n(s.color().alpha())).append('"');
        }
        if (s.dash() > 0) {
            out.append(" stroke-dasharray=\"").append(n(len(s.dash()))).append('"');
        }
    }

    @Override
    public void save() {
        saved.push(state);
        state = state.copy();
    }

    @Override
    public void restore() {
        closeGroups(state.groups);
        state = saved.pop();
    }

    private void closeGroups(int n) {
        for (int i = 0; i < n; i++) {
            out.append("</g>\n");
            openGroups--;
        }
    }

    @Override
    public void translate(double dx, double dy) {
        state.tx += dx * state.scale;
        state.ty += dy * state.scale;
    }

    @Override
    public void scale(double factor) {
        state.scale *= factor;
    }

    @Override
    public void pushClip(double x, double y, double width, double height) {
        save();
        String id = "clip" + (++clips);
        out.append("<clipPath id=\"").append(id).append("\"><rect x=\"").append(n(x(x))).append("\" y=\"")
                .append(n(y(y))).append("\" width=\"").append(n(len(width))).append("\" height=\"")
                .append(n(len(height))).append("\"/></clipPath>\n<g clip-path=\"url(#").append(id).append(")\">\n");
        state.groups++;
        openGroups++;
    }

    @Override
    public void popClip() {
        restore();
    }

    @Override
    public void setFill(String styleKey, Rgba color) {
        state.fillKey = styleKey;
        state.fill = color;
    }

    @Override
    public void setStroke(String styleKey, Stroke stroke) {
        state.strokeKey = styleKey;
        state.stroke = stroke;
    }

    @Override
    public void setFont(FontRole role, FontSpec font) {
        state.fonts.put(role, font);
    }

    @Override
    public void fillRect(double x, double y, double width, double height) {
        if (width <= 0 || height <= 0 || state.fill.alpha() <= 0) {
            return;
        }
        out.append("<rect x=\"").append(n(x(x))).append("\" y=\"").append(n(y(y))).append("\" width=\"")
                .append(n(len(width))).append("\" height=\"").append(n(len(height))).append('"');
        fillAttrs();
        out.append("/>\n");
    }

    @Override
    public void strokeRect(double x, double y, double width, double height) {
        out.append("<rect x=\"").append(n(x(x))).append("\" y=\"").append(n(y(y))).append("\" width=\"")
                .append(n(len(width))).append("\" height=\"").append(n(len(height))).append('"');
        strokeAttrs();
        out.append("/>\n");
    }

    @Override
    public void line(double x1, double y1, double x2, double y2) {
        out.append("<line x1=\"").append(n(x(x1))).append("\" y1=\"").append(n(y(y1))).append("\" x2=\"")
                .append(n(x(x2))).append("\" y2=\"").append(n(y(y2))).append('"');
        strokeAttrs();
        out.append("/>\n");
    }

    private void points(double[] xs, double[] ys, int n) {
        out.append(" points=\"");
        for (int i = 0; i < n; i++) {
            out.append(i == 0 ? "" : " ").append(n(x(xs[i]))).append(',').append(n(y(ys[i])));
        }
        out.append('"');
    }

    @Override
    public void polyline(double[] xs, double[] ys, int n) {
        out.append("<polyline");
        points(xs, ys, n);
        strokeAttrs();
        out.append("/>\n");
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int n) {
        out.append("<polygon");
        points(xs, ys, n);
        fillAttrs();
        out.append("/>\n");
    }

    @Override
    public void fillOval(double x, double y, double width, double height) {
        out.append("<ellipse cx=\"").append(n(x(x + width / 2))).append("\" cy=\"").append(n(y(y + height / 2)))
                .append("\" rx=\"").append(n(len(width / 2))).append("\" ry=\"").append(n(len(height / 2)))
                .append('"');
        fillAttrs();
        out.append("/>\n");
    }

    @Override
    public void text(String text, double x, double y, FontRole role, TextAlign align) {
        FontSpec f = state.fonts.getOrDefault(role, new FontSpec("SansSerif", 11, false));
        String anchor = align == TextAlign.LEFT ? "start" : align == TextAlign.CENTER ? "middle" : "end";
        out.append("<text x=\"").append(n(x(x))).append("\" y=\"").append(n(y(y)))
                .append("\" dominant-baseline=\"central\" text-anchor=\"").append(anchor)
                .append("\" font-family=\"").append(EmbeddedFonts.FAMILY).append(", Verdana, sans-serif\" font-size=\"")
                .append(n(len(f.size()))).append('"');
        if (f.bold()) {
            out.append(" font-weight=\"bold\"");
        }
        fillAttrs();
        out.append('>').append(Xml.escape(text)).append("</text>\n");
    }

    /** Closes any group a caller left open, so the document is well-formed whatever happened. */
    void finish() {
        closeGroups(openGroups);
    }
}
