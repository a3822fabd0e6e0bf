package io.milepost.ui.share;

import io.milepost.app.merge.Side;
import io.milepost.i18n.Messages;
import io.milepost.ui.share.MergeViewModel.Group;
import io.milepost.ui.share.MergeViewModel.Row;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The change set of an import, before anything is written: conflicts first (both values side by side), then what the
 * file adds, changes (field by field, mine → theirs) and removes; each line with Mine / Theirs, a changed item's own
 * line picking for all its fields. Apply waits until every conflict has a side, or "Keep mine for the rest" gives the
 * open ones this document's. Built in a fixed order: parts, layout, bindings.
 */
final class MergeDialog {

    private final Stage stage = new Stage();
    private final MergeViewModel model;
    private final Set<Row> headings = new HashSet<>();
    private final TreeTableView<Row> table = new TreeTableView<>();

    /** @param onApply told when the planner applies the picks; the dialog has closed by then */
    MergeDialog(Window owner, String fileName, MergeViewModel model, Consumer<MergeViewModel> onApply) {
        this.model = model;
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(Messages.text("share.merge.title", fileName));

        Label heading = new Label(Messages.text("share.merge.heading", fileName));
        heading.setWrapText(true);
        heading.setId("merge-heading");
        table.setId("merge-changes");
        table.setShowRoot(false);
        table.setRoot(tree());
        table.setColumnResizePolicy(TreeTableView.CONSTRAINED_RESIZE_POLICY);
        table.getColumns().addAll(java.util.List.of(
                column(Messages.text("share.merge.column.item"), r -> headings.contains(r) ? r.label()
                        : r.kind() + " · " + r.label(), 300, true),
                column(Messages.text("share.merge.column.field"), Row::field, 150, false),
                column(Messages.text("share.merge.column.mine"), Row::mine, 330, false),
                column(Messages.text("share.merge.column.theirs"), Row::theirs, 330, false)));
        TreeTableColumn<Row, Row> take = new TreeTableColumn<>(Messages.text("share.merge.column.take"));
        take.setCellValueFactory(p -> new ReadOnlyObjectWrapper<>(p.getValue().getValue()));
        take.setCellFactory(c -> new PickCell());
        take.setPrefWidth(150);
        take.setMinWidth(150);
        table.getColumns().add(take);
        table.setRowFactory(t -> new TreeTableRow<>() {
            @Override
            protected void updateItem(Row row, boolean empty) {
                super.updateItem(row, empty);
                // Headings stand out; a conflict still to settle is tinted until it has a side.
                boolean heading = !empty && headings.contains(row);
                boolean open = !empty && row != null && !heading && row.isConflict() && row.pick() == null;
                setStyle(heading ? "-fx-font-weight: bold;" : open ? "-fx-background-color: -color-warning-muted;" : "");
            }
        });
        Label summary = new Label();
        summary.setId("merge-summary");
        Button keepMine = new Button(Messages.text("share.merge.keepMine"));
        keepMine.setId("merge-keep-mine");
        Button cancel = new Button(Messages.text("share.merge.cancel"));
        cancel.setId("merge-cancel");
        cancel.setCancelButton(true);
        Button apply = new Button(Messages.text("share.merge.apply"));
        apply.setId("merge-apply");
        apply.setDefaultButton(true);

        VBox top = new VBox(8, heading);
        if (!model.notes().isEmpty()) {
            ListView<String> notes = new ListView<>(FXCollections.observableArrayList(model.notes()));
            notes.setId("merge-notes");
            notes.setPrefHeight(Math.min(110, 30 + 24 * model.notes().size()));
            top.getChildren().add(notes);
        }
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bottom = new HBox(10, summary, gap, keepMine, cancel, apply);
        bottom.setAlignment(Pos.CENTER_LEFT);
        BorderPane root = new BorderPane(table, top, null, bottom, null);
        BorderPane.setMargin(table, new Insets(8, 0, 8, 0));
        root.setPadding(new Insets(12));
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        stage.setScene(new Scene(root, Math.min(1400, screen.getWidth() - 60), Math.min(680, screen.getHeight() - 60)));

        summary.textProperty().bind(model.summaryProperty());
        keepMine.disableProperty().bind(model.unresolvedProperty().isEqualTo(0));
        apply.disableProperty().bind(model.canApplyProperty().not());
        keepMine.setOnAction(e -> {
            model.keepMineForTheRest();
            table.refresh();
        });
        cancel.setOnAction(e -> stage.close());
        apply.setOnAction(e -> {
            stage.close();
            onApply.accept(model);
        });
    }

