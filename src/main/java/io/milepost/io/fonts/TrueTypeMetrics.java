package io.milepost.io.fonts;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The few numbers of a TrueType font that layout needs — advance widths of the Basic Multilingual Plane, ascent,
 * descent — read straight from the font's {@code head}, {@code hhea}, {@code hmtx} and {@code cmap} (format 4)
 * tables, so the PDF, SVG and PNG writers measure text alike without a font library or a display.
 */
public final class TrueTypeMetrics {

    private final int unitsPerEm;
    private final int ascender;
    private final int descender;
    /** Advance width per BMP code point in font units; -1 where the font has no glyph. */
    private final short[] advance = new short[0x10000];

    public TrueTypeMetrics(byte[] font) {
        ByteBuffer b = ByteBuffer.wrap(font);
        int numTables = b.getShort(4) & 0xFFFF;
        int head = -1;
        int hhea = -1;
        int hmtx = -1;
        int cmap = -1;
        for (int i = 0; i < numTables; i++) {
            int rec = 12 + 16 * i;
            String tag = new String(font, rec, 4, StandardCharsets.US_ASCII);
            int offset = b.getInt(rec + 8);
            switch (tag) {
                case "head" -> head = offset;
                case "hhea" -> hhea = offset;
                case "hmtx" -> hmtx = offset;
                case "cmap" -> cmap = offset;
                default -> { }
            }
        }
        if (head < 0 || hhea < 0 || hmtx < 0 || cmap < 0) {
            throw new IllegalArgumentException("not a TrueType font with head, hhea, hmtx and cmap tables");
        }
        unitsPerEm = b.getShort(head + 18) & 0xFFFF;
        ascender = b.getShort(hhea + 4);
        descender = b.getShort(hhea + 6);
        int metrics = b.getShort(hhea + 34) & 0xFFFF;
        Arrays.fill(advance, (short) -1);
        readCmap(b, cmap, hmtx, metrics);
    }

    private void readCmap(ByteBuffer b, int cmap, int hmtx, int metrics) {
        int tables = b.getShort(cmap + 2) & 0xFFFF;
        int format4 = -1;
        for (int i = 0; i < tables; i++) {
            int rec = cmap + 4 + 8 * i;
            int platform = b.getShort(rec) & 0xFFFF;
            int encoding = b.getShort(rec + 2) & 0xFFFF;
            int sub = cmap + b.getInt(rec + 4);
            if ((b.getShort(sub) & 0xFFFF) == 4 && (platform == 3 && encoding == 1 || platform == 0)) {
                format4 = sub;
            }
        }
        if (format4 < 0) {
            throw new IllegalArgumentException("the font has no Unicode cmap of format 4");
        }
        int segX2 = b.getShort(format4 + 6) & 0xFFFF;
        int ends = format4 + 14;
        int starts = ends + segX2 + 2;
        int deltas = starts + segX2;
        int rangeOffsets = deltas + segX2;
        for (int s = 0; s < segX2 / 2; s++) {
            int end = b.getShort(ends + 2 * s) & 0xFFFF;
            int start = b.getShort(starts + 2 * s) & 0xFFFF;
            int delta = b.getShort(deltas + 2 * s);
            int ro = rangeOffsets + 2 * s;
            int rangeOffset = b.getShort(ro) & 0xFFFF;
            for (int c = start; c <= end && c != 0xFFFF; c++) {
                int glyph;
                if (rangeOffset == 0) {
                    glyph = (c + delta) & 0xFFFF;
                } else {
                    int g = b.getShort(ro + rangeOffset + 2 * (c - start)) & 0xFFFF;
                    glyph = g == 0 ? 0 : (g + delta) & 0xFFFF;
                }
                if (glyph != 0) {
                    int m = Math.min(glyph, metrics - 1);
                    advance[c] = b.getShort(hmtx + 4 * m);
                }
            }
        }
    }

    /** Whether the font draws this code point. */
    public boolean has(int codePoint) {
        return codePoint >= 0 && codePoint < advance.length && advance[codePoint] >= 0;
    }

    /** Width of the text at {@code size}; a character the font lacks counts as "?", which is drawn instead. */
    public double width(String text, double size) {
        long units = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            units += has(cp) ? advance[cp] & 0xFFFF : advance['?'] & 0xFFFF;
        }
        return units * size / unitsPerEm;
    }

    /** Ascent above the baseline at {@code size}. */
    public double ascent(double size) {
        return ascender * size / unitsPerEm;
    }

    /** Descent below the baseline at {@code size}, positive. */
    public double descent(double size) {
        return -descender * size / unitsPerEm;
    }

    /** The text with every character the font lacks (and every control character) as "?" or a space. */
    public String drawable(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int n = Character.charCount(cp);
            boolean ok = has(cp) && !Character.isISOControl(cp);
            if (!ok && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null) {
                if (ok) {
                    out.appendCodePoint(cp);
                } else {
                    out.append(Character.isWhitespace(cp) ? ' ' : '?');
                }
            }
            i += n;
        }
        return out == null ? text : out.toString();
    }
}
