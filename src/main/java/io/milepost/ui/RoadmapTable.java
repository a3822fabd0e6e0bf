package io.milepost.ui;

import io.milepost.chart.Language;
import io.milepost.i18n.Messages;
import io.milepost.chart.ChartRow;
import io.milepost.chart.RowGroup;
import io.milepost.chart.RowModel;
import io.milepost.chart.RowOrder;
import io.milepost.app.edit.MilestoneEdits;
import io.milepost.app.edit.Outcome;
import io.milepost.model.Milestone;
import io.milepost.model.Roadmap;
import io.milepost.model.RoadmapInfo;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTablePosition;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;

/**
 * The chart's rows as a table, beside the chart: the same swimlane headers and items in the same order and folding
 * (built from the chart's {@link RowModel}), each row as tall as a chart row and the column header as tall as the
 * chart's time header, so row i of the table sits level with row i of the chart. Dates are shown as the plan wrote
 * them. The table has no vertical scroll bar of its own: the chart's drives it (see {@link ChartTableSync}).
 */
public final class RoadmapTable extends TreeTableView<RoadmapTable.Row> {

    /**
     * A row of the table: a swimlane header or one of its items. What it shows can change in place: a tree item
     * whose value is replaced makes the table rebuild every visible cell (30 rows of 8 cells, styled anew, about 10 ms
     * a frame), while a cell listening to its row's {@link #milestoneProperty()} repaints alone.
     */
    public static final class Row {
        private final boolean group;
        private RowGroup lane;
        private Milestone item;
        // Made when a cell first listens: a table of 100,000 rows shows a few dozen, and two properties per row were
        // 200,000 objects to make (and collect) on every open.
        private ReadOnlyObjectWrapper<RowGroup> laneProperty;
        private ReadOnlyObjectWrapper<Milestone> itemProperty;

        Row(RowGroup group, Milestone milestone) {
            this.group = milestone == null;
            this.lane = group;
            this.item = milestone;
        }

        /** The swimlane header this row is, or the swimlane an item row is in ({@code null} when not grouped). */
        public RowGroup group() {
            return lane;
        }

        /** The item of an item row; {@code null} for a swimlane header. */
        public Milestone milestone() {
            return item;
        }

        public ReadOnlyObjectProperty<RowGroup> groupProperty() {
            if (laneProperty == null) {
                laneProperty = new ReadOnlyObjectWrapper<>(lane);
            }
            return laneProperty.getReadOnlyProperty();
        }

        public ReadOnlyObjectProperty<Milestone> milestoneProperty() {
            if (itemProperty == null) {
                itemProperty = new ReadOnlyObjectWrapper<>(item);
            }
            return itemProperty.getReadOnlyProperty();
        }

        boolean isGroup() {
            return group;
        }

        /** Shows what the chart's row now holds (the same header or item, changed). */
        void show(ChartRow row) {
            lane = row.group();
            item = row.item();
            if (laneProperty != null) {
                laneProperty.set(lane);
            }
            if (itemProperty != null) {
                itemProperty.set(item);
            }
        }
    }

    private static final PseudoClass GROUP = PseudoClass.getPseudoClass("group");

    private final TableColumns columns = new TableColumns(this::roadmap, this::make, this::refresh);
    private final TreeTableColumn<Row, String> leadA = columns.leadAgency(MilestoneEdits.Side.A);
    private final TreeTableColumn<Row, String> leadB = columns.leadAgency(MilestoneEdits.Side.B);
    private final Map<UUID, TreeItem<Row>> itemRows = new HashMap<>();
    /** The tree rows in the chart's row order, to patch them in place. */
    private final List<TreeItem<Row>> flat = new ArrayList<>();
    private BiConsumer<String, Boolean> onGroupFolded = (key, folded) -> { };
    private Consumer<Outcome> onEdit = o -> { };
    private Consumer<UUID> onOpen = id -> { };
    private Consumer<RowOrder> onOrder = order -> { };
    private Roadmap roadmap;
    private double headerHeight = -1;
    private double pinnedHeaderHeight = -1;
    private double pendingScrollY = Double.NaN;
    private boolean building;
    private boolean secondLanguage;
    private Font fittedFor;
    /** Whether the title column has given the start column its room (once: then the widths are the planner's). */
    private boolean titleGaveWay;

