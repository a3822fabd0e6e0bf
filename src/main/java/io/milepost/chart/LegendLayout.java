package io.milepost.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * The legend laid out as a column from (x, y), one entry per line: each entry's symbol as glyphs and its text.
 * {@link ChartPainter#paintLegend} only draws what this holds.
 *
 * @param lines  one per entry, top to bottom
 * @param bottom the y below the last line
 */
public record LegendLayout(List<Line> lines, double bottom) {

    /** Gap between a symbol and its text. */
    static final double TEXT_GAP = 6;
    /** A symbol is this many line heights wide... */
    static final double SYMBOL_WIDTH = 1.6;
    /** ... and this many high. */
    static final double SYMBOL_HEIGHT = 0.5;
    private static final double SOFT_ALPHA = 0.4;

    /**
     * One entry of the legend.
     *
     * @param textY the vertical centre of the text
     */
    public record Line(LegendEntry entry, List<Glyph> symbol, double textX, double textY) {
    }

    public LegendLayout {
        lines = List.copyOf(lines);
    }

    /** The width of a legend whose widest text is {@code textWidth}. */
    public static double width(double lineHeight, double textWidth) {
        return lineHeight * SYMBOL_WIDTH + TEXT_GAP + textWidth;
    }

    public static LegendLayout of(List<LegendEntry> legend, double x, double y, double lineHeight) {
        double sw = lineHeight * SYMBOL_WIDTH;
        double sh = lineHeight * SYMBOL_HEIGHT;
        List<Line> lines = new ArrayList<>(legend.size());
        for (LegendEntry e : legend) {
            double cy = y + lineHeight / 2;
            String k = e.styleKey();
            String c = e.color();
            List<Glyph> symbol = switch (e.symbol()) {
                case BAR, GHOST -> List.of(Glyph.box(Glyph.Form.RECT, k, c, 1, x, cy - sh / 2, sw, sh));
                case SOFT_BAR -> List.of(
                        Glyph.box(Glyph.Form.RECT, k, c, 1, x + sw / 4, cy - sh / 2, sw / 2, sh),
                        Glyph.box(Glyph.Form.RECT, k, c, SOFT_ALPHA, x, cy - sh / 2, sw / 4, sh),
                        Glyph.box(Glyph.Form.RECT, k, c, SOFT_ALPHA, x + sw * 3 / 4, cy - sh / 2, sw / 4, sh));
                case DIAMOND -> {
                    double cx = x + sw / 2;
                    yield List.of(new Glyph(Glyph.Form.POLYGON, k, c, 1, List.of(new Point(cx, cy - sh),
                            new Point(cx + sh, cy), new Point(cx, cy + sh), new Point(cx - sh, cy))));
                }
                case CIRCLE -> List.of(Glyph.box(Glyph.Form.OVAL, k, c, 1, x + sw / 2 - sh / 2, cy - sh / 2, sh, sh));
                case LINE, ARROW -> List.of(new Glyph(Glyph.Form.LINE, k, c, 1,
                        List.of(new Point(x, cy), new Point(x + sw, cy))));
            };
            lines.add(new Line(e, symbol, x + sw + TEXT_GAP, cy));
            y += lineHeight;
        }
        return new LegendLayout(lines, y);
    }
}
