package io.milepost.chart;

import java.util.UUID;

/**
 * A bar in content coordinates.
 *
 * @param id            the milestone's id; {@code null} for a group summary
 * @param styleKey      "bar.status.DONE", "bar.sector.3" or "group.summary"
 * @param color         when colouring by sector, the sector's own colour ("#2e7d32") (for a summary, its group's
 *                      sector's), else {@code null}: content, not theme, so it travels as data
 * @param progressWidth the percent-complete part, from {@code x}; 0 for none
 * @param fuzzyStart    the start was written as a month, quarter, half-year or year: draw a soft edge
 * @param fuzzyEnd      likewise for the end
 * @param openEnd       ongoing: the bar runs on to the chart's right edge and has no end to grab
 * @param dateLabel     the timeline as written ("Q3 2025", "from 2025, continuous")
 */
public record Bar(UUID id, int row, BarKind kind, double x, double y, double width, double height, String styleKey,
                  String color, double progressWidth, boolean fuzzyStart, boolean fuzzyEnd, boolean openEnd,
                  String dateLabel) {

    public double right() {
        return x + width;
    }

    public double bottom() {
        return y + height;
    }

    public double centreY() {
        return y + height / 2;
    }
}
