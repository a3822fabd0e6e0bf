package io.milepost.chart;

import java.util.UUID;

/**
 * A milestone's diamond or a meeting's circle, in content coordinates.
 *
 * @param half     half the diamond's width (its centre-to-tip distance), or the circle's radius
 * @param styleKey as for {@link Bar#styleKey()}
 * @param color    as for {@link Bar#color()}
 */
public record Marker(UUID id, int row, MarkerShape shape, double cx, double cy, double half, String styleKey,
                     String color) {

    /** Whether the point lies on the shape or within {@code tolerance} of it. */
    public boolean contains(double x, double y, double tolerance) {
        double dx = Math.abs(x - cx);
        double dy = Math.abs(y - cy);
        return shape == MarkerShape.DIAMOND ? dx + dy <= half + tolerance
                : dx * dx + dy * dy <= (half + tolerance) * (half + tolerance);
    }
}
