package io.milepost.chart;

/**
 * Puts an item's label beside it without running into anything else on its row.
 * <p>
 * The rule, in order: right of the shape if the whole text fits before the next obstacle; else inside the bar if it
 * fits there (bars only); else left of the shape if it fits after the previous obstacle; else the widest of those
 * three spaces, with the text shortened to "…"; no label at all when not even "…" fits. Obstacles are the chart's
 * edges and any other shape on the row; a gap of {@link #GAP} px is kept from each.
 */
final class LabelPlacer {

    static final double GAP = 4;
    static final double PAD = 3;

    private final TextMeasurer measurer;

    LabelPlacer(TextMeasurer measurer) {
        this.measurer = measurer;
    }

    /** Where the text went; {@code null} when no room at all. */
    record Placed(String text, double x, double width, LabelPlacement placement, boolean elided) {
    }

    /**
     * @param left          left of the shape being labelled
     * @param right         right of the shape
     * @param insideAllowed the shape is a bar a label may sit in
     * @param limitLeft     right end of the previous obstacle on the row (or the chart's left edge)
     * @param limitRight    left end of the next obstacle on the row (or the chart's right edge)
     */
    Placed place(String text, FontRole role, double left, double right, boolean insideAllowed, double limitLeft,
                 double limitRight) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        double width = measurer.width(text, role);
        double rightSpace = limitRight - GAP - (right + GAP);
        double insideSpace = insideAllowed ? right - left - 2 * PAD : -1;
        double leftSpace = left - GAP - (limitLeft + GAP);
        if (width <= rightSpace) {
            return new Placed(text, right + GAP, width, LabelPlacement.RIGHT, false);
        }
        if (width <= insideSpace) {
            return new Placed(text, left + PAD, width, LabelPlacement.INSIDE, false);
        }
        if (width <= leftSpace) {
            return new Placed(text, left - GAP - width, width, LabelPlacement.LEFT, false);
        }
        LabelPlacement where = LabelPlacement.RIGHT;
        double space = rightSpace;
        if (insideSpace > space) {
            where = LabelPlacement.INSIDE;
            space = insideSpace;
        }
        if (leftSpace > space) {
            where = LabelPlacement.LEFT;
            space = leftSpace;
        }
        String shortened = TextFit.elide(text, space, role, measurer);
        if (shortened.isEmpty()) {
            return null;
        }
        double w = measurer.width(shortened, role);
        double x = switch (where) {
            case RIGHT -> right + GAP;
            case INSIDE -> left + PAD;
            case LEFT -> left - GAP - w;
        };
        return new Placed(shortened, x, w, where, true);
    }
}
