package io.milepost.ui.editors;

import io.milepost.i18n.Messages;
import io.milepost.app.edit.Edit;
import io.milepost.model.Roadmap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * One kind of item of the roadmap (sectors, commissions, agreements) as a list on the left and the selected item's
 * form on the right, with Add and Delete under the list. Every committed field, add and delete is one named edit
 * through the window's {@link RoadmapEditing}, so it is in the file at once and in Edit → Undo; the list and the form
 * show the roadmap again after each change, undo and redo included. A read-only window shows the forms disabled.
 *
 * @param <T> the kind of item
 */
abstract class ListEditor<T> extends BorderPane {

    protected final RoadmapEditing model;
    protected final Fields fields = new Fields();
    private final ListView<T> list = new ListView<>();
    private final GridPane form = new GridPane();
    private int rows;
    private UUID selected;

    ListEditor(RoadmapEditing model, String addLabel, String emptyText) {
        this.model = model;
        list.setCellFactory(v -> new ListCell<>() {
            {
                // A long name (a commission's, an agreement's) wraps within the list rather than run past its edge:
                // the cell is as wide as the list, never as wide as its text.
                setWrapText(true);
                setPrefWidth(0);
            }

            /** The theme gives a list's cells one height: a wrapped name is as tall as its lines, all of them. */
            @Override
            protected double computePrefHeight(double width) {
                double themed = super.computePrefHeight(width);
                double room = width - snappedLeftInset() - snappedRightInset();
                if (getText() == null || room <= 0) {
                    return themed;
                }
                javafx.scene.text.Text lines = new javafx.scene.text.Text(getText());
                lines.setFont(getFont());
                lines.setWrappingWidth(room);
                return Math.max(themed, Math.ceil(lines.getLayoutBounds().getHeight() + snappedTopInset()
                        + snappedBottomInset()));
            }

            @Override
            protected void updateItem(T item, boolean isEmpty) {
                super.updateItem(item, isEmpty);
                setText(isEmpty || item == null ? null : labelOf(item));
            }
        });
        list.setPrefWidth(320);
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            selected = now == null ? null : idOf(now);
            showSelected();
        });
        Button add = new Button(addLabel);
        add.setOnAction(e -> {
            Roadmap r = model.roadmapProperty().get();
            if (r != null) {
                T item = newItem(r);
                selected = idOf(item);
                model.apply(addEdit(r, item));
            }
        });
        Button delete = new Button(Messages.text("menu.delete").replace("_", ""));
        delete.setOnAction(e -> current().ifPresent(item -> {
            Roadmap r = model.roadmapProperty().get();
            String refusal = whyNotDelete(r, item);
            if (refusal != null) {
                fields.refuse(refusal); // in this window, where the planner is looking
                model.say(refusal);
            } else {
                model.apply(deleteEdit(r, item));
            }
        }));
        delete.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        add.disableProperty().bind(model.readOnlyProperty());
        HBox buttons = new HBox(6, add, delete);
        buttons.setPadding(new Insets(6, 0, 0, 0));
        BorderPane left = new BorderPane(list, null, null, buttons, null);
        left.setPadding(new Insets(8));
        form.setHgap(8);
        form.setVgap(6);
        form.setPadding(new Insets(10));
        form.disableProperty().bind(model.readOnlyProperty());
        list.setPlaceholder(new Label(emptyText));
        setLeft(left);
        ScrollPane scroll = new ScrollPane(form);
        scroll.setFitToWidth(true);
        setCenter(scroll);
        setBottom(problemLine(fields));
        model.roadmapProperty().addListener((o, was, now) -> refresh());
        RoadmapEditor.whenWindowOpens(this, this::refresh);
    }

    /** The reason the last input was refused, in words, under the form. */
    static Label problemLine(Fields fields) {
        Label problem = new Label();
        problem.getStyleClass().add("field-reason");
        problem.setWrapText(true);
        problem.setPadding(new Insets(4, 10, 8, 10));
        problem.textProperty().bind(fields.problemProperty());
        problem.visibleProperty().bind(fields.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        return problem;
    }

    abstract List<T> items(Roadmap r);

    abstract UUID idOf(T item);

    abstract String labelOf(T item);

    /** A new item with sensible defaults, for Add. */
    abstract T newItem(Roadmap r);

    abstract Edit addEdit(Roadmap r, T item);

    abstract Edit deleteEdit(Roadmap r, T item);

    /** Why the item cannot be deleted as things stand, or {@code null} when it can. */
    String whyNotDelete(Roadmap r, T item) {
        return null;
    }

    /** Puts the item's values into the form's fields. */
    abstract void fill(Roadmap r, T item);

    /** Adds a labelled field to the form, in order. */
    protected final <N extends Node> N row(String label, N field) {
        Label l = new Label(label);
        l.setLabelFor(field);
        l.setMinWidth(200);
        form.add(l, 0, rows);
        form.add(field, 1, rows++);
        GridPane.setHgrow(field, Priority.ALWAYS);
        return field;
    }

    /** The item selected, as the roadmap holds it now. */
    protected final Optional<T> current() {
        Roadmap r = model.roadmapProperty().get();
        if (r == null || selected == null) {
            return Optional.empty();
        }
        return items(r).stream().filter(i -> idOf(i).equals(selected)).findFirst();
    }

    /** Applies an edit of the selected item, unless it changes nothing. */
    protected final void change(T before, T after, Edit edit) {
        if (!Objects.equals(before, after)) {
            model.apply(edit);
        }
    }

    void select(UUID id) {
        selected = id;
        refresh();
    }

    final void refresh() {
        Roadmap r = model.roadmapProperty().get();
        UUID keep = selected;
        List<T> items = r == null ? List.of() : items(r);
        list.getItems().setAll(items);
        items.stream().filter(i -> idOf(i).equals(keep)).findFirst()
                .ifPresentOrElse(i -> list.getSelectionModel().select(i), () -> list.getSelectionModel().clearSelection());
        selected = keep != null && items.stream().anyMatch(i -> idOf(i).equals(keep)) ? keep : null;
        showSelected();
    }

    private void showSelected() {
        Optional<T> item = current();
        form.setVisible(item.isPresent());
        item.ifPresent(i -> fields.filling(() -> fill(model.roadmapProperty().get(), i)));
    }
}
