package io.milepost.ui.views;

import io.milepost.i18n.Messages;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;
import javafx.scene.control.Tooltip;

/**
 * The outline the three views share: headings with their lines below, in columns. A line that stands for a
 * milestone selects that milestone in the chart when it is selected here (by a click or the arrow keys), so every
 * view leads to the same item.
 */
final class ReportTree extends TreeTableView<ReportTree.Line> {

    /**
     * One line of the outline.
     *
     * @param cells  the texts of its columns, left to right
     * @param itemId the milestone it stands for, or {@code null}
     * @param kind   how it is drawn: a heading, a plain line, or one that warns (overdue)
     */
    record Line(List<String> cells, UUID itemId, Kind kind) {
        enum Kind { HEADING, PLAIN, WARNING }

        Line {
            cells = cells.stream().map(c -> c == null ? "" : c).toList();
        }

        static Line heading(String text) {
            return new Line(List.of(text), null, Kind.HEADING);
        }

        static Line of(UUID itemId, boolean warn, String... cells) {
            return new Line(Arrays.asList(cells), itemId, warn ? Kind.WARNING : Kind.PLAIN);
        }

        String cell(int i) {
            return i < cells.size() ? cells.get(i) : "";
        }
    }

    private static final PseudoClass HEADING = PseudoClass.getPseudoClass("heading");
    private static final PseudoClass WARNING = PseudoClass.getPseudoClass("warning");
    /** A cell's padding on both sides, beyond its text. */
    private static final double CELL_PADDING = 32;
    /** The width a column other than the first starts with, and the least a fitted one keeps. */
    private static final double COLUMN_WIDTH = 165;

    /** The columns that are as wide as their widest text, e.g. the dates ("12 янв. 2023 – 1-е полугодие 2025"). */
    private final java.util.Set<Integer> fittedColumns = new java.util.TreeSet<>();
    /** Whether the lines shown have changed since the fitted columns were last measured. */
    private boolean fitPending;

    /**
     * @param headers the column headers; the first column is the widest, it holds the outline
     * @param select  told the milestone of a line selected here
     */
    ReportTree(List<String> headers, Consumer<UUID> select) {
        getStyleClass().add("report-tree");
        setShowRoot(false);
        setRoot(new TreeItem<>());
        setPlaceholder(new Label(Messages.text("views.nothing")));
        setColumnResizePolicy(TreeTableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        for (int i = 0; i < headers.size(); i++) {
            int index = i;
            TreeTableColumn<Line, String> column = new TreeTableColumn<>(headers.get(i));
            column.setSortable(false);
            column.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                    c.getValue().getValue() == null ? "" : c.getValue().getValue().cell(index)));
            column.setPrefWidth(i == 0 ? 400 : COLUMN_WIDTH);
            getColumns().add(column);
        }
        setRowFactory(t -> new TreeTableRow<>() {
            @Override
            protected void updateItem(Line line, boolean empty) {
                super.updateItem(line, empty);
                pseudoClassStateChanged(HEADING, !empty && line != null && line.kind() == Line.Kind.HEADING);
                pseudoClassStateChanged(WARNING, !empty && line != null && line.kind() == Line.Kind.WARNING);
                // Decisions and titles are longer than any column: the whole line is a hover away.
                String whole = empty || line == null ? "" : String.join("\n", line.cells().stream()
                        .filter(c -> !c.isBlank()).toList());
                setTooltip(whole.isEmpty() ? null : new Tooltip(whole));
            }
        });
        getSelectionModel().selectedItemProperty().addListener((o, old, item) -> {
            if (item != null && item.getValue() != null && item.getValue().itemId() != null) {
                select.accept(item.getValue().itemId());
            }
        });
    }

    /** Replaces the outline; every heading opens. */
    void show(List<TreeItem<Line>> top) {
        getSelectionModel().clearSelection();
        getRoot().getChildren().setAll(top);
        fitPending = !fittedColumns.isEmpty();
        requestLayout();
    }

    /**
     * Makes a column as wide as the widest text it shows, its header's included, so none is cut to "…"; the last
     * column gives way. For short texts whose length is known only from the roadmap, such as dates as written.
     */
    void fitToTexts(int column) {
        fittedColumns.add(column);
        fitPending = true;
        requestLayout();
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        // Measured in the font the cells are drawn in, known once a cell is styled; headings are bold, so bold.
        if (fitPending && lookup(".tree-table-cell") instanceof javafx.scene.control.Labeled cell
                && cell.getFont() != null) {
            fitPending = false;
            javafx.scene.text.Font plain = cell.getFont();
            javafx.scene.text.Font bold = javafx.scene.text.Font.font(plain.getFamily(),
                    javafx.scene.text.FontWeight.BOLD, plain.getSize());
            for (int column : fittedColumns) {
                TreeTableColumn<Line, ?> c = getColumns().get(column);
                double widest = Math.max(COLUMN_WIDTH, Math.ceil(Math.max(width(bold, c.getText()),
                        widest(getRoot(), column, bold)) + CELL_PADDING));
                // Widened after this layout, not inside it: a width changed mid-layout reaches the header and not
                // yet the rows, which are then drawn out of line with it. At least that wide: the columns share the
                // view's width, and the others (titles, venues, decisions) are the ones to give way.
                javafx.application.Platform.runLater(() -> {
                    c.setMinWidth(widest);
                    c.setPrefWidth(widest);
                });
            }
        }
    }

    private static double widest(TreeItem<Line> item, int column, javafx.scene.text.Font font) {
        double w = item.getValue() == null ? 0 : width(font, item.getValue().cell(column));
        for (TreeItem<Line> child : item.getChildren()) {
            w = Math.max(w, widest(child, column, font));
        }
        return w;
    }

    private static double width(javafx.scene.text.Font font, String text) {
        javafx.scene.text.Text t = new javafx.scene.text.Text(text == null ? "" : text);
        t.setFont(font);
        return t.getLayoutBounds().getWidth();
    }

    static TreeItem<Line> node(Line line, List<TreeItem<Line>> children) {
        TreeItem<Line> item = new TreeItem<>(line);
        item.getChildren().setAll(children);
        item.setExpanded(true);
        return item;
    }

    static TreeItem<Line> leaf(Line line) {
        return new TreeItem<>(line);
    }
}
