package io.milepost.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * The geometry of a bar as drawn: the pieces of its fill (soft ends fading out in steps, the done part on the left),
 * its percent handle, its "continues" chevron, a summary's bracket ends. Decided here, in layout, so the scene holds
 * what is drawn and labels inside a bar can keep clear of its soft ends and chevron.
 */
final class BarShapes {

    /** Width of the fade at a soft (period-dated) end of a bar. */
    static final double SOFT_END = 10;
    static final int SOFT_STEPS = 4;
    /** The chevron of an ongoing bar reaches this many bar heights in from its right end. */
    static final double CHEVRON = 0.7;
    /** How far a summary's bracket ends reach below it, in summary heights. */
    static final double BRACKET = 0.8;

    private BarShapes() {
    }

    /** Width of the fade at a soft end of this bar. */
    static double softEnd(Bar b) {
        return Math.min(SOFT_END, b.width() / 4);
    }

    /** An ongoing activity long enough for it shows a "continues" chevron at its right end. */
    static boolean hasChevron(Bar b) {
        return b.openEnd() && b.kind() == BarKind.ACTIVITY && b.width() > b.height();
    }

    /** Text inside a bar starts past its faded start, where light text would not read. */
    static double clearStart(Bar b) {
        return b.fuzzyStart() ? softEnd(b) : 0;
    }

    /** ... and ends before its faded end, or before the chevron of an ongoing bar. */
    static double clearEnd(Bar b) {
        double chevron = hasChevron(b) ? b.height() * CHEVRON : 0;
        return Math.max(b.fuzzyEnd() ? softEnd(b) : 0, chevron);
    }

    /** The bar with its pieces and glyphs. */
    static Bar dress(Bar b) {
        return b.withShapes(pieces(b), glyphs(b));
    }

    private static List<BarPiece> pieces(Bar b) {
        if (b.kind() == BarKind.SUMMARY) {
            return List.of(new BarPiece(b.x(), b.width(), false, 1));
        }
        boolean progress = b.hasPercentHandle() && b.progressWidth() > 0;
        double doneRight = progress ? b.handleX() : b.x();
        double soft = softEnd(b);
        double solidX = b.fuzzyStart() ? b.x() + soft : b.x();
        double solidRight = b.fuzzyEnd() ? b.right() - soft : b.right();
        List<BarPiece> out = new ArrayList<>(4);
        span(out, solidX, solidRight, doneRight, 1);
        double step = soft / SOFT_STEPS;
        for (int i = 0; i < SOFT_STEPS && step > 0; i++) {
            // Fades outwards: the step nearest the solid part is the most opaque.
            double fade = (SOFT_STEPS - i) / (SOFT_STEPS + 1.0);
            if (b.fuzzyStart()) {
                span(out, solidX - (i + 1) * step, solidX - i * step, doneRight, fade);
            }
            if (b.fuzzyEnd()) {
                span(out, solidRight + i * step, solidRight + (i + 1) * step, doneRight, fade);
            }
        }
        return out;
    }

    /** x0 to x1 of a bar: left of {@code doneRight} as done, the rest in the bar's colour. */
    private static void span(List<BarPiece> out, double x0, double x1, double doneRight, double fade) {
        double split = Math.max(x0, Math.min(x1, doneRight));
        if (split > x0) {
            out.add(new BarPiece(x0, split - x0, true, fade));
        }
        if (x1 > split) {
            out.add(new BarPiece(split, x1 - split, false, fade));
        }
    }

    private static List<Glyph> glyphs(Bar b) {
        List<Glyph> out = new ArrayList<>(2);
        if (b.kind() == BarKind.SUMMARY) {
            // The summary's bracket ends, pointing down at the rows it spans.
            double tip = b.height() * BRACKET;
            out.add(Glyph.triangle(b.styleKey(), b.color(), b.x(), b.bottom(), b.x() + tip, b.bottom(), b.x(),
                    b.bottom() + tip));
            if (!b.openEnd()) {
                out.add(Glyph.triangle(b.styleKey(), b.color(), b.right(), b.bottom(), b.right() - tip, b.bottom(),
                        b.right(), b.bottom() + tip));
            }
            return out;
        }
        if (b.hasPercentHandle() && b.progressWidth() > 0 && b.progressWidth() < b.width()) {
            // The percent handle, where the hit test finds it: a small pointer up at where the done part ends.
            double hx = b.handleX();
            double half = Bar.HANDLE_HALF_WIDTH;
            out.add(Glyph.triangle("bar.progress.handle", null, hx, b.handleTop(), hx + half, b.handleBottom(),
                    hx - half, b.handleBottom()));
        }
        if (hasChevron(b)) {
            // A chevron at the far end says "continues": the bar has no written end.
            double h = b.height();
            out.add(Glyph.triangle("bar.openEnd", null, b.right() - h * CHEVRON, b.y() + h * 0.2,
                    b.right() - h * 0.2, b.centreY(), b.right() - h * CHEVRON, b.bottom() - h * 0.2));
        }
        return out;
    }
}
