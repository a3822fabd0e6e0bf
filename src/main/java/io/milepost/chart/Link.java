package io.milepost.chart;

import io.milepost.model.DependencyType;
import java.util.List;
import java.util.UUID;

/**
 * A dependency drawn as a right-angled path in content coordinates: consecutive points share x or y. The path
 * ends at the tip of the arrow head.
 *
 * @param arrowHead three points of a filled triangle
 */
public record Link(UUID dependencyId, UUID predecessorId, UUID successorId, DependencyType type, List<Point> points,
                   List<Point> arrowHead, String styleKey) {

    public Link {
        points = List.copyOf(points);
        arrowHead = List.copyOf(arrowHead);
    }

    /** Distance from a point to the nearest segment of the path. */
    public double distanceTo(double x, double y) {
        double best = Double.POSITIVE_INFINITY;
        for (int i = 1; i < points.size(); i++) {
            Point a = points.get(i - 1);
            Point b = points.get(i);
            best = Math.min(best, segmentDistance(x, y, a.x(), a.y(), b.x(), b.y()));
        }
        return best;
    }

    private static double segmentDistance(double px, double py, double ax, double ay, double bx, double by) {
        double dx = bx - ax;
        double dy = by - ay;
        double len2 = dx * dx + dy * dy;
        double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2));
        double cx = ax + t * dx - px;
        double cy = ay + t * dy - py;
        return Math.sqrt(cx * cx + cy * cy);
    }
}
