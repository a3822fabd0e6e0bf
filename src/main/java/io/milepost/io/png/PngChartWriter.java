package io.milepost.io.png;

import io.milepost.chart.PagePainter;
import io.milepost.chart.PrintLayout;
import io.milepost.chart.RowModel;
import io.milepost.chart.TextMeasurer;
import io.milepost.chart.Theme;
import io.milepost.io.fonts.EmbeddedFonts;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * The chart as a PNG image at a chosen resolution: the first sheet of a {@link PrintLayout} (for a file with no
 * paper, the whole chart), drawn off screen with Java 2D — no display needed.
 */
public final class PngChartWriter {

    public static final int MIN_DPI = 72;
    public static final int MAX_DPI = 600;
    /** Larger images than this many pixels are refused rather than exhausting memory. */
    static final long MAX_PIXELS = 200_000_000L;

    private PngChartWriter() {
    }

    /** Pixels for a length in points at {@code dpi}. */
    public static int pixels(double points, int dpi) {
        return (int) Math.ceil(points * dpi / 72.0);
    }

    public static void write(RowModel rows, PrintLayout print, Theme theme, TextMeasurer measurer, int dpi,
                             OutputStream out) throws IOException {
        if (dpi < MIN_DPI || dpi > MAX_DPI) {
            throw new IllegalArgumentException("the resolution must be " + MIN_DPI + " to " + MAX_DPI + " dpi, was "
                    + dpi);
        }
        int w = pixels(print.pageWidth(), dpi);
        int h = pixels(print.pageHeight(), dpi);
        if ((long) w * h > MAX_PIXELS) {
            throw new IllegalArgumentException("a " + w + " × " + h + " px image is too large; choose a lower "
                    + "resolution or a shorter date range");
        }
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, w, h);
            g.scale(dpi / 72.0, dpi / 72.0);
            PagePainter.paint(print, print.pages().get(0), rows, theme, new Java2dSurface(g, fonts()), measurer);
        } finally {
            g.dispose();
        }
        if (!ImageIO.write(image, "png", out)) {
            throw new IOException("this Java has no PNG writer");
        }
    }

    private static Map<String, Font> fonts() throws IOException {
        EmbeddedFonts e = EmbeddedFonts.get();
        try {
            return Map.of("regular", Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(e.bytes(false))),
                    "bold", Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(e.bytes(true))));
        } catch (FontFormatException ex) {
            throw new IOException("the embedded font cannot be read", ex);
        }
    }
}
