package io.milepost.io.pdf;

import io.milepost.chart.FontRole;
import io.milepost.chart.FontSpec;
import io.milepost.chart.Rgba;
import io.milepost.chart.Stroke;
import io.milepost.chart.Surface;
import io.milepost.chart.TextAlign;
import io.milepost.io.fonts.TrueTypeMetrics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.util.Matrix;

/**
 * A chart {@link Surface} on one PDF page: vector shapes, and text as text in the embedded DejaVu Sans, so it can be
 * selected and searched. Coordinates are the chart's, y downwards, in points from the page's top-left corner.
 * <p>
 * Fill and stroke are remembered here and written to the page only when a shape needs them, because a PDF restore
 * ({@code Q}) also forgets the colour set since its save.
 */
final class PdfSurface implements Surface {

    /** Control points of a quarter circle drawn as a cubic Bézier. */
    private static final double KAPPA = 0.5522847498;

    private final PDPageContentStream cs;
    private final PdfFonts fonts;
    private final Map<Double, PDExtendedGraphicsState> alphas;
    private final Deque<State> saved = new ArrayDeque<>();
    private State state = new State();
    private Rgba writtenFill;
    private Rgba writtenStroke;
    private double writtenWidth = -1;
    private double writtenDash = -1;
    private double writtenFillAlpha = 1;
    private double writtenStrokeAlpha = 1;

    private static final class State {
        Rgba fill = Rgba.BLACK;
        Stroke stroke = Stroke.solid(Rgba.BLACK, 1);
        Map<FontRole, FontSpec> fonts = new EnumMap<>(FontRole.class);

        State copy() {
            State s = new State();
            s.fill = fill;
            s.stroke = stroke;
            s.fonts = new EnumMap<>(fonts);
            return s;
        }
    }

    /**
     * @param pageHeight the page's height: the surface turns PDF's upward y into the chart's downward y
     * @param alphas     graphics states by opacity, shared by the pages of one document
     */
    PdfSurface(PDPageContentStream cs, double pageHeight, PdfFonts fonts, Map<Double, PDExtendedGraphicsState> alphas) {
        this.cs = cs;
        this.fonts = fonts;
        this.alphas = alphas;
        io(() -> cs.transform(new Matrix(1, 0, 0, -1, 0, (float) pageHeight)));
    }

    static Map<Double, PDExtendedGraphicsState> newAlphaCache() {
        return new HashMap<>();
    }

    private interface PdfOp {
        void run() throws IOException;
    }

