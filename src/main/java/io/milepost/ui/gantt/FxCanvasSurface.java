package io.milepost.ui.gantt;

import io.milepost.chart.FontRole;
import io.milepost.chart.FontSpec;
import io.milepost.chart.Rgba;
import io.milepost.chart.Stroke;
import io.milepost.chart.Surface;
import io.milepost.chart.TextAlign;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * The chart's {@link Surface} on a JavaFX canvas: what {@link io.milepost.chart.ChartPainter} draws on screen and
 * for print. Cheap to create (one per frame is fine); use it on the JavaFX thread, like the canvas.
 * <p>
 * Thin lines along the pixel grid are moved onto pixel centres, so a 1 px grid line covers one pixel instead of
 * smearing over two. Fills keep their exact coordinates: the soft ends of a bar are strips that must meet.
 */
public final class FxCanvasSurface implements Surface {

    // Few distinct colours reach a chart (status and sector colours and their faded steps); the cap only guards
    // against a pathological stream of user colours.
    private static final int COLOR_CACHE_LIMIT = 4096;
    private static final Map<Rgba, Color> COLORS = new ConcurrentHashMap<>();

    private final GraphicsContext gc;
    private EnumMap<FontRole, Font> fonts = new EnumMap<>(FontRole.class);
    private final Deque<EnumMap<FontRole, Font>> savedFonts = new ArrayDeque<>();
    private double lineWidth = 1;
    private final Deque<Double> savedLineWidths = new ArrayDeque<>();

    public FxCanvasSurface(GraphicsContext gc) {
        this.gc = gc;
        // The painter gives the vertical centre of a line of text; the canvas finds the baseline from it.
        gc.setTextBaseline(VPos.CENTER);
        gc.setLineDashes((double[]) null);
    }

    /** The JavaFX colour of a chart colour. */
    public static Color color(Rgba c) {
        Color cached = COLORS.get(c);
        if (cached == null) {
            if (COLORS.size() > COLOR_CACHE_LIMIT) {
                COLORS.clear();
            }
            cached = Color.rgb(c.red(), c.green(), c.blue(), c.alpha());
            COLORS.put(c, cached);
        }
        return cached;
    }

    @Override
    public void save() {
        gc.save();
        savedFonts.push(fonts.clone());
        savedLineWidths.push(lineWidth);
    }

    @Override
    public void restore() {
        gc.restore();
        if (!savedFonts.isEmpty()) {
            fonts = savedFonts.pop();
            lineWidth = savedLineWidths.pop();
        }
    }

    @Override
    public void translate(double dx, double dy) {
        gc.translate(dx, dy);
    }

    @Override
    public void scale(double factor) {
        gc.scale(factor, factor);
    }

    @Override
    public void pushClip(double x, double y, double width, double height) {
        // The canvas has no "pop clip": a clip lives in a saved state, so pushing saves and popping restores.
        gc.save();
        gc.beginPath();
        gc.rect(x, y, width, height);
        gc.clip();
    }

    @Override
    public void popClip() {
        gc.restore();
    }

    @Override
    public void setFill(String styleKey, Rgba color) {
        gc.setFill(color(color));
    }

    @Override
    public void setStroke(String styleKey, Stroke stroke) {
        gc.setStroke(color(stroke.color()));
        gc.setLineWidth(stroke.width());
        lineWidth = stroke.width();
        gc.setLineDashes(stroke.dash() > 0 ? new double[] {stroke.dash(), stroke.dash()} : null);
    }

    @Override
    public void setFont(FontRole role, FontSpec font) {
        fonts.put(role, FxFonts.of(font));
    }

    @Override
    public void fillRect(double x, double y, double width, double height) {
        gc.fillRect(x, y, width, height);
    }

    @Override
    public void strokeRect(double x, double y, double width, double height) {
        gc.strokeRect(crisp(x), crisp(y), width, height);
    }

    @Override
    public void line(double x1, double y1, double x2, double y2) {
        if (x1 == x2) {
            double x = crisp(x1);
            gc.strokeLine(x, y1, x, y2);
        } else if (y1 == y2) {
            double y = crisp(y1);
            gc.strokeLine(x1, y, x2, y);
        } else {
            gc.strokeLine(x1, y1, x2, y2);
        }
    }

    @Override
    public void polyline(double[] xs, double[] ys, int n) {
        double[] cx = new double[n];
        double[] cy = new double[n];
        for (int i = 0; i < n; i++) {
            cx[i] = crisp(xs[i]);
            cy[i] = crisp(ys[i]);
        }
        gc.strokePolyline(cx, cy, n);
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int n) {
        gc.fillPolygon(xs, ys, n);
    }

    @Override
    public void fillOval(double x, double y, double width, double height) {
        gc.fillOval(x, y, width, height);
    }

    @Override
    public void text(String text, double x, double y, FontRole role, TextAlign align) {
        Font font = fonts.get(role);
        if (font != null) {
            gc.setFont(font);
        }
        gc.setTextAlign(switch (align) {
            case LEFT -> TextAlignment.LEFT;
            case CENTER -> TextAlignment.CENTER;
            case RIGHT -> TextAlignment.RIGHT;
        });
        gc.setTextBaseline(VPos.CENTER);
        gc.fillText(text, x, y);
    }

    /**
     * The coordinate a line of odd whole width should run along to cover whole pixels: a pixel's centre. Only valid
     * while translations are whole pixels, which holds for the chart's own (scroll offsets are rounded by the skin).
     */
    private double crisp(double v) {
        long w = Math.round(lineWidth);
        if (w != lineWidth || (w & 1) == 0) {
            return v;
        }
        return Math.floor(v) + 0.5;
    }
}
