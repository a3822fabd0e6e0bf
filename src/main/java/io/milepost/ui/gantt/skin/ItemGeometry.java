package io.milepost.ui.gantt.skin;

import io.milepost.chart.Bar;
import io.milepost.chart.BarKind;
import io.milepost.chart.ChartScene;
import io.milepost.chart.Marker;
import io.milepost.chart.MarkerShape;
import java.util.UUID;

/**
 * Where one item is drawn in a frame, in view coordinates (the canvas's): its activity bar, or its marker. Found
 * from the scene's numbers, never from pixels.
 */
record ItemGeometry(UUID id, int row, double x, double y, double width, double height, boolean marker,
                    MarkerShape shape) {

    double right() {
        return x + width;
    }

    double centreX() {
        return x + width / 2;
    }

    double centreY() {
        return y + height / 2;
    }

    /** The item in the frame, or {@code null} when it is not drawn in it. */
    static ItemGeometry of(ChartScene s, UUID id) {
        if (s == null || id == null) {
            return null;
        }
        for (Marker m : s.markers()) {
            if (id.equals(m.id())) {
                return new ItemGeometry(id, m.row(), s.toViewX(m.cx() - m.half()), s.toViewY(m.cy() - m.half()),
                        2 * m.half(), 2 * m.half(), true, m.shape());
            }
        }
        for (Bar b : s.bars()) {
            if (id.equals(b.id()) && b.kind() == BarKind.ACTIVITY) {
                return new ItemGeometry(id, b.row(), s.toViewX(b.x()), s.toViewY(b.y()), b.width(), b.height(),
                        false, null);
            }
        }
        return null;
    }
}
