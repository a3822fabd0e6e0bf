package io.milepost.ui;

import io.milepost.ui.dialog.Buttons;
import io.milepost.app.Settings;
import io.milepost.chart.Language;
import io.milepost.chart.Palette;
import io.milepost.chart.YearStart;
import io.milepost.chart.Zoom;
import io.milepost.i18n.Messages;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * File → Preferences: the window's language, the titles' language, the chart's zoom, week and year when a roadmap
 * opens, light or dark, and how many backups to keep. A plain form in the window's own style: it answers the
 * chosen {@link Settings}, or nothing when cancelled; storing and applying them is the window's business.
 */
final class PreferencesDialog extends Dialog<Settings> {

    /** A choice and the words it is shown with. */
    private record Choice<T>(T value, String text) {
    }

    private final ComboBox<Choice<Locale>> uiLanguage;
    private final ComboBox<Choice<Language>> dataLanguage;
    private final ComboBox<Choice<Zoom>> zoom;
    private final ComboBox<Choice<DayOfWeek>> weekStart;
    private final ComboBox<Choice<YearStart>> yearStart;
    private final ComboBox<Choice<Palette>> theme;
    private final Spinner<Integer> backups;

    PreferencesDialog(Window owner, Settings current) {
        Messages m = Messages.ui();
        initOwner(owner);
        setTitle(m.get("prefs.title"));
        setHeaderText(null);
        ButtonType ok = Buttons.ok();
        getDialogPane().getButtonTypes().setAll(ok, Buttons.cancel());
        getDialogPane().setId("preferences");

        List<Choice<Locale>> languages = new ArrayList<>();
        languages.add(new Choice<>(null, m.get("prefs.uiLanguage.system",
                Locale.getDefault().getDisplayLanguage(Locale.getDefault()))));
        for (Locale l : Messages.LANGUAGES) {
            languages.add(new Choice<>(l, m.get("prefs.language." + l.getLanguage() + ".name")));
        }
        uiLanguage = combo("prefs-ui-language", languages, current.uiLanguage());
        dataLanguage = combo("prefs-data-language", choices(Language.values(),
                v -> m.get("prefs.dataLanguage." + v.name())), current.dataLanguage());
        List<Choice<Zoom>> zooms = new ArrayList<>();
        zooms.add(new Choice<>(null, m.get("prefs.zoom.FIT")));
        zooms.addAll(choices(Zoom.values(), v -> m.get("prefs.zoom." + v.name())));
        zoom = combo("prefs-zoom", zooms, current.zoom());
        // Days a week starts on in the planners' calendars: Monday (Pakistan, Belarus), Sunday, Saturday.
        weekStart = combo("prefs-week-start", choices(new DayOfWeek[] {DayOfWeek.MONDAY, DayOfWeek.SUNDAY,
                DayOfWeek.SATURDAY}, d -> capitalized(d.getDisplayName(TextStyle.FULL_STANDALONE, m.locale()), m.locale())),
                current.weekStart());
        yearStart = combo("prefs-year-start", choices(YearStart.values(),
                v -> m.get("prefs.yearStart." + v.name())), current.yearStart());
        theme = combo("prefs-theme", choices(Palette.values(), v -> m.get("prefs.theme." + v.name())),
                current.palette());
        backups = new Spinner<>(1, Settings.MAX_BACKUPS, current.backupsToKeep());
        backups.setId("prefs-backups");
        backups.setEditable(true);
        backups.setPrefWidth(100);

        GridPane form = new GridPane();
        form.setHgap(12);
        form.setVgap(8);
        form.setPadding(new Insets(12, 16, 4, 16));
        int row = 0;
        row = section(form, row, m.get("prefs.section.window"));
        row = field(form, row, m.get("prefs.uiLanguage"), uiLanguage);
        row = field(form, row, m.get("prefs.theme"), theme);
        row = section(form, row, m.get("prefs.section.chart"));
        row = field(form, row, m.get("prefs.dataLanguage"), dataLanguage);
        row = field(form, row, m.get("prefs.zoom"), zoom);
        row = field(form, row, m.get("prefs.weekStart"), weekStart);
        row = field(form, row, m.get("prefs.yearStart"), yearStart);
        row = section(form, row, m.get("prefs.section.files"));
        field(form, row, m.get("prefs.backups"), backups);
        getDialogPane().setContent(form);

        setResultConverter(button -> button == ok ? chosen(current) : null);
    }

    /** What the form says, on top of {@code current}. */
    Settings chosen(Settings current) {
        commitTyped(backups);
        return current.withUiLanguage(uiLanguage.getValue().value())
                .withDataLanguage(dataLanguage.getValue().value())
                .withZoom(zoom.getValue().value())
                .withWeekStart(weekStart.getValue().value())
                .withYearStart(yearStart.getValue().value())
                .withPalette(theme.getValue().value())
                .withBackupsToKeep(backups.getValue());
    }

    /** A number typed but not yet committed with Enter counts; one that is not a number keeps the last value. */
    private static void commitTyped(Spinner<Integer> spinner) {
        try {
            spinner.commitValue();
        } catch (RuntimeException e) {
            spinner.cancelEdit();
        }
    }

    /** "Понедельник": Russian writes day names in small letters, but a choice in a list starts with a capital. */
    private static String capitalized(String s, Locale locale) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(locale) + s.substring(1);
    }

    private static int section(GridPane form, int row, String text) {
        Label l = new Label(text);
        l.getStyleClass().add("details-section");
        form.add(l, 0, row, 2, 1);
        return row + 1;
    }

    private static int field(GridPane form, int row, String text, javafx.scene.Node input) {
        Label l = new Label(text);
        l.setLabelFor(input);
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // a label is read whole; the choices give way
        form.add(l, 0, row);
        form.add(input, 1, row);
        return row + 1;
    }

    private static <T> List<Choice<T>> choices(T[] values, Function<T, String> text) {
        List<Choice<T>> list = new ArrayList<>();
        for (T v : values) {
            list.add(new Choice<>(v, text.apply(v)));
        }
        return list;
    }

    private static <T> ComboBox<Choice<T>> combo(String id, List<Choice<T>> choices, T selected) {
        ComboBox<Choice<T>> box = new ComboBox<>();
        box.setId(id);
        box.getItems().setAll(choices);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(Choice<T> c) {
                return c == null ? "" : c.text();
            }

            @Override
            public Choice<T> fromString(String s) {
                return null; // not editable
            }
        });
        box.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Choice<T> c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty || c == null ? null : c.text());
            }
        });
        box.setMaxWidth(Double.MAX_VALUE);
        box.setPrefWidth(360);
        box.setValue(choices.stream().filter(c -> Objects.equals(c.value(), selected)).findFirst()
                .orElse(choices.get(0)));
        return box;
    }
}
