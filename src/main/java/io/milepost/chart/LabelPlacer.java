package io.milepost.chart;

/**
 * Puts an item's label beside it without running into anything else on its row.
 * <p>
 * The rule, in order: right of the shape if the whole text fits before the next obstacle; else inside the bar if it
 * fits there (bars only); else left of the shape if it fits after the previous obstacle; else the widest of those
 * three spaces, with the text shortened to "…"; no label at all when not even "…" fits. Obstacles are the chart's
 * edges and any other shape on the row; a gap of {@link #GAP} px is kept from each.
 * <p>
 * What the viewport hides does not count (see {@link Room}):
 * <ul>
 *   <li>a bar cut by the viewport's left edge keeps its title on screen, as FlexGanttFX and MS Project do: the
 *       title goes inside the bar's visible part, {@link #PAD} px from the viewport's edge, first of all when it
 *       fits there; else right of the bar if it fits there; else shortened into the widest space;</li>
 *   <li>inside a bar means inside its visible part, so a title never runs off screen inside a long bar;</li>
 *   <li>the title of a shape wholly left of the viewport, which would stand right of it cut by the edge, waits at
 *       the viewport's left edge instead, starting with {@link #OFF_LEFT} to say its item lies further left;</li>
 *   <li>a label left of a shape ends at the viewport's left edge, never past it;</li>
 *   <li>on a printed sheet, where {@link Room#limitRight()} is the sheet's edge, a label left of a shape that starts
 *       past that edge ends at the edge, with {@link #OFF_RIGHT} to say its item lies further right;</li>
 *   <li>a label that would lie wholly outside the viewport (right of a shape whose end is past the right edge, left
 *       of one whose start is before the left edge) is no place at all.</li>
 * </ul>
 * Links run along the row's middle beside the shape they leave or enter (the arrow entering a milestone from the
 * left, the stub leaving a bar's end): a label beside the shape on that side keeps {@link #GAP} px clear of the
 * whole run, so the arrow has its room and the text is not crossed; see {@link Room#clearLeft()}.
 */
final class LabelPlacer {

    static final double GAP = 4;
    static final double PAD = 3;
    /** Starts the title of an item that lies left of the view, held at the view's left edge. */
    static final String OFF_LEFT = "‹ ";
    /** Ends the title of an item that lies past the right end of a printed sheet, held at that end. */
    static final String OFF_RIGHT = " ›";

    private final TextMeasurer measurer;

    LabelPlacer(TextMeasurer measurer) {
        this.measurer = measurer;
    }

    /** Where the text went; {@code null} when no room at all. */
    record Placed(String text, double x, double width, LabelPlacement placement, boolean elided) {
    }

    /**
     * The room around a shape on its row, in content x.
     *
     * @param limitLeft  right end of the previous obstacle on the row (or the chart's left edge)
     * @param limitRight left end of the next obstacle on the row (or the chart's right edge)
     * @param viewLeft   the viewport's left edge; {@code -∞} to place as if all were visible (a whole-chart export)
     * @param viewRight  the viewport's right edge; {@code +∞} likewise
     * @param clearLeft  how far left of the shape a link runs along the row's middle (0 for none): a label left of
     *                   the shape ends {@link #GAP} px before that
     * @param clearRight likewise right of the shape
     */
    record Room(double limitLeft, double limitRight, double viewLeft, double viewRight, double clearLeft,
                double clearRight) {

        /** Between two obstacles, everything visible, no links. */
        static Room between(double limitLeft, double limitRight) {
            return new Room(limitLeft, limitRight, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, 0, 0);
        }

        Room inView(double left, double right) {
            return new Room(limitLeft, limitRight, left, right, clearLeft, clearRight);
        }

        Room clearing(double left, double right) {
            return new Room(limitLeft, limitRight, viewLeft, viewRight, Math.max(0, left), Math.max(0, right));
        }
    }

    /** As {@link #place(String, FontRole, double, double, boolean, Room)} with everything visible. */
    Placed place(String text, FontRole role, double left, double right, boolean insideAllowed, double limitLeft,
                 double limitRight) {
        return place(text, role, left, right, insideAllowed, Room.between(limitLeft, limitRight));
    }

