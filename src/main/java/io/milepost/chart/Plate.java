package io.milepost.chart;

/**
 * A faint plate under a label beside its item, of the colour of what lies behind it, so a link or grid line passing
 * behind is dimmed where it crosses the text instead of striking through it. Content coordinates.
 *
 * @param behindKey the style key of what lies behind: "background", or "group.row" on a group's row
 */
public record Plate(double x, double y, double width, double height, String behindKey) {
}
