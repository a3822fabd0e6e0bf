package io.milepost.chart;

import java.util.List;

/**
 * A small filled or stroked shape the layout decided on: a summary's bracket ends, a bar's percent handle or
 * "continues" chevron, a legend's symbol. {@link ChartPainter} only translates it into {@link Surface} calls.
 *
 * @param form     how to read {@code points}
 * @param styleKey the theme key of its fill (its stroke for {@link Form#LINE})
 * @param color    a sector's own colour, or {@code null} to let the theme colour {@code styleKey}
 * @param alpha    multiplies the colour's own alpha
 * @param points   {@link Form#POLYGON}: the corners; {@link Form#RECT} and {@link Form#OVAL}: top-left and
 *                 bottom-right of the box; {@link Form#LINE}: both ends
 */
public record Glyph(Form form, String styleKey, String color, double alpha, List<Point> points) {

    public enum Form { POLYGON, RECT, OVAL, LINE }

    public Glyph {
        points = List.copyOf(points);
    }

    public static Glyph triangle(String styleKey, String color, double x1, double y1, double x2, double y2,
                                 double x3, double y3) {
        return new Glyph(Form.POLYGON, styleKey, color, 1, List.of(new Point(x1, y1), new Point(x2, y2),
                new Point(x3, y3)));
    }

    public static Glyph box(Form form, String styleKey, String color, double alpha, double x, double y, double width,
                            double height) {
        return new Glyph(form, styleKey, color, alpha, List.of(new Point(x, y), new Point(x + width, y + height)));
    }

    public double x() { return points.get(0).x(); }
    public double y() { return points.get(0).y(); }
    /** For a box: its width. */
    public double width() { return points.get(1).x() - points.get(0).x(); }
    /** For a box: its height. */
    public double height() { return points.get(1).y() - points.get(0).y(); }
}
