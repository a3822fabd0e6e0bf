package io.milepost.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import io.milepost.chart.Palette;
import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.Scene;

/**
 * The window's light or dark theme: AtlantaFX Primer Light or Dark for the controls, and the matching chart palette
 * of {@link io.milepost.chart.Theme}, chosen by the style class {@code theme-dark} on the window's root (see
 * {@code milepost.css}). Colours the window's own stylesheet shares with the chart (a group's row in the table) are
 * set on the root from the same palette, so every colour has one home.
 */
final class AppTheme {

    static final String DARK_CLASS = "theme-dark";

    private AppTheme() {
    }

    /** Gives the application and the window {@code palette}'s look; any window may be switched while open. */
    static void apply(Scene scene, Palette palette) {
        Application.setUserAgentStylesheet(palette == Palette.DARK ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
        Parent root = scene.getRoot();
        root.getStyleClass().remove(DARK_CLASS);
        if (palette == Palette.DARK) {
            root.getStyleClass().add(DARK_CLASS);
        }
        root.setStyle("-milepost-group-row: " + palette.theme().color("group.row").hex() + ";");
    }
}
