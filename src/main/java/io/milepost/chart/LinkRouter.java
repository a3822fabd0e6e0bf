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
 * from the right) with a horizontal run of a stub for the arrow head. In between it travels along a boundary
 * between rows, not through a row's middle: along the successor's edge when it goes on the way it left, else
 * (the successor begins too close to, or before, that point) doubling back along the predecessor's edge, so it
 * never runs through the predecessor's own bar. Either way only a stub of it lies on each end's row middle.
 * <p>
 * Routed before the rows are laid out, so that the labels of a link's two items keep clear of its runs along their
 * rows' middles ({@link SceneBuilder#linkClearLeft}): a title left of a milestone does not run into the arrow
 * entering it, nor one right of a bar into the link leaving it.
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
            Milestone pred = f.rows.row(fromRow).item();
            Milestone succ = f.rows.row(toRow).item();
            ItemShape ps = ItemShape.of(pred, f);
            ItemShape ss = ItemShape.of(succ, f);
            Link link = route(f, d, fromRow, toRow, ps, ss);
            clear(f, out, link, fromRow, ps, toRow, ss);
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

    /**
     * Notes how far the link runs along the middle of its ends' rows beside their shapes, where their labels would
     * go: the run leaving the predecessor and the run (with the arrow head) arriving at the successor. Visible rows
     * only; whether the link itself is in view does not matter, a label may be.
     */
    private static void clear(Frame f, SceneBuilder out, Link link, int fromRow, ItemShape ps, int toRow,
                              ItemShape ss) {
        List<Point> pts = link.points();
        Point first = pts.get(0);
        Point second = pts.get(1);
        if (fromRow >= f.firstRow && fromRow <= f.lastRow && second.y() == first.y()) {
            int i = fromRow - f.firstRow;
            out.linkClearRight[i] = Math.max(out.linkClearRight[i], second.x() - ps.right);
            out.linkClearLeft[i] = Math.max(out.linkClearLeft[i], ps.left - second.x());
        }
        Point tip = pts.get(pts.size() - 1);
        Point runStart = pts.get(pts.size() - 2);
        if (toRow >= f.firstRow && toRow <= f.lastRow && runStart.y() == tip.y()) {
            int i = toRow - f.firstRow;
            // The arrow head lies on the run: its base is ARROW_LENGTH back from the tip, the run at least a STUB.
            double from = Math.min(runStart.x(), tip.x());
            double to = Math.max(runStart.x(), tip.x());
            out.linkClearLeft[i] = Math.max(out.linkClearLeft[i], ss.left - from);
            out.linkClearRight[i] = Math.max(out.linkClearRight[i], to - ss.right);
        }
    }

    static Link route(Frame f, Dependency d, int fromRow, int toRow) {
        Milestone pred = f.rows.row(fromRow).item();
        Milestone succ = f.rows.row(toRow).item();
        return route(f, d, fromRow, toRow, ItemShape.of(pred, f), ItemShape.of(succ, f));
    }

    private static Link route(Frame f, Dependency d, int fromRow, int toRow, ItemShape ps, ItemShape ss) {
        boolean fromEnd = d.type() == DependencyType.FS || d.type() == DependencyType.FF;
        boolean toStart = d.type() == DependencyType.FS || d.type() == DependencyType.SS;
        double px = fromEnd ? ps.anchorEnd : ps.anchorStart;
        double sx = toStart ? ss.anchorStart : ss.anchorEnd;
        int dIn = toStart ? 1 : -1;
        double sy = f.rowCentre(toRow);
        List<Point> points = route(px, f.rowCentre(fromRow), fromEnd ? 1 : -1, sx, sy, dIn, f.rowHeight);
        return new Link(d.id(), d.predecessorId(), d.successorId(), d.type(), points, arrowHead(sx, sy, dIn), "link");
    }

    /**
     * The path: a {@link #STUB} leaving the predecessor at {@code (px, py)}, a {@link #STUB} arriving at the successor
     * at {@code (sx, sy)}, and between them a run along the boundary between two rows, never along a row's middle
     * where the labels are: the successor's edge facing the predecessor when the run goes on the way the link
     * left, else (doubling back) the predecessor's edge facing the successor, so it never crosses the predecessor's
     * own bar.
     *
     * @param dOut +1 to leave rightwards, -1 leftwards
     * @param dIn  +1 to arrive travelling rightwards (at a start), -1 travelling leftwards (at an end)
     */
    static List<Point> route(double px, double py, int dOut, double sx, double sy, int dIn, double rowHeight) {
        double a = px + dOut * STUB;
        double b = sx - dIn * STUB;
        double towards = Math.signum(sy - py);
        List<Point> pts = new ArrayList<>(6);
        pts.add(new Point(px, py));
        add(pts, a, py);
        if (a != b) {
            boolean onwards = (b - a) * dOut > 0;
            double boundary = onwards ? sy - towards * rowHeight / 2 : py + towards * rowHeight / 2;
            add(pts, a, boundary);
            add(pts, b, boundary);
        }
        add(pts, b, sy);
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
