package io.milepost.chart;

/**
 * Where {@link ChartPainter} draws: a JavaFX canvas, a PDF page, an SVG document, a raster image. Coordinates are the
 * surface's own, y downwards. State (fill, stroke, transform, clip) persists until changed or restored.
 * <p>
 * Every colour comes with the style key it was resolved from, so a surface that can keep names (SVG classes) may;
 * a canvas simply uses the colour.
 */
public interface Surface {

    /** Saves fill, stroke, fonts, transform and clip. */
    void save();

    void restore();

    void translate(double dx, double dy);

    /** Scales what follows by {@code factor} in both directions (a page fitted to paper); undone by restore. */
    void scale(double factor);

    /** Narrows the clip to a rectangle; nests; undone by {@link #popClip()}. Balance it inside any save/restore. */
    void pushClip(double x, double y, double width, double height);

    void popClip();

    void setFill(String styleKey, Rgba color);

    void setStroke(String styleKey, Stroke stroke);

    /** Declares the font for a role; {@link #text} then names only the role. */
    void setFont(FontRole role, FontSpec font);

    void fillRect(double x, double y, double width, double height);

    void strokeRect(double x, double y, double width, double height);

    void line(double x1, double y1, double x2, double y2);

    /** The first {@code n} points of the arrays. */
    void polyline(double[] xs, double[] ys, int n);

    void fillPolygon(double[] xs, double[] ys, int n);

    /** Fills the ellipse inscribed in the rectangle. */
    void fillOval(double x, double y, double width, double height);

    /**
     * One line of text in the current fill, in the font declared for {@code role}.
     *
     * @param y     the vertical centre of the line (not the baseline: a surface knows its font's ascent, the layout
     *              does not)
     * @param align which point of the text {@code x} names
     */
    void text(String text, double x, double y, FontRole role, TextAlign align);
}
