package io.milepost.chart;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A surface that writes down what it is asked to draw, for painter tests. */
final class RecordingSurface implements Surface {

    /** One call: its name, the style key in force (fill for fills and text, stroke for lines) and its arguments. */
    record Call(String op, String style, List<Object> args) {
        double num(int i) {
            return ((Number) args.get(i)).doubleValue();
        }

        @Override
        public String toString() {
            return op + "[" + style + "]" + args;
        }
    }

    final List<Call> calls = new ArrayList<>();
    private String fillStyle = "";
    private String strokeStyle = "";
    Rgba lastFill;

    private void record(String op, String style, Object... args) {
        calls.add(new Call(op, style, Arrays.asList(args)));
    }

    List<Call> ops(String op) {
        return calls.stream().filter(c -> c.op().equals(op)).toList();
    }

    int indexOf(String op, String style) {
        for (int i = 0; i < calls.size(); i++) {
            if (calls.get(i).op().equals(op) && calls.get(i).style().equals(style)) {
                return i;
            }
        }
        return -1;
    }

    int lastIndexOf(String op, String style) {
        for (int i = calls.size() - 1; i >= 0; i--) {
            if (calls.get(i).op().equals(op) && calls.get(i).style().equals(style)) {
                return i;
            }
        }
        return -1;
    }

    @Override public void save() { record("save", ""); }
    @Override public void restore() { record("restore", ""); }
    @Override public void translate(double dx, double dy) { record("translate", "", dx, dy); }
    @Override public void scale(double factor) { record("scale", "", factor); }
    @Override public void pushClip(double x, double y, double w, double h) { record("pushClip", "", x, y, w, h); }
    @Override public void popClip() { record("popClip", ""); }

    @Override
    public void setFill(String styleKey, Rgba color) {
        fillStyle = styleKey;
        lastFill = color;
        record("setFill", styleKey, color);
    }

    @Override
    public void setStroke(String styleKey, Stroke stroke) {
        strokeStyle = styleKey;
        record("setStroke", styleKey, stroke);
    }

    @Override public void setFont(FontRole role, FontSpec font) { record("setFont", "", role, font); }
    @Override public void fillRect(double x, double y, double w, double h) { record("fillRect", fillStyle, x, y, w, h); }
    @Override public void strokeRect(double x, double y, double w, double h) { record("strokeRect", strokeStyle, x, y, w, h); }
    @Override public void line(double x1, double y1, double x2, double y2) { record("line", strokeStyle, x1, y1, x2, y2); }

    @Override
    public void polyline(double[] xs, double[] ys, int n) {
        record("polyline", strokeStyle, Arrays.copyOf(xs, n), Arrays.copyOf(ys, n));
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int n) {
        record("fillPolygon", fillStyle, Arrays.copyOf(xs, n), Arrays.copyOf(ys, n));
    }

    @Override public void fillOval(double x, double y, double w, double h) { record("fillOval", fillStyle, x, y, w, h); }

    @Override
    public void text(String text, double x, double y, FontRole role, TextAlign align) {
        record("text", fillStyle, text, x, y, role, align);
    }
}
