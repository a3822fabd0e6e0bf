package io.milepost.ui;

import io.milepost.chart.ChartScene;
import io.milepost.chart.Hit;
import io.milepost.ui.gantt.GanttChart;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

/**
 * The milestones the planner has selected, several at once: Shift- and Ctrl-click and Shift+arrows in the table (the
 * table's own multiple selection), and Ctrl-click on the chart, which adds the item to the table's selection. The
 * chart holds one item, the last one chosen (the one the details pane shows); the table holds them all. What acts on
 * "the selected items" (delete, duplicate, copy, status) asks {@link #ids()}.
 */
final class TableSelection {

    private final RoadmapTable table;
    private final GanttChart chart;

    TableSelection(RoadmapTable table, GanttChart chart) {
        this.table = table;
        this.chart = chart;
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        chart.addEventFilter(MouseEvent.MOUSE_PRESSED, this::chartPressed);
    }

    /**
     * The selected items, in the table's order (the plan's, or the sorted one); when the table has none (an item
     * folded away in it), the chart's one.
     */
    List<UUID> ids() {
        TreeTableView.TreeTableViewSelectionModel<RoadmapTable.Row> model = table.getSelectionModel();
        List<Integer> rows = new ArrayList<>(model.getSelectedIndices());
        rows.sort(Integer::compare);
        LinkedHashSet<UUID> ids = new LinkedHashSet<>();
        for (int row : rows) {
            TreeItem<RoadmapTable.Row> item = table.getTreeItem(row);
            if (item != null && item.getValue() != null && !item.getValue().isGroup()) {
                ids.add(item.getValue().milestone().id());
            }
        }
        UUID lead = chart.getSelectedItem();
        if (lead != null && !ids.contains(lead)) {
            // The chart's item is the selection when the table's rows do not hold it.
            return List.of(lead);
        }
        return List.copyOf(ids);
    }

    /** How many items {@link #ids()} holds. */
    int count() {
        return ids().size();
    }

    /**
     * Selects these items, and only these, as far as the table shows them; the last one becomes the chart's (the one
     * the details pane shows).
     */
    void selectOnly(Collection<UUID> ids) {
        List<UUID> wanted = List.copyOf(new LinkedHashSet<>(ids));
        if (wanted.isEmpty()) {
            return;
        }
        chart.setSelectedItem(wanted.get(wanted.size() - 1));
        reselect(wanted);
    }

    /**
     * Selects again the items of an earlier selection the table still shows (rebuilt rows lose their selection),
     * keeping the chart's item the lead.
     */
    void reselect(List<UUID> before) {
        UUID lead = chart.getSelectedItem();
        if (before.size() < 2 || lead == null || !before.contains(lead)) {
            return;
        }
        TreeTableView.TreeTableViewSelectionModel<RoadmapTable.Row> model = table.getSelectionModel();
        List<Integer> rows = new ArrayList<>();
        for (UUID id : before) {
            TreeItem<RoadmapTable.Row> item = table.rowOf(id);
            int row = item == null ? -1 : table.getRow(item);
            if (row >= 0 && !id.equals(lead)) {
                rows.add(row);
            }
        }
        TreeItem<RoadmapTable.Row> leadItem = table.rowOf(lead);
        int leadRow = leadItem == null ? -1 : table.getRow(leadItem);
        if (leadRow < 0) {
            return;
        }
        // The lead last, so that it stays the table's selected item and the chart's.
        rows.add(leadRow);
        model.selectIndices(rows.get(0), rows.stream().skip(1).mapToInt(Integer::intValue).toArray());
    }

    /**
     * Ctrl-click (Cmd on a Mac) on an item of the chart adds it to the selection, or takes it out; a plain click on
     * one of several selected items selects it alone, as in the table.
     */
    private void chartPressed(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || e.isAltDown()) {
            return;
        }
        ChartScene s = chart.currentScene();
        UUID id = s == null ? null : s.hitTest(e.getX() - chart.snappedLeftInset(),
                e.getY() - chart.snappedTopInset()).map(Hit::itemId).orElse(null);
        if (id == null) {
            return;
        }
        if (!e.isShortcutDown()) {
            TreeItem<RoadmapTable.Row> row = table.rowOf(id);
            if (row != null && count() > 1) {
                table.getSelectionModel().clearAndSelect(table.getRow(row));
            }
            return;
        }
        e.consume();
        chart.requestFocus();
        List<UUID> now = new ArrayList<>(ids());
        if (now.contains(id) && now.size() > 1) {
            now.remove(id);
            selectOnly(now);
        } else if (!now.contains(id)) {
            now.add(id);
            selectOnly(now);
        }
    }
}
