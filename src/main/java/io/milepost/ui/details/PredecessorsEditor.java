package io.milepost.ui.details;

import javafx.util.StringConverter;
import io.milepost.i18n.Messages;
import io.milepost.app.edit.DependencyEdits;
import io.milepost.app.edit.Outcome;
import io.milepost.model.Dependency;
import io.milepost.model.DependencyType;
import io.milepost.model.Milestone;
import io.milepost.model.Problem;
import io.milepost.model.Roadmap;
import io.milepost.model.ScheduleCheck;
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
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.control.textfield.TextFields;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The items the shown item follows: one entry per link, the item's title and Remove, and under them the link's type
 * (FS, SS, FF, SF) and lag in days, each changeable; then the same to add another. Every control keeps its whole word
 * at the pane's width, in either language. A link whose dates are not kept (the item starts before the one it follows
 * finishes, say) stays, with a warning under it; a link that would make a loop is refused with the reason written
 * under the list.
 */
final class PredecessorsEditor extends VBox {

    private final Supplier<Roadmap> roadmap;
    private final Supplier<UUID> shown;
    private final Consumer<Outcome> make;
    private final VBox links = new VBox(4);
    private final TextField predecessor = new TextField();
    private final ChoiceBox<DependencyType> type = new ChoiceBox<>();
    private final TextField lag = new TextField();
    /** The item the adding row was last shown for. */
    private UUID lastShown;
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
        // A short prompt that fits beside Add; how to find the item is in the tooltip.
        predecessor.setPromptText(Messages.text("details.follows.prompt"));
        predecessor.setTooltip(new Tooltip(Messages.text("details.follows.prompt.tip")));
        WholePrompt.keep(predecessor);
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
        dress(type);
        type.setValue(DependencyType.FS);
        type.setId("add-predecessor-type");
        dress(lag);
        lag.setId("add-predecessor-lag");
        Button add = button(Messages.text("details.follows.add"));
        add.setId("add-predecessor");
        add.setOnAction(e -> add());
        VBox adding = new VBox(4, withButton(predecessor, add), controls(type, lag));
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
        if (!java.util.Objects.equals(itemId, lastShown)) {
            // A lag or type chosen for one item is not offered for the next: its next Add would take it unseen.
            lag.clear();
            type.setValue(DependencyType.FS);
            lastShown = itemId;
        }
        if (r == null || itemId == null) {
            return;
        }
        for (Dependency d : DependencyEdits.predecessorsOf(r, itemId)) {
            links.getChildren().add(line(r, d));
        }
        // The links to the items that follow this one are not listed here, but dates changed here may break them:
        // each broken one is said too, as the check names it.
        for (Dependency d : r.dependencies()) {
            if (d.predecessorId().equals(itemId)) {
                ScheduleCheck.warning(r, d).ifPresent(p -> links.getChildren().add(warning(p)));
            }
        }
        predecessor.clear();
    }

    /** A link: the item followed and Remove, then under them its type and lag, each readable whole. */
    private VBox line(Roadmap r, Dependency d) {
        // The whole title, wrapped: a title cut short ("…") leaves the planner guessing which item it is.
        Label name = new Label(r.milestone(d.predecessorId()).map(Milestone::title).orElse("?"));
        name.getStyleClass().add("predecessor-name");
        name.setMaxWidth(Double.MAX_VALUE);
        name.setWrapText(true);
        ChoiceBox<DependencyType> t = new ChoiceBox<>();
        dress(t);
        t.setValue(d.type());
        TextField days = new TextField(d.lagDays() > 0 ? "+" + d.lagDays() : Integer.toString(d.lagDays()));
        dress(days);
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
        Button remove = button(Messages.text("details.follows.remove"));
        remove.getStyleClass().add("remove-predecessor");
        remove.setOnAction(e -> make(DependencyEdits.remove(roadmap.get(), d.id())));
        VBox line = new VBox(2, withButton(name, remove), controls(t, days));
        line.getStyleClass().add("predecessor-line");
        // Kept, as the planner may mean to mend the dates later, but never silently: `milepost check` reports it too.
        ScheduleCheck.warning(r, d).ifPresent(p -> line.getChildren().add(warning(p)));
        return line;
    }

    /** A link the dates do not keep, said in the window's language by the roadmap's schedule check. */
    private static Label warning(Problem problem) {
        FontIcon sign = new FontIcon("mdi2a-alert-outline");
        sign.getStyleClass().add("link-warning-icon");
        Label w = new Label(problem.message(), sign);
        w.getStyleClass().add("link-warning");
        w.setWrapText(true);
        w.setMaxWidth(Double.MAX_VALUE);
        return w;
    }

    /** The item followed (or the field naming it), taking the room its button leaves. */
    private static HBox withButton(Region item, Button button) {
        HBox.setHgrow(item, Priority.ALWAYS);
        HBox row = new HBox(4, item, button);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    /** A link's type and lag, side by side. */
    private static HBox controls(ChoiceBox<DependencyType> type, TextField lag) {
        HBox row = new HBox(4, type, lag);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private static void dress(ChoiceBox<DependencyType> type) {
        type.getItems().setAll(DependencyType.values());
        type.setConverter(DEPENDENCY_NAMES);
        type.setTooltip(new Tooltip(Messages.text("details.follows.types")));
        type.setMinWidth(Region.USE_PREF_SIZE);
    }

    /** A lag field wide enough for "+30" and for its prompt in either language; squeezed, it showed neither. */
    private static void dress(TextField lag) {
        lag.setPromptText(Messages.text("details.follows.lag.prompt"));
        lag.setTooltip(new Tooltip(Messages.text("details.follows.lag")));
        lag.setPrefColumnCount(4);
        WholePrompt.keep(lag);
        lag.getStyleClass().add("lag-field");
    }

    /** A button that keeps its whole word: in a narrow pane it showed only "…". */
    private static Button button(String text) {
        Button b = new Button(text);
        b.setMinWidth(Region.USE_PREF_SIZE);
        return b;
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

    /** The lag typed, in days; an empty field is no lag. */
    private static Optional<Integer> lagDays(String text) {
        if (text == null || text.isBlank()) {
            return Optional.of(0);
        }
        try {
            return Optional.of(Integer.parseInt(text.strip().replace("+", "")));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
