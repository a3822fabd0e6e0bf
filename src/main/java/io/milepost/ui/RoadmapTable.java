package io.milepost.ui;

import io.milepost.chart.ChartRow;
import io.milepost.chart.RowGroup;
import io.milepost.chart.RowModel;
import io.milepost.model.Milestone;
import io.milepost.model.MilestoneKind;
import io.milepost.model.Roadmap;
import io.milepost.model.RoadmapInfo;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.layout.Region;

/**
 * The chart's rows as a table, beside the chart: the same swimlane headers and items in the same order and folding
 * (built from the chart's {@link RowModel}), each row as tall as a chart row and the column header as tall as the
 * chart's time header, so row i of the table sits level with row i of the chart. Dates are shown as the plan wrote
 * them. The table has no vertical scroll bar of its own: the chart's drives it (see {@link ChartTableSync}).
 */
public final class RoadmapTable extends TreeTableView<RoadmapTable.Row> {

    /** A row of the table: a swimlane header ({@code milestone == null}) or one of its items. */
    public record Row(RowGroup group, Milestone milestone) {
        boolean isGroup() {
            return milestone == null;
        }
    }

    private static final PseudoClass GROUP = PseudoClass.getPseudoClass("group");

    private final TreeTableColumn<Row, String> leadA = column("Lead agency", 190, r -> orEmpty(r.milestone().leadAgencyA()));
    private final TreeTableColumn<Row, String> leadB = column("Lead agency", 190, r -> orEmpty(r.milestone().leadAgencyB()));
    private final Map<UUID, TreeItem<Row>> itemRows = new HashMap<>();
    private BiConsumer<String, Boolean> onGroupFolded = (key, folded) -> { };
    private double headerHeight = -1;
    private double pendingScrollY = Double.NaN;
    private boolean building;
    private boolean secondLanguage;

    public RoadmapTable() {
        getStyleClass().add("roadmap-table");
        setShowRoot(false);
        setRoot(new TreeItem<>());
        setColumnResizePolicy(TreeTableView.UNCONSTRAINED_RESIZE_POLICY);
        TreeTableColumn<Row, String> title = new TreeTableColumn<>("Milestone");
        title.setPrefWidth(360);
        title.setCellValueFactory(c -> {
            Row r = c.getValue().getValue();
            return new ReadOnlyStringWrapper(r == null ? "" : r.isGroup()
                    ? r.group().label() + "  (" + r.group().itemCount() + ")" : titleOf(r.milestone()));
        });
        getColumns().add(title);
        getColumns().add(column("Start", 112, r -> r.milestone().start().label()));
        getColumns().add(column("End", 112, RoadmapTable::endAsWritten));
        getColumns().add(column("Status", 95, r -> capitalised(r.milestone().status().name())));
        getColumns().add(column("%", 50, r -> r.milestone().percentComplete() + "%"));
        getColumns().add(column("Kind", 80, r -> capitalised(r.milestone().kind().name())));
        getColumns().add(leadA);
        getColumns().add(leadB);
        setPlaceholder(new Label("No milestones yet"));
        setRowFactory(t -> new TreeTableRow<>() {
            @Override
            protected void updateItem(Row row, boolean empty) {
                super.updateItem(row, empty);
                pseudoClassStateChanged(GROUP, !empty && row != null && row.isGroup());
            }
        });
    }

    /**
     * Shows the chart's rows: every swimlane header, and the items of each unfolded one. A folded swimlane keeps its
     * disclosure arrow although its items are not built.
     */
    public void show(RowModel rows, Roadmap roadmap, boolean inSecondLanguage) {
        RoadmapInfo info = roadmap.info();
        secondLanguage = inSecondLanguage;
        leadA.setText("Lead agency, " + orEmpty(info.partyA()));
        leadB.setText("Lead agency, " + orEmpty(info.partyB()));
        building = true;
        try {
            itemRows.clear();
            TreeItem<Row> root = new TreeItem<>();
            TreeItem<Row> lane = root;
            for (int i = 0; i < rows.rowCount(); i++) {
                ChartRow row = rows.row(i);
                if (row.isGroupHeader()) {
                    lane = groupItem(row.group());
                    root.getChildren().add(lane);
                } else {
                    TreeItem<Row> item = new TreeItem<>(new Row(row.group(), row.item()));
                    itemRows.put(row.item().id(), item);
                    (row.group() == null ? root : lane).getChildren().add(item);
                }
            }
            root.setExpanded(true);
            setRoot(root);
        } finally {
            building = false;
        }
    }