    void show() {
        stage.show();
    }

    void close() {
        stage.close();
    }

    private TreeItem<Row> tree() {
        TreeItem<Row> root = new TreeItem<>();
        for (Group g : Group.values()) {
            if (model.rows(g).isEmpty()) {
                continue;
            }
            Row title = new Row(g, null, "", Messages.text("share.merge.group." + g.name(), model.rows(g).size()), "",
                    "", "");
            headings.add(title);
            TreeItem<Row> section = new TreeItem<>(title);
            section.setExpanded(true);
            for (Row r : model.rows(g)) {
                TreeItem<Row> item = new TreeItem<>(r);
                r.fields().forEach(f -> item.getChildren().add(new TreeItem<>(f)));
                item.setExpanded(true);
                section.getChildren().add(item);
            }
            root.getChildren().add(section);
        }
        return root;
    }

    /**
     * A column of text; a field's line under its changed item leaves the item's name to that line, and a value cut
     * to fit shows whole in its tooltip.
     */
    private TreeTableColumn<Row, String> column(String title, java.util.function.Function<Row, String> text,
                                                double width, boolean itemColumn) {
        TreeTableColumn<Row, String> c = new TreeTableColumn<>(title);
        c.setCellValueFactory(p -> {
            Row row = p.getValue().getValue();
            TreeItem<Row> parent = p.getValue().getParent();
            boolean underItem = parent != null && parent.getValue() != null && !headings.contains(parent.getValue());
            return new ReadOnlyStringWrapper(row == null || itemColumn && underItem ? "" : text.apply(row));
        });
        c.setCellFactory(col -> new TreeTableCell<>() {
            private final Tooltip whole = new Tooltip();

            @Override
            protected void updateItem(String value, boolean empty) {
                super.updateItem(value, empty);
                setText(empty ? null : value);
                whole.setText(value);
                setTooltip(empty || value == null || value.isEmpty() ? null : whole);
            }
        });
        c.setPrefWidth(width);
        return c;
    }

    /** Mine / Theirs for one line, following its pick (a changed item's follows its fields). */
    private final class PickCell extends TreeTableCell<Row, Row> {
        private final ToggleButton mine = new ToggleButton(Messages.text("share.merge.mine"));
        private final ToggleButton theirs = new ToggleButton(Messages.text("share.merge.theirs"));
        private final HBox box = new HBox(4, mine, theirs);
        private final ChangeListener<Side> follow = (o, was, now) -> showPick(now);
        private Row bound;

        PickCell() {
            ToggleGroup group = new ToggleGroup();
            mine.setToggleGroup(group);
            theirs.setToggleGroup(group);
            mine.getStyleClass().add("pick-mine");
            theirs.getStyleClass().add("pick-theirs");
            mine.setOnAction(e -> pick(Side.OURS));
            theirs.setOnAction(e -> pick(Side.THEIRS));
        }

        private void pick(Side side) {
            if (bound != null) {
                model.pick(bound, side);
                showPick(bound.pick());
                table.refresh(); // an item's line and its fields' lines follow each other
            }
        }

        private void showPick(Side side) {
            mine.setSelected(side == Side.OURS);
            theirs.setSelected(side == Side.THEIRS);
        }

        @Override
        protected void updateItem(Row row, boolean empty) {
            super.updateItem(row, empty);
            if (bound != null) {
                bound.pickProperty().removeListener(follow);
                bound = null;
            }
            if (empty || row == null || headings.contains(row)) {
                setGraphic(null);
                return;
            }
            bound = row;
            row.pickProperty().addListener(follow);
            showPick(row.pick());
            setGraphic(box);
        }
    }
}
