package io.milepost.ui.details;

import javafx.util.StringConverter;
import io.milepost.i18n.Messages;
import io.milepost.app.edit.DependencyEdits;
import io.milepost.app.edit.Names;
import io.milepost.app.edit.Outcome;
import io.milepost.model.Dependency;
import io.milepost.model.DependencyType;
import io.milepost.model.Milestone;
import io.milepost.model.Roadmap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.control.textfield.TextFields;

/**
 * The items the shown item follows: one line per link with its type (FS, SS, FF, SF) and lag in days, each
 * changeable and removable, and a line to add another. A link that would make a loop is refused with the reason
 * written under the list.
 */
final class PredecessorsEditor extends VBox {

    private final Supplier<Roadmap> roadmap;
    private final Supplier<UUID> shown;
    private final Consumer<Outcome> make;
    private final VBox links = new VBox(4);
    private final TextField predecessor = new TextField();
    private final ChoiceBox<DependencyType> type = new ChoiceBox<>();
    private final TextField lag = new TextField("0");
    private final Label reason = new Label();
    /** FS, SS, FF, SF as the window's language abbreviates them (in Russian ОН, НН, ОО, НО). */
    private static final StringConverter<DependencyType> DEPENDENCY_NAMES = new StringConverter<>() {
        @Override
        public String toString(DependencyType t) {
            return t == null ? "" : Messages.ui().of("dependency", t);
        }

        @Override
        public DependencyType fromString(String s) {
            return null; // chosen, never typed
        }
    };

    PredecessorsEditor(Supplier<Roadmap> roadmap, Supplier<UUID> shown, Consumer<Outcome> make) {
        super(4);
        this.roadmap = roadmap;
        this.shown = shown;
        this.make = make;
        setId("predecessors");
        predecessor.setId("add-predecessor-item");
        predecessor.setPromptText(Messages.text("details.follows.prompt"));
        // Found by typing a part of its title: a roadmap has too many items for a list to scroll through.
        TextFields.bindAutoCompletion(predecessor, request -> {
            Roadmap r = roadmap.get();
            String typed = request.getUserText().strip().toLowerCase(Locale.ROOT);
            if (r == null || typed.isEmpty()) {
                return List.<String>of();
            }
            return r.milestones().stream().filter(m -> !m.id().equals(shown.get()))
                    .map(Milestone::title).filter(t -> t.toLowerCase(Locale.ROOT).contains(typed))
                    .sorted(String.CASE_INSENSITIVE_ORDER).limit(20).toList();
        });
        predecessor.setOnAction(e -> add());
        predecessor.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(predecessor, Priority.ALWAYS);
        type.getItems().setAll(DependencyType.values());
        type.setValue(DependencyType.FS);
        type.setId("add-predecessor-type");
        type.setTooltip(new Tooltip(Messages.text("details.follows.types")));
        type.setConverter(DEPENDENCY_NAMES);
        lag.setId("add-predecessor-lag");
        lag.setPrefColumnCount(3);
        lag.setTooltip(new Tooltip(Messages.text("details.follows.lag")));
        Button add = new Button(Messages.text("details.follows.add"));
        add.setId("add-predecessor");
        add.setOnAction(e -> add());
        HBox adding = new HBox(4, predecessor, type, lag, add);
        adding.setAlignment(Pos.CENTER_LEFT);
        reason.setId("reason-predecessor");
        reason.getStyleClass().add("field-reason");
        reason.setWrapText(true);
        reason.managedProperty().bind(reason.textProperty().isNotEmpty());
        reason.visibleProperty().bind(reason.textProperty().isNotEmpty());
        getChildren().addAll(links, adding, reason);
    }

    void show(Roadmap r, UUID itemId) {
        links.getChildren().clear();
        reason.setText("");
        if (r == null || itemId == null) {
            return;
        }
        for (Dependency d : DependencyEdits.predecessorsOf(r, itemId)) {
            links.getChildren().add(line(r, d));
        }
        predecessor.clear();
    }

    private HBox line(Roadmap r, Dependency d) {
        Label name = new Label(r.milestone(d.predecessorId()).map(Names::title).orElse("?"));
        name.setMaxWidth(Double.MAX_VALUE);
        name.setWrapText(true);
        HBox.setHgrow(name, Priority.ALWAYS);
        ChoiceBox<DependencyType> t = new ChoiceBox<>();
        t.getItems().setAll(DependencyType.values());
        t.setConverter(DEPENDENCY_NAMES);
        t.setValue(d.type());
        TextField days = new TextField(Integer.toString(d.lagDays()));
        days.setPrefColumnCount(3);
        Runnable change = () -> lagDays(days.getText()).ifPresentOrElse(
                v -> make(DependencyEdits.change(roadmap.get(), d.id(), t.getValue(), v)),
                () -> reason.setText(Messages.text("details.follows.notDays", days.getText())));
        t.valueProperty().addListener((o, old, v) -> change.run());
        days.setOnAction(e -> change.run());
        days.focusedProperty().addListener((o, was, now) -> {
            if (!now && days.getScene() != null) {
                change.run();
            }
        });
        Button remove = new Button(Messages.text("details.follows.remove"));
        remove.getStyleClass().add("remove-predecessor");
        remove.setOnAction(e -> make(DependencyEdits.remove(roadmap.get(), d.id())));
        HBox line = new HBox(4, name, t, days, remove);
        line.setAlignment(Pos.CENTER_LEFT);
        line.getStyleClass().add("predecessor-line");
        return line;
    }

    private void add() {
        Roadmap r = roadmap.get();
        if (r == null || shown.get() == null) {
            return;
        }
        Optional<Milestone> from = named(r, predecessor.getText());
        if (from.isEmpty()) {
            reason.setText(predecessor.getText().isBlank() ? Messages.text("details.follows.typeTitle")
                    : Messages.text("details.follows.noSuchItem", predecessor.getText().strip()));
            return;
        }
        lagDays(lag.getText()).ifPresentOrElse(
                v -> make(DependencyEdits.add(r, from.get().id(), shown.get(), type.getValue(), v)),
                () -> reason.setText(Messages.text("details.follows.notDays", lag.getText())));
    }

    /** The item of that title, or the one item whose title contains the text. */
    private Optional<Milestone> named(Roadmap r, String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (t.isEmpty()) {
            return Optional.empty();
        }
        List<Milestone> exact = r.milestones().stream().filter(m -> m.title().strip().toLowerCase(Locale.ROOT)
                .equals(t)).toList();
        if (exact.size() == 1) {
            return Optional.of(exact.get(0));
        }
        List<Milestone> partial = r.milestones().stream().filter(m -> !m.id().equals(shown.get())
                && m.title().toLowerCase(Locale.ROOT).contains(t)).toList();
        return partial.size() == 1 ? Optional.of(partial.get(0)) : Optional.empty();
    }

    private void make(Outcome o) {
        if (o instanceof Outcome.Refuse r) {
            reason.setText(r.reason());
        } else {
            make.accept(o);
        }
    }

    private static Optional<Integer> lagDays(String text) {
        try {
            return Optional.of(Integer.parseInt(text.strip().replace("+", "")));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
