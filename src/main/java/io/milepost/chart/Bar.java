package io.milepost.chart;

import java.util.List;
import java.util.UUID;

/**
 * A bar in content coordinates.
 *
 * @param id            the milestone's id; {@code null} for a group summary
 * @param styleKey      "bar.status.DONE", "bar.sector.3" or "group.summary"
 * @param color         when colouring by sector, the sector's own colour ("#2e7d32") (for a summary, its group's
 *                      sector's), else {@code null}: content, not theme, so it travels as data
 * @param progressWidth the percent-complete part, from {@code x}; 0 for none. It is drawn as the bar's left part, full
 *                      height and darker, so a title written inside stays legible; where it ends is the percent
 *                      handle ({@link #handleX()}), which {@link ChartPainter} marks and {@link SceneHitTester} grabs
 *                      by the same numbers
 * @param fuzzyStart    the start was written as a month, quarter, half-year or year: draw a soft edge
 * @param fuzzyEnd      likewise for the end
 * @param openEnd       ongoing: the bar runs on to the chart's right edge and has no end to grab
 * @param dateLabel     the timeline as written ("Q3 2025", "from 2025, continuous")
 * @param pieces        the spans its fill is drawn as, left to right ({@link BarShapes})
 * @param glyphs        drawn over the fill: percent handle, "continues" chevron, or a summary's bracket ends
 */
public record Bar(UUID id, int row, BarKind kind, double x, double y, double width, double height, String styleKey,
                  String color, double progressWidth, boolean fuzzyStart, boolean fuzzyEnd, boolean openEnd,
                  String dateLabel, List<BarPiece> pieces, List<Glyph> glyphs) {

    /** A bar not yet dressed with its pieces and glyphs. */
    public Bar(UUID id, int row, BarKind kind, double x, double y, double width, double height, String styleKey,
               String color, double progressWidth, boolean fuzzyStart, boolean fuzzyEnd, boolean openEnd,
               String dateLabel) {
        this(id, row, kind, x, y, width, height, styleKey, color, progressWidth, fuzzyStart, fuzzyEnd, openEnd,
                dateLabel, List.of(), List.of());
    }

    /** This bar drawn as the given pieces and glyphs. */
    public Bar withShapes(List<BarPiece> pieces, List<Glyph> glyphs) {
        return new Bar(id, row, kind, x, y, width, height, styleKey, color, progressWidth, fuzzyStart, fuzzyEnd,
                openEnd, dateLabel, List.copyOf(pieces), List.copyOf(glyphs));
    }

    /** Half the width of the percent handle, either side of where the done part ends. */
    public static final double HANDLE_HALF_WIDTH = 4;
    /** How far the percent handle reaches below the bar. */
    public static final double HANDLE_DROP = 4;

    public double right() {
        return x + width;
    }

    public double bottom() {
        return y + height;
    }

    public double centreY() {
        return y + height / 2;
    }

    /** Only an activity has a done part to drag. */
    public boolean hasPercentHandle() {
        return kind == BarKind.ACTIVITY;
    }

    /** Where the done part ends: the percent handle's x. */
    public double handleX() {
        return x + progressWidth;
    }

    /**
     * Top of the percent handle: the bar's lower third, so the upper part of the bar still moves it and a 0 % or
     * 100 % handle does not take the bar's ends from the resize edges above it.
     */
    public double handleTop() {
        return y + height * 2 / 3;
    }

    /** Bottom of the percent handle, just below the bar. */
    public double handleBottom() {
        return bottom() + HANDLE_DROP;
    }

    /** The percent handle is drawn as a mark from {@link #handleTop()} to {@link #handleBottom()}; this is its area. */
    public boolean onPercentHandle(double px, double py) {
        return hasPercentHandle() && Math.abs(px - handleX()) <= HANDLE_HALF_WIDTH && py >= handleTop()
                && py <= handleBottom();
    }
}
