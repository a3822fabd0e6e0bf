package io.milepost.ui;

import io.milepost.app.edit.ItemEdits;
import io.milepost.app.edit.ManyMoves;
import io.milepost.chart.ChartOptions;
import io.milepost.chart.Grouping;
import io.milepost.chart.RowGroup;
import io.milepost.i18n.Messages;
import io.milepost.model.Milestone;
import io.milepost.model.Roadmap;
import io.milepost.ui.gantt.GanttChart;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableRow;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

/**
 * Drag a row of the table up or down to put its item at another place of its sector, or onto another sector's rows
 * to move it into that sector at that place: the same use case as Alt+Up/Down ({@link ItemEdits#moveTo}), one undo
 * step "Move 'title'". A line above or below a row shows where the item will go.
 * <p>
 * A row that is one of several selected takes them all ({@link ManyMoves#moveTo}, "Move 3 milestones"): they go
 * together to the place dropped, in their order, and a label beside the pointer says how many. The rows being moved
 * are no place to drop them: over them no line is drawn and a release there does nothing.
 * <p>
 * A place between rows is a place in the plan only when the rows are the plan's own order, grouped by sector: while
 * the table is sorted by a heading, or grouped by commission or status, a drop is refused and the status bar says
 * why. The gesture is plain mouse press, drag and release on the table, not the platform's drag and drop, so it is
 * the same on every desktop and under a headless test.
 */
final class TableDragReorder {

    private static final PseudoClass ABOVE = PseudoClass.getPseudoClass("drop-above");
    private static final PseudoClass BELOW = PseudoClass.getPseudoClass("drop-below");
    /** How far the pointer moves before a press becomes a drag, in pixels. */
    private static final double THRESHOLD = 6;

    private final RoadmapTable table;
    private final GanttChart chart;
    private final MainViewModel model;
    private final SelectionMoves moves;
    /** How many items a drag takes, shown beside the pointer when it is more than one. */
    private final Tooltip count = new Tooltip();
    private Milestone dragged;
    /** The items the drag takes: the pressed one, or every selected one when it is one of them. */
    private List<UUID> moving = List.of();
    private Set<UUID> movingIds = Set.of();
    private double pressY;
    private boolean active;
    private TreeTableRow<?> marked;
    private Drop drop;

    /** Where the item would go: into a sector, just before an item of it ({@code null}: last). */
    private record Drop(UUID sectorId, UUID beforeId) {
    }

    TableDragReorder(RoadmapTable table, GanttChart chart, MainViewModel model, TableSelection selection) {
        this.table = table;
        this.chart = chart;
        this.model = model;
        this.moves = new SelectionMoves(model, chart, selection);
        count.setId("drag-count");
        table.getStylesheets().add(TableDragReorder.class.getResource("table-drag.css").toExternalForm());
        table.addEventFilter(MouseEvent.MOUSE_PRESSED, this::pressed);
        table.addEventFilter(MouseEvent.MOUSE_DRAGGED, this::dragged);
        table.addEventFilter(MouseEvent.MOUSE_RELEASED, this::released);
    }

    private void pressed(MouseEvent e) {
        reset();
        if (e.getButton() != MouseButton.PRIMARY || e.isShiftDown() || e.isShortcutDown() || e.isAltDown()
                || table.getEditingCell() != null) {
            return;
        }
        TreeTableRow<?> row = rowOf(e.getPickResult().getIntersectedNode());
        if (row != null && row.getItem() instanceof RoadmapTable.Row r && !r.isGroup()) {
            dragged = r.milestone();
            // A selected row keeps the selection while it is pressed (the table selects it alone on release only),
            // so a press on one of several selected rows takes them all.
            moving = moves.movedWith(dragged.id());
            movingIds = new HashSet<>(moving);
            pressY = e.getSceneY();
        }
    }

    private void dragged(MouseEvent e) {
        if (dragged == null) {
            return;
        }
        // While a row is held, dragging moves it; it does not stretch the table's selection over the rows passed.
        e.consume();
        if (!active && Math.abs(e.getSceneY() - pressY) < THRESHOLD) {
            return;
        }
        active = true;
        table.setCursor(Cursor.CLOSED_HAND);
        showCount(e);
        mark(null, false);
        drop = null;
        if (refusal().isPresent()) {
            return;
        }
        Target t = target(e.getSceneY());
        if (t != null && t.drop != null) {
            drop = t.drop;
            mark(t.row, t.above);
        }
    }

    private void released(MouseEvent e) {
        if (dragged == null || !active) {
            reset();
            return;
        }
        e.consume();
        List<UUID> ids = moving;
        Drop d = drop;
        Optional<String> refused = refusal();
        reset();
        if (refused.isPresent()) {
            model.say(refused.get());
        } else if (d != null) {
            moves.moveTo(ids, d.sectorId(), d.beforeId());
        }
    }

