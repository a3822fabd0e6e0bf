package io.milepost.ui;

import io.milepost.app.edit.ManyMoves;
import io.milepost.chart.RowOrder;
import io.milepost.model.Roadmap;
import io.milepost.ui.gantt.GanttChart;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Moves the selected milestones together, by a drag of one of them in the table ({@link TableDragReorder}) or by
 * Alt+Up/Down: one undo step made by {@link ManyMoves}. Afterwards the same items stay selected, the one the details
 * pane shows still the lead, and the first of them is scrolled into view.
 */
final class SelectionMoves {

    private final MainViewModel model;
    private final GanttChart chart;
    private final TableSelection selection;

    SelectionMoves(MainViewModel model, GanttChart chart, TableSelection selection) {
        this.model = model;
        this.chart = chart;
        this.selection = selection;
    }

    /** True when more than one item is selected: a move then takes all of them. */
    boolean several() {
        return selection.count() > 1;
    }

    /**
     * The items a drag of this item's row takes: every selected item when it is one of several selected, else the
     * item alone (pressing a row that is not selected selects it alone).
     */
    List<UUID> movedWith(UUID pressed) {
        List<UUID> ids = selection.ids();
        return ids.size() > 1 && ids.contains(pressed) ? ids : List.of(pressed);
    }

    /** The items dropped into a sector just before an item of it ({@code null}: last); true when they moved. */
    boolean moveTo(List<UUID> ids, UUID sectorId, UUID beforeId) {
        Roadmap r = chart.getRoadmap();
        if (r == null) {
            return false;
        }
        List<UUID> moving = ManyMoves.inPlanOrder(r, ids);
        boolean moved = model.make(ManyMoves.moveTo(r, moving, sectorId, beforeId));
        if (moved) {
            keepSelected(moving);
        }
        return moved;
    }

    /** The selected items one place up ({@code -1}) or down ({@code +1}) in the plan's own order. */
    void moveBy(int direction) {
        Roadmap r = chart.getRoadmap();
        if (r == null) {
            return;
        }
        List<UUID> moving = ManyMoves.inPlanOrder(r, selection.ids());
        if (moving.isEmpty()) {
            return;
        }
        if (!chart.getOptions().order().isPlan()) {
            // Up and down are places in the plan's own order: show that order, then move in it.
            chart.setOptions(chart.getOptions().withOrder(RowOrder.PLAN));
        }
        if (model.make(ManyMoves.move(r, moving, direction))) {
            keepSelected(moving);
        }
    }

    /** Selects the moved items again (the table built its rows anew), the lead kept, the first one in view. */
    private void keepSelected(List<UUID> moved) {
        UUID lead = chart.getSelectedItem();
        List<UUID> leadLast = new ArrayList<>(moved);
        if (lead != null && leadLast.remove(lead)) {
            leadLast.add(lead);
        }
        selection.selectOnly(leadLast);
        chart.reveal(moved.get(0));
    }
}
