package io.milepost.ui;

import io.milepost.app.Settings;
import io.milepost.app.SettingsStore;
import io.milepost.i18n.Messages;
import io.milepost.ui.gantt.GanttChart;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.stage.Stage;

/**
 * The planner's preferences as one window applies them: read at start, changed in File → Preferences, kept for the
 * next start, and applied at once where they can be (the theme, the chart's zoom, year and titles); the window's
 * language goes through the rebuild hook, or waits for the next start when no one rebuilds the window.
 */
final class WindowSettings {

    private final Stage stage;
    private final GanttChart chart;
    private final MainViewModel model;
    private final SettingsStore store;
    private Settings current;
    private Consumer<Locale> onUiLanguageChange;

    WindowSettings(Stage stage, GanttChart chart, MainViewModel model, SettingsStore store) {
        this.stage = stage;
        this.chart = chart;
        this.model = model;
        this.store = store;
        this.current = store.load();
    }

    Settings current() {
        return current;
    }

    /** Gives the window its theme and the chart its options, once the window has its scene. */
    void applyAtStart() {
        AppTheme.apply(stage.getScene(), current.palette());
        chart.setOptions(current.applyTo(chart.getOptions()));
    }

    void edit() {
        // The dialog starts from the titles the chart shows now (View → Titles in …), so OK keeps them.
        Settings shown = current.withDataLanguage(chart.getOptions().language());
        new PreferencesDialog(stage, shown).showAndWait().ifPresent(this::apply);
    }

    void apply(Settings chosen) {
        Settings before = current;
        current = chosen;
        store.save(chosen);
        AppTheme.apply(stage.getScene(), chosen.palette());
        chart.setOptions(chosen.applyTo(chart.getOptions()));
        if (!Objects.equals(before.uiLanguage(), chosen.uiLanguage())) {
            Messages.useForUi(chosen.uiLanguage());
            if (onUiLanguageChange != null) {
                onUiLanguageChange.accept(chosen.uiLanguage());
            } else {
                model.say(Messages.text("prefs.uiLanguage.later"));
            }
        }
    }

    void setOnUiLanguageChange(Consumer<Locale> hook) {
        this.onUiLanguageChange = hook;
    }
}