    /**
     * @param left          left of the shape being labelled
     * @param right         right of the shape
     * @param insideAllowed the shape is a bar a label may sit in, all of it
     */
    Placed place(String text, FontRole role, double left, double right, boolean insideAllowed, Room room) {
        return insideAllowed ? place(text, role, left, right, left, right, room)
                : place(text, role, left, right, Double.NaN, Double.NaN, room);
    }

    /**
     * @param left        left of the shape being labelled
     * @param right       right of the shape
     * @param insideLeft  where text may start inside the bar (past a soft, faded start); {@code NaN} for a shape no
     *                    label sits in
     * @param insideRight where text inside must end (before a soft end or the "continues" chevron)
     */
    Placed place(String text, FontRole role, double left, double right, double insideLeft, double insideRight,
                 Room room) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        boolean insideAllowed = insideRight > insideLeft;
        double rightX = right + room.clearRight() + GAP;
        if (rightX < room.viewLeft() + PAD && right < room.viewLeft()) {
            // The shape lies wholly left of the view: its title waits at the view's edge, marked as pointing
            // back, rather than being cut in the middle of a word.
            text = OFF_LEFT + text;
            rightX = room.viewLeft() + PAD;
        }
        String after = left >= room.limitRight() ? OFF_RIGHT : "";
        double width = measurer.width(text + after, role);
        double rightSpace = rightX >= room.viewRight() ? -1 : room.limitRight() - GAP - rightX;
        double leftEnd = Math.min(left - room.clearLeft(), room.limitRight()) - GAP;
        // Left of the shape means left within the view: a text that ran past the view's left edge would be cut there
        // (long Russian titles did), so it is shortened to what is seen, or goes elsewhere.
        double leftSpace = leftEnd <= room.viewLeft() ? -1
                : leftEnd - (Math.max(room.limitLeft(), room.viewLeft() + PAD) + GAP);
        // Inside means inside what is seen of the bar.
        double insideX = insideAllowed ? Math.max(insideLeft, room.viewLeft()) + PAD : 0;
        double insideSpace = insideAllowed ? Math.min(insideRight, room.viewRight()) - PAD - insideX : -1;
        boolean cutLeft = insideAllowed && left < room.viewLeft() && insideRight > room.viewLeft();

        if (cutLeft && width <= insideSpace) {
            return new Placed(text, insideX, width, LabelPlacement.INSIDE, false);
        }
        if (width <= rightSpace) {
            return new Placed(text, rightX, width, LabelPlacement.RIGHT, false);
        }
        if (width <= insideSpace) {
            return new Placed(text, insideX, width, LabelPlacement.INSIDE, false);
        }
        if (width <= leftSpace) {
            return new Placed(text + after, leftEnd - width, width, LabelPlacement.LEFT, false);
        }
        LabelPlacement where = cutLeft ? LabelPlacement.INSIDE : LabelPlacement.RIGHT;
        double space = cutLeft ? insideSpace : rightSpace;
        if (!cutLeft && insideSpace > space) {
            where = LabelPlacement.INSIDE;
            space = insideSpace;
        }
        if (rightSpace > space) {
            where = LabelPlacement.RIGHT;
            space = rightSpace;
        }
        if (leftSpace > space) {
            where = LabelPlacement.LEFT;
            space = leftSpace;
        }
        // Only a label left of its shape can have a mark after it: shortened, it keeps the mark.
        double textRoom = space - (where == LabelPlacement.LEFT ? measurer.width(after, role) : 0);
        String shortened = textRoom > 0 ? TextFit.elide(text, textRoom, role, measurer) : "";
        if (shortened.isEmpty()) {
            return null;
        }
        if (where == LabelPlacement.LEFT) {
            shortened += after;
        }
        double w = measurer.width(shortened, role);
        double x = switch (where) {
            case RIGHT -> rightX;
            case INSIDE -> insideX;
            case LEFT -> leftEnd - w;
        };
        return new Placed(shortened, x, w, where, true);
    }
}