    /** The title in the roadmap's second language when the chart shows that language and the item has one. */
    private String titleOf(Milestone m) {
        return secondLanguage && m.titleAlt() != null && !m.titleAlt().isBlank() ? m.titleAlt() : m.title();
    }

    /** Called with a swimlane's key and {@code true} when the planner folds it here, {@code false} to unfold. */
    public void setOnGroupFolded(BiConsumer<String, Boolean> handler) {
        onGroupFolded = handler;
    }

    /** The tree row of an item, or {@code null} when it is folded away or unknown. */
    TreeItem<Row> rowOf(UUID itemId) {
        return itemRows.get(itemId);
    }

    /** True while {@link #show} replaces the rows: selection changes then are the table's own, not the planner's. */
    boolean isRebuilding() {
        return building;
    }

    /** Makes every row, and the column header, exactly as tall as the chart's. */
    void alignWith(double rowHeight, double chartHeaderHeight) {
        setFixedCellSize(rowHeight);
        headerHeight = chartHeaderHeight;
        requestLayout();
    }

    /** Scrolls so that content y (row i at i × row height) is at the top, as the chart is scrolled. */
    void scrollToPixel(double y) {
        pendingScrollY = y;
        requestLayout();
    }

    @Override
    protected void layoutChildren() {
        if (headerHeight > 0) {
            // The header row sizes itself to its labels; pin it so the first rows of table and chart line up.
            for (Node n : lookupAll(".column-header")) {
                ((Region) n).setPrefHeight(headerHeight);
                ((Region) n).setMinHeight(headerHeight);
            }
        }
        super.layoutChildren();
        if (!Double.isNaN(pendingScrollY) && lookup(".virtual-flow") instanceof VirtualFlow<?> flow
                && flow.getCellCount() == getExpandedItemCount() && getFixedCellSize() > 0) {
            double y = pendingScrollY;
            pendingScrollY = Double.NaN;
            int top = (int) Math.floor(y / getFixedCellSize());
            if (top < flow.getCellCount()) {
                flow.scrollToTop(top);
                flow.scrollPixels(y - top * getFixedCellSize());
            }
        }
    }

    private TreeItem<Row> groupItem(RowGroup g) {
        TreeItem<Row> item = new TreeItem<>(new Row(g, null)) {
            @Override
            public boolean isLeaf() {
                // Folded lanes have no item rows built, yet must offer to unfold.
                return g.itemCount() == 0;
            }
        };
        item.setExpanded(!g.collapsed());
        item.expandedProperty().addListener((o, was, expanded) -> {
            if (!building) {
                onGroupFolded.accept(g.key(), !expanded);
            }
        });
        return item;
    }

    private static TreeTableColumn<Row, String> column(String name, double width, Function<Row, String> value) {
        TreeTableColumn<Row, String> c = new TreeTableColumn<>(name);
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> {
            Row r = cell.getValue().getValue();
            return new ReadOnlyStringWrapper(r == null || r.isGroup() ? "" : value.apply(r));
        });
        return c;
    }

    private static String endAsWritten(Row r) {
        Milestone m = r.milestone();
        if (m.ongoing()) {
            return "continuous";
        }
        if (m.kind() != MilestoneKind.ACTIVITY && (m.end() == null || m.end().equals(m.start()))) {
            return "";
        }
        return m.finish().label();
    }

    private static String capitalised(String enumName) {
        String s = enumName.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
