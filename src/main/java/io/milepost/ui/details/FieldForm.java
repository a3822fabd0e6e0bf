package io.milepost.ui.details;

import io.milepost.app.edit.Outcome;
import io.milepost.model.Milestone;
import io.milepost.model.Roadmap;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;

/**
 * The text fields of an item's form and how they commit: Enter (Ctrl+Enter in a text area) or focus leaving makes
 * the field's edit, once; while the text is not acceptable the field is decorated and the reason is written under
 * it, and nothing is written to the file. Escape takes the typing back: the field shows what the item holds, with no
 * reason. A field the planner is typing in is committed before the form shows another item, so moving on never loses
 * what was typed.
 */
final class FieldForm {

    private final ValidationSupport validation = new ValidationSupport();
    private final Supplier<Roadmap> roadmap;
    private final Supplier<UUID> shown;
    private final Consumer<Outcome> make;
    private final List<Field> fields = new ArrayList<>();
    private boolean filling;

    /** One text field, the edit its text makes, and where its reason is written. */
    private record Field(TextInputControl control, Label reason, FieldEditor editor, Function<Milestone, String> value) {
    }

    FieldForm(Supplier<Roadmap> roadmap, Supplier<UUID> shown, Consumer<Outcome> make) {
        this.roadmap = roadmap;
        this.shown = shown;
        this.make = make;
    }

    /** The field with its reason line under it, ready for a grid cell. */
    VBox add(TextInputControl control, String id, FieldEditor editor, Function<Milestone, String> value) {
        control.setId("detail-" + id);
        Label reason = new Label();
        reason.setId("reason-" + id);
        reason.getStyleClass().add("field-reason");
        reason.setWrapText(true);
        reason.managedProperty().bind(reason.textProperty().isNotEmpty());
        reason.visibleProperty().bind(reason.textProperty().isNotEmpty());
        Field field = new Field(control, reason, editor, value);
        fields.add(field);
        validation.registerValidator(control, false, (Control c, String text) -> {
            String why = problem(field, text).orElse("");
            reason.setText(why);
            return ValidationResult.fromErrorIf(c, why, !why.isEmpty());
        });
        if (control instanceof javafx.scene.control.TextField tf) {
            tf.setOnAction(e -> commit(field));
        } else if (control instanceof TextArea) {
            control.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
                if (e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
                    commit(field);
                    e.consume();
                }
            });
        }
        // Escape gives up what was typed: the field shows what the item holds again, and its reason goes.
        control.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && restore(field)) {
                e.consume();
            }
        });
        control.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                commit(field);
            }
        });
        // Text put into a field the planner is not typing in (a late suggestion, say) is its value too: a field she has
        // left never shows other than what is saved.
        control.textProperty().addListener((o, was, now) -> {
            if (!filling && !control.isFocused()) {
                commit(field);
            }
        });
        return new VBox(2, control, reason);
    }

    /** Shows the item's values in every field (none when {@code m} is null) without committing anything. */
    void fill(Milestone m) {
        filling = true;
        try {
            for (Field f : fields) {
                String v = m == null ? "" : f.value().apply(m);
                if (!v.equals(f.control().getText())) {
                    f.control().setText(v);
                }
                f.reason().setText("");
            }
        } finally {
            filling = false;
        }
        validation.revalidate();
    }

    /** Commits the field that has the focus, if its text differs from what the item holds. */
    void commitFocused() {
        for (Field f : fields) {
            if (f.control().isFocused()) {
                commit(f);
            }
        }
    }

    /** Commits that field now, if its text differs from what the item holds (a suggestion taken into it). */
    void commit(TextInputControl control) {
        fields.stream().filter(f -> f.control() == control).findFirst().ifPresent(this::commit);
    }

    /** The reason a field gives now, as written under it (empty when it has none). */
    Optional<String> reasonOf(TextInputControl control) {
        return fields.stream().filter(f -> f.control() == control).findFirst().map(f -> f.reason().getText())
                .filter(s -> !s.isEmpty());
    }

    /** Puts the item's value back in the field; false when there was nothing typed or said to take back. */
    private boolean restore(Field f) {
        Roadmap r = roadmap.get();
        Milestone m = r == null || shown.get() == null ? null : r.milestone(shown.get()).orElse(null);
        if (m == null) {
            return false;
        }
        String held = f.value().apply(m);
        if (held.equals(f.control().getText()) && f.reason().getText().isEmpty()) {
            return false;
        }
        filling = true;
        try {
            f.control().setText(held);
            f.reason().setText("");
        } finally {
            filling = false;
        }
        validation.revalidate(f.control());
        f.control().selectAll();
        return true;
    }

    private Optional<String> problem(Field f, String text) {
        if (filling || shown.get() == null || roadmap.get() == null) {
            return Optional.empty();
        }
        Outcome o = f.editor().edit(roadmap.get(), shown.get(), text);
        return o instanceof Outcome.Refuse r ? Optional.of(r.reason()) : Optional.empty();
    }

    private void commit(Field f) {
        if (filling || shown.get() == null || roadmap.get() == null || !f.control().isEditable()
                || f.control().isDisabled()) {
            return;
        }
        Outcome o = f.editor().edit(roadmap.get(), shown.get(), f.control().getText());
        if (o instanceof Outcome.Refuse r) {
            // Refused input stays in the field, with its reason, for the planner to mend; it is not a step.
            f.reason().setText(r.reason());
            return;
        }
        make.accept(o);
    }
}
