package io.milepost.chart;

import java.util.List;
import java.util.Optional;

/**
 * Finds what lies under a point of a scene, in content coordinates. Precedence, first match wins:
 * <ol>
 *   <li>an activity's percent handle, where {@link Bar#onPercentHandle} says: within
 *       {@link Bar#HANDLE_HALF_WIDTH} px of where the done part ends, in the lower third of the bar or just below it
 *       (so a 0 % or 100 % handle does not steal the bar's edges); {@link ChartPainter} marks it there;</li>
 *   <li>an activity's start or end edge: within {@link #EDGE} px (a third of the bar, if narrower) of it; an ongoing
 *       bar has no end edge;</li>
 *   <li>an activity's body;</li>
 *   <li>a diamond or meeting circle, or the window of one dated to a period;</li>
 *   <li>a link, within {@link #LINK_TOLERANCE} px of its path;</li>
 *   <li>a group's header row, anywhere along it.</li>
 * </ol>
 * Later-drawn elements are tried first among equals.
 */
final class SceneHitTester {

    static final double EDGE = 4;
    static final double LINK_TOLERANCE = 3;
    static final double MARKER_TOLERANCE = 2;

    private SceneHitTester() {
    }

    static Optional<Hit> hit(ChartScene s, double x, double y) {
        int row = s.rowAt(y);
        if (row < 0) {
            return Optional.empty();
        }
        List<Bar> bars = s.bars();
        for (int i = bars.size() - 1; i >= 0; i--) {
            Bar b = bars.get(i);
            if (b.kind() == BarKind.ACTIVITY) {
                HitKind k = onActivity(b, x, y);
                if (k != null) {
                    return Optional.of(new Hit(k, b.id(), null, null, b.row()));
                }
            }
        }
        List<Marker> markers = s.markers();
        for (int i = markers.size() - 1; i >= 0; i--) {
            Marker m = markers.get(i);
            if (m.contains(x, y, MARKER_TOLERANCE)) {
                return Optional.of(new Hit(kindOf(m.shape()), m.id(), null, null, m.row()));
            }
        }
        for (int i = bars.size() - 1; i >= 0; i--) {
            Bar b = bars.get(i);
            if (b.kind() == BarKind.WINDOW && b.row() == row && x >= b.x() && x <= b.right()) {
                for (Marker m : markers) {
                    if (m.id().equals(b.id())) {
                        return Optional.of(new Hit(kindOf(m.shape()), b.id(), null, null, b.row()));
                    }
                }
            }
        }
        List<Link> links = s.links();
        for (int i = links.size() - 1; i >= 0; i--) {
            Link l = links.get(i);
            if (l.distanceTo(x, y) <= LINK_TOLERANCE) {
                return Optional.of(new Hit(HitKind.LINK, null, l.dependencyId(), null, row));
            }
        }
        for (GroupHeader g : s.groupHeaders()) {
            if (g.row() == row) {
                return Optional.of(new Hit(HitKind.GROUP_HEADER, null, null, g.key(), row));
            }
        }
        return Optional.empty();
    }

    private static HitKind onActivity(Bar b, double x, double y) {
        if (b.onPercentHandle(x, y)) {
            return HitKind.PERCENT_HANDLE;
        }
        if (y < b.y() || y > b.bottom()) {
            return null;
        }
        double edge = Math.min(EDGE, b.width() / 3);
        if (Math.abs(x - b.x()) <= edge) {
            return HitKind.BAR_START_EDGE;
        }
        if (!b.openEnd() && Math.abs(x - b.right()) <= edge) {
            return HitKind.BAR_END_EDGE;
        }
        if (x >= b.x() && x <= b.right()) {
            return HitKind.BAR_BODY;
        }
        return null;
    }

    private static HitKind kindOf(MarkerShape shape) {
        return shape == MarkerShape.CIRCLE ? HitKind.MEETING : HitKind.DIAMOND;
    }
}
