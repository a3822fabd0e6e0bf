package io.milepost.chart;

import io.milepost.model.Dependency;
import io.milepost.model.DependencyType;
import io.milepost.model.Milestone;
import java.util.ArrayList;
import java.util.List;

/**
 * Routes the dependencies that touch the visible rows as right-angled paths.
 * <p>
 * A link leaves the predecessor from the end the type names (its finish for FS/FF, its start for SS/SF), running
 * away from the bar for {@link #STUB} px, and arrives at the successor's start (FS/SS, from the left) or end (FF/SF,
 * from the right) with a horizontal run of at least a stub for the arrow head. When the successor begins too close
 * to (or before) that point, the path doubles back along the boundary between the predecessor's row and the next,
 * so it never runs through the predecessor's own bar.
 */
final class LinkRouter {

    static final double STUB = 8;
    static final double ARROW_LENGTH = 6;
    static final double ARROW_HALF = 3.5;

    private LinkRouter() {
    }

    static void layout(Frame f, SceneBuilder out) {
        if (f.lastRow < f.firstRow) {
            return;
        }
        double left = f.viewport.x() - ARROW_LENGTH;
        double right = f.viewport.right() + ARROW_LENGTH;
        f.rows.forEachLinkTouching(f.firstRow, f.lastRow, (d, fromRow, toRow) -> {
            Link link = route(f, d, fromRow, toRow);
            double minX = Double.POSITIVE_INFINITY;
            double maxX = Double.NEGATIVE_INFINITY;
            for (Point p : link.points()) {
                minX = Math.min(minX, p.x());
                maxX = Math.max(maxX, p.x());
            }
            if (maxX >= left && minX <= right) {
                out.links.add(link);
            }
        });
    }

    static Link route(Frame f, Dependency d, int fromRow, int toRow) {
        Milestone pred = f.rows.row(fromRow).item();
        Milestone succ = f.rows.row(toRow).item();
        ItemShape ps = ItemShape.of(pred, f);
        ItemShape ss = ItemShape.of(succ, f);
        boolean fromEnd = d.type() == DependencyType.FS || d.type() == DependencyType.FF;
        boolean toStart = d.type() == DependencyType.FS || d.type() == DependencyType.SS;
        double px = fromEnd ? ps.anchorEnd : ps.anchorStart;
        double sx = toStart ? ss.anchorStart : ss.anchorEnd;
        int dIn = toStart ? 1 : -1;
        double sy = f.rowCentre(toRow);
        List<Point> points = route(px, f.rowCentre(fromRow), fromEnd ? 1 : -1, sx, sy, dIn, f.rowHeight);
        return new Link(d.id(), pred.id(), succ.id(), d.type(), points, arrowHead(sx, sy, dIn), "link");
    }

    /**
     * @param dOut +1 to leave rightwards, -1 leftwards
     * @param dIn  +1 to arrive travelling rightwards (at a start), -1 travelling leftwards (at an end)
     */
    static List<Point> route(double px, double py, int dOut, double sx, double sy, int dIn, double rowHeight) {
        double a = px + dOut * STUB;
        double b = sx - dIn * STUB;
        List<Point> pts = new ArrayList<>(6);
        pts.add(new Point(px, py));
        if (dOut == dIn) {
            if ((b - a) * dIn >= 0) {
                add(pts, a, py);
                add(pts, a, sy);
            } else {
                double between = py + Math.signum(sy - py) * rowHeight / 2;
                add(pts, a, py);
                add(pts, a, between);
                add(pts, b, between);
                add(pts, b, sy);
            }
        } else {
            double x = dOut < 0 ? Math.min(a, b) : Math.max(a, b);
            add(pts, x, py);
            add(pts, x, sy);
        }
        add(pts, sx, sy);
        return pts;
    }

    private static void add(List<Point> pts, double x, double y) {
        Point last = pts.get(pts.size() - 1);
        if (last.x() != x || last.y() != y) {
            pts.add(new Point(x, y));
        }
    }

    static List<Point> arrowHead(double tipX, double tipY, int dIn) {
        double baseX = tipX - dIn * ARROW_LENGTH;
        return List.of(new Point(tipX, tipY), new Point(baseX, tipY - ARROW_HALF), new Point(baseX, tipY + ARROW_HALF));
    }
}
