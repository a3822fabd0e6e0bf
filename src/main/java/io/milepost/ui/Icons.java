package io.milepost.ui;

import javafx.scene.control.ButtonBase;
import javafx.scene.control.MenuItem;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The icons of the toolbar and the menus, from Ikonli's Material Design 2 font: one name per action, in one place,
 * so the same action wears the same icon wherever it appears. The icon takes the text colour of the theme.
 */
final class Icons {

    static final String NEW = "mdi2f-file-plus-outline";
    static final String OPEN = "mdi2f-folder-open-outline";
    static final String RECENT = "mdi2h-history";
    static final String RELOAD = "mdi2r-reload";
    static final String SAVE_COPY = "mdi2c-content-save-all-outline";
    static final String CLOSE = "mdi2c-close-box-outline";
    static final String PRINT = "mdi2p-printer";
    static final String QUIT = "mdi2e-exit-to-app";
    static final String UNDO = "mdi2u-undo";
    static final String REDO = "mdi2r-redo";
    static final String ADD = "mdi2p-plus";
    static final String DUPLICATE = "mdi2c-content-copy";
    static final String DELETE = "mdi2d-delete-outline";
    static final String ZOOM_IN = "mdi2m-magnify-plus-outline";
    static final String ZOOM_OUT = "mdi2m-magnify-minus-outline";
    static final String TODAY = "mdi2c-calendar-today";
    static final String FIT = "mdi2a-arrow-expand-horizontal";
    static final String LEGEND = "mdi2f-format-list-bulleted";
    static final String PREFERENCES = "mdi2c-cog-outline";
    static final String SHORTCUTS = "mdi2k-keyboard-outline";
    static final String ABOUT = "mdi2i-information-outline";

    private Icons() {
    }

    static FontIcon icon(String name) {
        FontIcon icon = new FontIcon(name);
        icon.getStyleClass().add("action-icon");
        return icon;
    }

    static <T extends MenuItem> T on(T item, String name) {
        item.setGraphic(icon(name));
        return item;
    }

    static <T extends ButtonBase> T on(T button, String name) {
        button.setGraphic(icon(name));
        return button;
    }
}
