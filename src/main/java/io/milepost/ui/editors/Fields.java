package io.milepost.ui.editors;

import io.milepost.i18n.DateWords;
import io.milepost.i18n.Messages;
import io.milepost.model.DatePrecision;
import io.milepost.model.PlanDate;
import io.milepost.model.WrittenDates;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.util.StringConverter;
import org.controlsfx.validation.Severity;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.Validator;

/**
 * The fields of the editors, each committing its value once the planner is done with it (Enter, or leaving the
 * field), never on every key: one committed field is one step of undo. A field with a rule shows the reason at the
 * field (ControlsFX decorations) and commits nothing while the rule is broken, so invalid input never reaches the
 * file.
 */
final class Fields {

    private final ValidationSupport validation = new ValidationSupport();
    /** The reason the field last found wrong, for the form to show in words beside its decorations. */
    private final javafx.beans.property.StringProperty problem = new javafx.beans.property.SimpleStringProperty("");
    /** True while a form is being filled from the roadmap: what changes then is not the planner's input. */
    private boolean filling;

    Fields() {
        validation.setErrorDecorationEnabled(true);
    }

    /** The reason each field is wrong now, in the order they went wrong: the line under the form shows the last. */
    private final java.util.Map<javafx.scene.control.Control, String> reasons = new java.util.LinkedHashMap<>();

    void filling(Runnable fill) {
        filling = true;
        try {
            fill.run();
        } finally {
            filling = false;
        }
    }

    /** A one-line text; {@code null} for blank unless {@code required}, whose blank is refused with a reason. */
    TextField text(String what, boolean required, Consumer<String> commit) {
        TextField f = new TextField();
        if (required) {
            validation.registerValidator(f, false, Validator.createEmptyValidator(Messages.text("editor.empty", what)));
        }
        committing(f, () -> {
            String v = blankToNull(f.getText());
            if (v == null && required) {
                return;
            }
            commit.accept(v);
        });
        return f;
    }

    TextArea area(Consumer<String> commit) {
        TextArea a = new TextArea();
        a.setWrapText(true);
        a.setPrefRowCount(3);
        a.focusedProperty().addListener((o, was, now) -> {
            if (!now && !filling) {
                commit.accept(blankToNull(a.getText()));
            }
        });
        return a;
    }

    /** A text with a rule: {@code problem} says what is wrong with a value, or {@code null} when it is right. */
    TextField checked(Function<String, String> problem, Consumer<String> commit) {
        TextField f = new TextField();
        validation.registerValidator(f, false, (control, value) -> {
            String p = problem.apply(value == null ? "" : value.toString());
            mark(f, p);
            return ValidationResult.fromMessageIf(control, p == null ? "" : p, Severity.ERROR, p != null);
        });
        committing(f, () -> {
            if (problem.apply(f.getText()) == null) {
                commit.accept(blankToNull(f.getText()));
            }
        });
        return f;
    }

    <E> ChoiceBox<E> choice(List<E> values, Function<E, String> label, Consumer<E> commit) {
        ChoiceBox<E> box = new ChoiceBox<>();
        box.getItems().setAll(values);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(E e) {
                return e == null ? "—" : label.apply(e);
            }

            @Override
            public E fromString(String s) {
                return null;
            }
        });
        box.valueProperty().addListener((o, was, now) -> {
            if (!filling && now != null && !now.equals(was)) {
                commit.accept(now);
            }
        });
        return box;
    }

    /**
     * A day, shown as the window writes days ("11 Apr 2025", "11 апр. 2025") and typed back in that form, ISO
     * (2025-04-11) or dotted (11.04.2025), or picked; {@code optional} days may be cleared.
     */
    DatePicker day(boolean optional, Predicate<LocalDate> allowed, String rule, Consumer<LocalDate> commit) {
        DatePicker picker = new DatePicker();
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate d) {
                return d == null ? "" : DateWords.ui().day(d);
            }

            @Override
            public LocalDate fromString(String s) {
                if (s == null || s.isBlank()) {
                    return optional ? null : picker.getValue();
                }
                // Not a day: the field says why, and the value stays as it was.
                return typedDay(s).orElse(picker.getValue());
            }
        });
        validation.registerValidator(picker.getEditor(), false, (control, value) -> {
            String problem = dayProblem(value == null ? "" : value.toString(), optional, allowed, rule);
            mark(picker, problem);
            return ValidationResult.fromMessageIf(control, problem == null ? "" : problem, Severity.ERROR,
                    problem != null);
        });
        Runnable commitTyped = () -> {
            String text = picker.getEditor().getText();
            if (!filling && dayProblem(text, optional, allowed, rule) == null) {
                LocalDate d = text.isBlank() ? null : typedDay(text).orElseThrow();
                commit.accept(d);
            }
        };
        picker.getEditor().setOnAction(e -> commitTyped.run());
        picker.getEditor().focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                commitTyped.run();
            }
        });
        picker.valueProperty().addListener((o, was, now) -> {
            if (!filling && (now == null ? optional : allowed.test(now))) {
                commit.accept(now);
            }
        });
        return picker;
    }

    /** Besides the decoration: the field's own style says it is wrong, and its tooltip says why. */
    static final String INVALID = "field-invalid";

    private void mark(javafx.scene.control.Control field, String reason) {
        field.getStyleClass().remove(INVALID);
        // A field nobody has typed in yet (an empty form before anything is chosen, a form just filled from the
        // roadmap) has no reason to give: the reason is for the planner's own input.
        boolean input = !filling && (field.isFocused() || reasons.containsKey(field));
        if (reason != null && input) {
            field.getStyleClass().add(INVALID);
            field.setTooltip(new javafx.scene.control.Tooltip(reason));
            reasons.remove(field);
            reasons.put(field, reason);
        } else {
            field.setTooltip(null);
            reasons.remove(field);
        }
        String last = null;
        for (String r : reasons.values()) {
            last = r;
        }
        problem.set(last == null ? "" : last);
    }

    /** Why the last field found wrong is wrong ("'green' is not a colour: …"), or empty. */
    javafx.beans.property.ReadOnlyStringProperty problemProperty() {
        return problem;
    }

    /** Says, in the form, why a change was not made (a refusal that belongs to no one field). */
    void refuse(String reason) {
        problem.set(reason == null ? "" : reason);
    }

    private static String dayProblem(String text, boolean optional, Predicate<LocalDate> allowed, String rule) {
        if (text.isBlank()) {
            return optional ? null : Messages.text("editor.dayNeeded.written", example());
        }
        java.util.Optional<LocalDate> day = typedDay(text);
        if (day.isEmpty()) {
            return Messages.text("editor.notADay.written", text.strip(), example());
        }
        return allowed.test(day.get()) ? null : rule;
    }

    /** A day as typed in any form the window reads; a month, quarter or year is not a day. */
    private static java.util.Optional<LocalDate> typedDay(String text) {
        try {
            PlanDate d = WrittenDates.parse(text.strip());
            return d.precision() == DatePrecision.DAY ? java.util.Optional.of(d.firstDay()) : java.util.Optional.empty();
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }

    /** A day as the window writes it, for the reasons to show how one is typed. */
    private static String example() {
        return DateWords.ui().day(LocalDate.of(2025, 4, 11));
    }

    private void committing(TextInputControl f, Runnable commit) {
        if (f instanceof TextField t) {
            t.setOnAction(e -> commit.run());
        }
        f.focusedProperty().addListener((o, was, now) -> {
            if (!now && !filling) {
                commit.run();
            }
        });
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
