package io.milepost.chart;

import java.util.UUID;

/**
 * The ghost of what was first agreed, drawn under an item whose dates have moved since.
 *
 * @param point a milestone or meeting: draw a small ghost marker centred in the box rather than a bar
 */
public record Baseline(UUID id, int row, double x, double y, double width, double height, boolean point) {
}