    public RoadmapTable() {
        getStyleClass().add("roadmap-table");
        setShowRoot(false);
        setRoot(new TreeItem<>());
        setColumnResizePolicy(TreeTableView.UNCONSTRAINED_RESIZE_POLICY);
        TreeTableColumn<Row, String> title = columns.title(m -> titleOf(m));
        // The swimlane header shows its name and count in the title column; its other cells stay empty.
        title.setCellValueFactory(c -> {
            Row r = c.getValue().getValue();
            return r == null ? new ReadOnlyStringWrapper("") : r.isGroup()
                    ? r.groupProperty().map(g -> g.label() + "  (" + g.itemCount() + ")")
                    : r.milestoneProperty().map(this::titleOf);
        });
        getColumns().add(sortsBy(title, RowOrder.Key.TITLE));
        getColumns().add(sortsBy(columns.start(), RowOrder.Key.START));
        getColumns().add(sortsBy(columns.end(), RowOrder.Key.END));
        getColumns().add(sortsBy(columns.status(), RowOrder.Key.STATUS));
        getColumns().add(sortsBy(columns.percent(), RowOrder.Key.PERCENT));
        getColumns().add(sortsBy(TableColumns.kind(), null));
        getColumns().add(sortsBy(leadA, RowOrder.Key.LEAD_A));
        getColumns().add(sortsBy(leadB, RowOrder.Key.LEAD_B));
        // A click on a heading sorts the chart's rows, within each group, and the table shows them as the chart
        // does: the two stay aligned row for row. Sorting the tree's own items would part them.
        setSortPolicy(t -> {
            if (!building) {
                onOrder.accept(orderOfHeadings());
            }
            return true;
        });
        // Columns moved or shown anew get new header nodes, to be pinned to the chart's header height again.
        getColumns().addListener((javafx.collections.ListChangeListener<TreeTableColumn<Row, ?>>) c ->
                pinnedHeaderHeight = -1);
        setPlaceholder(new Label(Messages.text("table.empty")));
        setRowFactory(t -> new TreeTableRow<>() {
            @Override
            protected void updateItem(Row row, boolean empty) {
                super.updateItem(row, empty);
                pseudoClassStateChanged(GROUP, !empty && row != null && row.isGroup());
            }
        });
        // A click on a cell of the selected row, or F2, edits it in place; a double-click or Enter opens the item
        // in the details pane, where every field is.
        addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                // The second press would start editing the cell; a double-click opens the pane instead.
                e.consume();
            }
        });
        addEventFilter(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && selectedItemId() != null) {
                e.consume();
                edit(-1, null);
                onOpen.accept(selectedItemId());
            }
        });
        addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (getEditingCell() != null || selectedItemId() == null) {
                return;
            }
            if (e.getCode() == KeyCode.ENTER) {
                e.consume();
                onOpen.accept(selectedItemId());
            } else if (e.getCode() == KeyCode.F2 && isEditable()) {
                e.consume();
                TreeTablePosition<Row, ?> at = getFocusModel().getFocusedCell();
                edit(getSelectionModel().getSelectedIndex(), at == null || at.getTableColumn() == null
                        ? getColumns().get(0) : at.getTableColumn());
            }
        });
    }

    /** Called with the order the headings ask for, each time a heading is clicked. */
    public void setOnOrder(Consumer<RowOrder> handler) {
        onOrder = handler;
    }

    /** Shows the headings' arrows for an order set elsewhere (the plan's order clears them). */
    public void showOrder(RowOrder order) {
        if (orderOfHeadings().equals(order)) {
            return;
        }
        getSortOrder().clear();
        for (TreeTableColumn<Row, ?> c : getColumns()) {
            if (c.getUserData() == order.key()) {
                c.setSortType(order.descending() ? TreeTableColumn.SortType.DESCENDING
                        : TreeTableColumn.SortType.ASCENDING);
                getSortOrder().add(c);
            }
        }
    }

    private RowOrder orderOfHeadings() {
        if (getSortOrder().isEmpty() || !(getSortOrder().get(0).getUserData() instanceof RowOrder.Key key)) {
            return RowOrder.PLAN;
        }
        return new RowOrder(key, getSortOrder().get(0).getSortType() == TreeTableColumn.SortType.DESCENDING);
    }

    private static <T> TreeTableColumn<Row, T> sortsBy(TreeTableColumn<Row, T> column, RowOrder.Key key) {
        column.setUserData(key);
        column.setSortable(key != null);
        return column;
    }

    /** Called with each edit made in a cell: the window makes it, or says why not. */
    public void setOnEdit(Consumer<Outcome> handler) {
        onEdit = handler;
    }

    /** Called with the item to open in the details pane (Enter, double-click). */
    public void setOnOpen(Consumer<UUID> handler) {
        onOpen = handler;
    }

    /** The item of the selected row, or {@code null} (none, or a swimlane header). */
    UUID selectedItemId() {
        TreeItem<Row> item = getSelectionModel().getSelectedItem();
        return item == null || item.getValue() == null || item.getValue().isGroup() ? null
                : item.getValue().milestone().id();
    }

    private Roadmap roadmap() {
        return roadmap;
    }

    private void make(Outcome o) {
        onEdit.accept(o);
    }

    /** The rows shown now, to tell the rows an edit touched from those it left as they were. */
    private RowModel shownRows;

    /**
     * Shows the chart's rows: every swimlane header, and the items of each unfolded one. A folded swimlane keeps its
     * disclosure arrow although its items are not built.
     */
    public void show(RowModel rows, Roadmap roadmap, boolean inSecondLanguage) {
        RoadmapInfo info = roadmap.info();
        this.roadmap = roadmap;
        boolean languageChanged = secondLanguage != inSecondLanguage;
        secondLanguage = inSecondLanguage;
        leadA.setText(Messages.text("table.leadOf", orEmpty(info.partyA())));
        leadB.setText(Messages.text("table.leadOf", orEmpty(info.partyB())));
        if (patch(rows)) {
            if (languageChanged) {
                refresh(); // the titles' cells read the language when they are made
            }
            return;
        }
        building = true;
        try {
            itemRows.clear();
            flat.clear();
            // Each lane's items are gathered first and given to it at once: a tree item tells its parents of every
            // child added, which for 100,000 items one by one costs more than making them.
            TreeItem<Row> root = new TreeItem<>();
            List<TreeItem<Row>> top = new ArrayList<>();
            TreeItem<Row> lane = null;
            List<TreeItem<Row>> laneItems = top;
            for (int i = 0; i < rows.rowCount(); i++) {
                ChartRow row = rows.row(i);
                if (row.isGroupHeader()) {
                    fill(lane, laneItems);
                    lane = groupItem(row.group());
                    laneItems = new ArrayList<>();
                    top.add(lane);
                    flat.add(lane);
                } else {
                    TreeItem<Row> item = new TreeItem<>(new Row(row.group(), row.item()));
                    itemRows.put(row.item().id(), item);
                    (row.group() == null ? top : laneItems).add(item);
                    flat.add(item);
                }
            }
            fill(lane, laneItems);
            root.getChildren().setAll(top);
            root.setExpanded(true);
            // A new root clears the headings' sort; the rows come sorted from the chart, so the arrows stay.
            List<TreeTableColumn<Row, ?>> sortedBy = new ArrayList<>(getSortOrder());
            setRoot(root);
            getSortOrder().setAll(sortedBy);
            shownRows = rows;
        } finally {
            building = false;
        }
        fittedFor = null;
        requestLayout();
    }

    /**
     * Shows new rows of the same shape (the same headers and items in the same order, folded the same way: an edit of
     * fields, not of the rows) by replacing the values of the rows that changed, and nothing else: an edit in a
     * roadmap of 100,000 items repaints a row instead of rebuilding every tree row.
     *
     * @return false when the shape changed, and the rows must be built anew
     */
    private boolean patch(RowModel rows) {
        if (flat.size() != rows.rowCount() || getRoot() == null) {
            return false;
        }
        RowModel before = shownRows;
        boolean comparable = before != null && before.rowCount() == rows.rowCount();
        for (int i = 0; i < flat.size(); i++) {
            ChartRow row = rows.row(i);
            if (comparable && before.row(i) == row) {
                continue; // the very row shown: rows patched by the chart keep every row an edit did not touch
            }
            Row shown = flat.get(i).getValue();
            if (row.isGroupHeader() != shown.isGroup()) {
                return false;
            }
            if (row.isGroupHeader() ? !row.group().key().equals(shown.group().key())
                    || row.group().collapsed() != shown.group().collapsed()
                    || (row.group().itemCount() == 0) != (shown.group().itemCount() == 0)
                    : !row.item().id().equals(shown.milestone().id())
                    || !sameKey(row.group(), shown.group())) {
                return false;
            }
        }
        building = true;
        try {
            for (int i = 0; i < flat.size(); i++) {
                ChartRow row = rows.row(i);
                if (comparable && before.row(i) == row) {
                    continue;
                }
                Row shown = flat.get(i).getValue();
                // A header shows its group's summary; an item row shows its item (its group only by key).
                boolean changed = row.isGroupHeader() ? !Objects.equals(row.group(), shown.group())
                        : row.item() != shown.milestone();
                if (changed) {
                    shown.show(row);
                }
            }
        } finally {
            building = false;
        }
        shownRows = rows;
        return true;
    }

    private static boolean sameKey(RowGroup a, RowGroup b) {
        return a == null ? b == null : b != null && a.key().equals(b.key());
    }

    /** The title in the roadmap's second language when the chart shows that language and the item has one. */
    private String titleOf(Milestone m) {
        return Language.of(secondLanguage).title(m);
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
        if (headerHeight > 0 && headerHeight != pinnedHeaderHeight) {
            // The header row sizes itself to its labels; pin it so the first rows of table and chart line up.
            // (Once: walking the table's nodes at every layout costs a frame a millisecond.)
            Set<Node> headers = lookupAll(".column-header");
            for (Node n : headers) {
                ((Region) n).setPrefHeight(headerHeight);
                ((Region) n).setMinHeight(headerHeight);
            }
            if (!headers.isEmpty()) {
                pinnedHeaderHeight = headerHeight;
            }
        }
        super.layoutChildren();
        if (fittedFor == null) {
            // The short columns fit their texts in the font an item's cells are drawn in, known once they are
            // styled (a swimlane header's cells are bold).
            Font font = itemCellFont();
            if (font != null) {
                fittedFor = font;
                ColumnFit.fit(this, font);
                if (!titleGaveWay) {
                    titleGaveWay = ColumnFit.leaveRoomForStart(this);
                }
            }
        }
        if (!Double.isNaN(pendingScrollY) && lookup(".virtual-flow") instanceof VirtualFlow<?> flow
                && flow.getCellCount() == getExpandedItemCount() && getFixedCellSize() > 0) {
            double y = pendingScrollY;
            pendingScrollY = Double.NaN;
            IndexedCell<?> first = flow.getFirstVisibleCell();
            if (first != null) {
                // Moved by the difference from where the flow stands: scrolled to its end, the flow ignored
                // scrollToTop and stayed at the bottom while the chart went back up.
                flow.scrollPixels(y - (first.getIndex() * getFixedCellSize() - first.getLayoutY()));
            } else {
                int top = (int) Math.floor(y / getFixedCellSize());
                if (top < flow.getCellCount()) {
                    flow.scrollToTop(top);
                    flow.scrollPixels(y - top * getFixedCellSize());
                }
            }
        }
    }

    private static void fill(TreeItem<Row> lane, List<TreeItem<Row>> items) {
        if (lane != null) {
            lane.getChildren().setAll(items);
        }
    }

    private Font itemCellFont() {
        for (Node n : lookupAll(".tree-table-cell")) {
            if (n instanceof TreeTableCell<?, ?> cell && cell.getTableRow() != null
                    && cell.getTableRow().getItem() instanceof Row r && !r.isGroup()) {
                return cell.getFont();
            }
        }
        return null;
    }

    private TreeItem<Row> groupItem(RowGroup g) {
        TreeItem<Row> item = new TreeItem<>(new Row(g, null)) {
            @Override
            public boolean isLeaf() {
                // Folded lanes have no item rows built, yet must offer to unfold.
                return getValue().group().itemCount() == 0;
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

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