    private static void io(PdfOp op) {
        try {
            op.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void forget() {
        writtenFill = null;
        writtenStroke = null;
        writtenWidth = -1;
        writtenDash = -1;
        writtenFillAlpha = -1;
        writtenStrokeAlpha = -1;
    }

    @Override
    public void save() {
        saved.push(state);
        state = state.copy();
        io(cs::saveGraphicsState);
    }

    @Override
    public void restore() {
        state = saved.pop();
        io(cs::restoreGraphicsState);
        forget();
    }

    @Override
    public void translate(double dx, double dy) {
        io(() -> cs.transform(Matrix.getTranslateInstance((float) dx, (float) dy)));
    }

    @Override
    public void scale(double factor) {
        io(() -> cs.transform(Matrix.getScaleInstance((float) factor, (float) factor)));
    }

    @Override
    public void pushClip(double x, double y, double width, double height) {
        save();
        io(() -> {
            cs.addRect((float) x, (float) y, (float) width, (float) height);
            cs.clip();
        });
    }

    @Override
    public void popClip() {
        restore();
    }

    @Override
    public void setFill(String styleKey, Rgba color) {
        state.fill = color;
    }

    @Override
    public void setStroke(String styleKey, Stroke stroke) {
        state.stroke = stroke;
    }

    @Override
    public void setFont(FontRole role, FontSpec font) {
        state.fonts.put(role, font);
    }

    private boolean useFill() throws IOException {
        Rgba c = state.fill;
        if (c.alpha() <= 0) {
            return false;
        }
        if (!c.equals(writtenFill)) {
            cs.setNonStrokingColor(c.red() / 255f, c.green() / 255f, c.blue() / 255f);
            writtenFill = c;
        }
        if (c.alpha() != writtenFillAlpha) {
            cs.setGraphicsStateParameters(alpha(c.alpha(), writtenStrokeAlpha < 0 ? 1 : writtenStrokeAlpha));
            writtenFillAlpha = c.alpha();
            writtenStrokeAlpha = writtenStrokeAlpha < 0 ? 1 : writtenStrokeAlpha;
        }
        return true;
    }

    private boolean useStroke() throws IOException {
        Stroke s = state.stroke;
        Rgba c = s.color();
        if (c.alpha() <= 0 || s.width() <= 0) {
            return false;
        }
        if (!c.equals(writtenStroke)) {
            cs.setStrokingColor(c.red() / 255f, c.green() / 255f, c.blue() / 255f);
            writtenStroke = c;
        }
        if (c.alpha() != writtenStrokeAlpha) {
            cs.setGraphicsStateParameters(alpha(writtenFillAlpha < 0 ? 1 : writtenFillAlpha, c.alpha()));
            writtenStrokeAlpha = c.alpha();
            writtenFillAlpha = writtenFillAlpha < 0 ? 1 : writtenFillAlpha;
        }
        if (s.width() != writtenWidth) {
            cs.setLineWidth((float) s.width());
            writtenWidth = s.width();
        }
        if (s.dash() != writtenDash) {
            cs.setLineDashPattern(s.dash() > 0 ? new float[] {(float) s.dash(), (float) s.dash()} : new float[0], 0);
            writtenDash = s.dash();
        }
        return true;
    }

    private PDExtendedGraphicsState alpha(double fill, double stroke) {
        return alphas.computeIfAbsent(fill * 1000 + stroke, k -> {
            PDExtendedGraphicsState gs = new PDExtendedGraphicsState();
            gs.setNonStrokingAlphaConstant((float) fill);
            gs.setStrokingAlphaConstant((float) stroke);
            return gs;
        });
    }

    @Override
    public void fillRect(double x, double y, double width, double height) {
        io(() -> {
            if (width > 0 && height > 0 && useFill()) {
                cs.addRect((float) x, (float) y, (float) width, (float) height);
                cs.fill();
            }
        });
    }

    @Override
    public void strokeRect(double x, double y, double width, double height) {
        io(() -> {
            if (useStroke()) {
                cs.addRect((float) x, (float) y, (float) width, (float) height);
                cs.stroke();
            }
        });
    }

    @Override
    public void line(double x1, double y1, double x2, double y2) {
        io(() -> {
            if (useStroke()) {
                cs.moveTo((float) x1, (float) y1);
                cs.lineTo((float) x2, (float) y2);
                cs.stroke();
            }
        });
    }

    @Override
    public void polyline(double[] xs, double[] ys, int n) {
        io(() -> {
            if (n > 1 && useStroke()) {
                cs.moveTo((float) xs[0], (float) ys[0]);
                for (int i = 1; i < n; i++) {
                    cs.lineTo((float) xs[i], (float) ys[i]);
                }
                cs.stroke();
            }
        });
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int n) {
        io(() -> {
            if (n > 2 && useFill()) {
                cs.moveTo((float) xs[0], (float) ys[0]);
                for (int i = 1; i < n; i++) {
                    cs.lineTo((float) xs[i], (float) ys[i]);
                }
                cs.closePath();
                cs.fill();
            }
        });
    }

    @Override
    public void fillOval(double x, double y, double width, double height) {
        io(() -> {
            if (width <= 0 || height <= 0 || !useFill()) {
                return;
            }
            float rx = (float) (width / 2);
            float ry = (float) (height / 2);
            float cx = (float) x + rx;
            float cy = (float) y + ry;
            float kx = (float) (rx * KAPPA);
            float ky = (float) (ry * KAPPA);
            cs.moveTo(cx + rx, cy);
            cs.curveTo(cx + rx, cy + ky, cx + kx, cy + ry, cx, cy + ry);
            cs.curveTo(cx - kx, cy + ry, cx - rx, cy + ky, cx - rx, cy);
            cs.curveTo(cx - rx, cy - ky, cx - kx, cy - ry, cx, cy - ry);
            cs.curveTo(cx + kx, cy - ry, cx + rx, cy - ky, cx + rx, cy);
            cs.closePath();
            cs.fill();
        });
    }

    @Override
    public void text(String text, double x, double y, FontRole role, TextAlign align) {
        FontSpec spec = state.fonts.getOrDefault(role, new FontSpec("SansSerif", 11, false));
        TrueTypeMetrics m = fonts.metrics(spec.bold());
        String drawn = m.drawable(text);
        if (drawn.isBlank()) {
            return;
        }
        double size = spec.size();
        double w = m.width(drawn, size);
        double left = align == TextAlign.LEFT ? x : align == TextAlign.CENTER ? x - w / 2 : x - w;
        // y is the line's vertical centre: the baseline lies half the ascent-minus-descent below it
        double baseline = y + (m.ascent(size) - m.descent(size)) / 2;
        io(() -> {
            if (!useFill()) {
                return;
            }
            cs.beginText();
            cs.setFont(fonts.font(spec.bold()), (float) size);
            cs.setTextMatrix(new Matrix(1, 0, 0, -1, (float) left, (float) baseline));
            cs.showText(drawn);
            cs.endText();
        });
    }
}