    /** Beside the pointer, how many items the drag takes, when it takes more than one. */
    private void showCount(MouseEvent e) {
        if (moving.size() < 2) {
            return;
        }
        count.setText(Messages.text("moveMany.drag.count", moving.size()));
        double x = e.getScreenX() + 16;
        double y = e.getScreenY() + 12;
        if (count.isShowing()) {
            count.setAnchorX(x);
            count.setAnchorY(y);
        } else if (table.getScene() != null && table.getScene().getWindow() != null) {
            count.show(table.getScene().getWindow(), x, y);
        }
    }

    /** Why no place between rows is a place in the plan now, if so. */
    private Optional<String> refusal() {
        ChartOptions options = chart.getOptions();
        if (model.readOnlyProperty().get() || !table.isEditable()) {
            return Optional.of(Messages.text("reorder.refuse.readOnly"));
        }
        if (options.grouping() != Grouping.SECTOR) {
            return Optional.of(Messages.text("reorder.refuse.grouping"));
        }
        if (!options.order().isPlan()) {
            return Optional.of(Messages.text("reorder.refuse.sorted"));
        }
        return Optional.empty();
    }

    /** The row drawn under a scene y, where the line goes, and what dropping there means. */
    private record Target(TreeTableRow<?> row, boolean above, Drop drop) {
    }

    private Target target(double sceneY) {
        TreeTableRow<?> last = null;
        for (Node n : table.lookupAll(".tree-table-row-cell")) {
            if (!(n instanceof TreeTableRow<?> row) || !shown(row) || row.isEmpty()
                    || !(row.getItem() instanceof RoadmapTable.Row shown)) {
                continue;
            }
            Bounds b = row.localToScene(row.getLayoutBounds());
            if (last == null || b.getMinY() > last.localToScene(last.getLayoutBounds()).getMinY()) {
                last = row;
            }
            if (sceneY >= b.getMinY() && sceneY < b.getMaxY()) {
                boolean above = sceneY < b.getMinY() + b.getHeight() / 2;
                return new Target(row, above, dropAt(shown, above, row.getIndex()));
            }
        }
        if (last != null && last.getItem() instanceof RoadmapTable.Row shown
                && sceneY >= last.localToScene(last.getLayoutBounds()).getMaxY()) {
            UUID sector = shown.group() == null ? null : shown.group().sectorId();
            return sector == null ? null : new Target(last, false, new Drop(sector, null));
        }
        return null;
    }

    /**
     * What a drop above or below a row means: above an item, just before it; below an item, just before the item
     * after it in the plan; below a sector's header, first in that sector; above it, last in the sector before. Over
     * a row being moved it means nothing.
     */
    private Drop dropAt(RoadmapTable.Row shown, boolean above, int index) {
        RowGroup g = shown.group();
        if (g == null || g.sectorId() == null) {
            return null;
        }
        Roadmap r = chart.getRoadmap();
        if (!shown.isGroup()) {
            Milestone at = shown.milestone();
            if (movingIds.contains(at.id())) {
                return null;
            }
            return new Drop(g.sectorId(), above ? at.id() : next(r, at));
        }
        if (above && index > 0) {
            TreeItem<RoadmapTable.Row> before = table.getTreeItem(index - 1);
            RowGroup previous = before == null || before.getValue() == null ? null : before.getValue().group();
            if (previous != null && previous.sectorId() != null) {
                return new Drop(previous.sectorId(), null);
            }
        }
        List<Milestone> lane = r.milestonesBySector().getOrDefault(g.sectorId(), List.of());
        return new Drop(g.sectorId(), lane.stream().map(Milestone::id).filter(id -> !movingIds.contains(id))
                .findFirst().orElse(null));
    }

    /** The item after this one in its sector, the dragged ones passed over; {@code null} when it is the last. */
    private UUID next(Roadmap r, Milestone m) {
        List<Milestone> lane = r.milestonesBySector().getOrDefault(m.sectorId(), List.of());
        boolean seen = false;
        for (Milestone x : lane) {
            if (seen && !movingIds.contains(x.id())) {
                return x.id();
            }
            seen = seen || x.id().equals(m.id());
        }
        return null;
    }

    private void mark(TreeTableRow<?> row, boolean above) {
        if (marked != null) {
            marked.pseudoClassStateChanged(ABOVE, false);
            marked.pseudoClassStateChanged(BELOW, false);
        }
        marked = row;
        if (row != null) {
            row.pseudoClassStateChanged(above ? ABOVE : BELOW, true);
        }
    }

    private void reset() {
        mark(null, false);
        if (active) {
            table.setCursor(null);
        }
        count.hide();
        dragged = null;
        moving = List.of();
        movingIds = Set.of();
        active = false;
        drop = null;
    }

    /**
     * True when the row is drawn: the table keeps rows it measures with, visible themselves, in a group it hides, and
     * rows it keeps for later, hidden, where the pointer may be.
     */
    private boolean shown(Node row) {
        for (Node p = row; p != null && p != table; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static TreeTableRow<?> rowOf(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (p instanceof TreeTableRow<?> row) {
                return row;
            }
        }
        return null;
    }
}
