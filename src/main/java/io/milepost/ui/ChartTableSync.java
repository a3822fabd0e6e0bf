package io.milepost.ui;

import io.milepost.chart.ChartOptions;
import io.milepost.chart.Language;
import io.milepost.chart.RowModel;
import io.milepost.ui.gantt.GanttChart;
import java.util.List;
import java.util.UUID;
import javafx.scene.control.TreeItem;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.ScrollEvent;

/**
 * Keeps the roadmap table level with the chart beside it: the same rows (folding a swimlane in either folds it in
 * both), rows and header of the same height, the same vertical scroll, and one selection.
 * <p>
 * The chart leads the vertical scroll: the table has no scroll bar of its own, the wheel over the table scrolls the
 * chart, and the table follows the chart to the pixel. Whatever else moves the table (its own keyboard handling, a
 * rebuild) is put back level with the chart.
 */
final class ChartTableSync {

    private final GanttChart chart;
    private final RoadmapTable table;
    private final TableSelection selection;
    private boolean selecting;

    ChartTableSync(GanttChart chart, RoadmapTable table) {
        this.chart = chart;
        this.table = table;
        this.selection = new TableSelection(table, chart);
        chart.rowsProperty().addListener((o, old, rows) -> showRows(rows));
        chart.optionsProperty().addListener((o, old, options) -> align(options));
        align(chart.getOptions());
        table.setOnGroupFolded(chart::setGroupCollapsed);
        table.setOnOrder(order -> chart.setOptions(chart.getOptions().withOrder(order)));
        chart.optionsProperty().addListener((o, old, now) -> table.showOrder(now.order()));

        chart.scrollYProperty().addListener((o, old, y) -> table.scrollToPixel(y.doubleValue()));
        table.addEventFilter(ScrollEvent.SCROLL, this::wheelOverTable);
        table.skinProperty().addListener((o, old, skin) -> followFlow());

        table.getSelectionModel().selectedItemProperty().addListener((o, old, item) -> tableSelected(item));
        // Several rows selected: the chart marks them all, not only the one it holds.
        table.getSelectionModel().getSelectedIndices().addListener((javafx.collections.ListChangeListener<Integer>) c -> {
            List<UUID> ids = selection.ids(); // one walk of the selected rows, however many
            chart.setSelectedWithIt(ids.size() > 1 ? java.util.Set.copyOf(ids) : java.util.Set.of());
        });
        chart.selectedItemProperty().addListener((o, old, id) -> chartSelected(id));
    }

    /** The items selected in table and chart together. */
    TableSelection selection() {
        return selection;
    }

    private void showRows(RowModel rows) {
        if (rows == null || chart.getRoadmap() == null) {
            return;
        }
        List<UUID> selected = selection.ids();
        table.show(rows, chart.getRoadmap(), chart.getOptions().language() == Language.SECOND);
        chartSelected(chart.getSelectedItem());
        selecting = true;
        try {
            // Rows built anew lose their selection; the planner's several items stay selected across an edit.
            selection.reselect(selected);
        } finally {
            selecting = false;
        }
        table.scrollToPixel(chart.getScrollY());
    }

    private void align(ChartOptions options) {
        table.alignWith(options.rowHeight(), options.headerHeight());
    }

    private void wheelOverTable(ScrollEvent e) {
        // Up and down belong to the chart, which the table follows; sideways the table scrolls its own columns.
        if (e.getDeltaY() != 0 && !e.isShiftDown() && !e.isShortcutDown()) {
            chart.fireEvent(e.copyFor(chart, chart));
            e.consume();
        }
    }

    private void followFlow() {
        if (table.lookup(".virtual-flow") instanceof VirtualFlow<?> flow) {
            flow.positionProperty().addListener(o -> table.scrollToPixel(chart.getScrollY()));
        }
    }

    private void tableSelected(TreeItem<RoadmapTable.Row> item) {
        if (selecting || table.isRebuilding()) {
            return;
        }
        UUID id = milestoneOf(item);
        List<TreeItem<RoadmapTable.Row>> selected = table.getSelectionModel().getSelectedItems();
        for (int i = selected.size() - 1; id == null && i >= 0; i--) {
            // Shift+Down onto a sector's heading: the items selected with it stay the selection, one of them the
            // lead, so what acts on the selection (copy, delete, the details pane) still has them.
            id = milestoneOf(selected.get(i));
        }
        selecting = true;
        try {
            chart.setSelectedItem(id);
        } finally {
            selecting = false;
        }
        if (id != null) {
            chart.reveal(id);
        }
    }

    private static UUID milestoneOf(TreeItem<RoadmapTable.Row> item) {
        return item == null || item.getValue() == null || item.getValue().milestone() == null ? null
                : item.getValue().milestone().id();
    }

    private void chartSelected(UUID id) {
        if (selecting) {
            return;
        }
        selecting = true;
        try {
            TreeItem<RoadmapTable.Row> row = id == null ? null : table.rowOf(id);
            if (row == null) {
                table.getSelectionModel().clearSelection();
            } else if (!table.getSelectionModel().getSelectedItems().contains(row)) {
                // An item chosen on the chart is the selection; one of the table's several keeps them all.
                table.getSelectionModel().clearAndSelect(table.getRow(row));
            }
        } finally {
            selecting = false;
        }
    }
}
