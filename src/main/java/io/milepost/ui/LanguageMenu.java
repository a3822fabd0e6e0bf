package io.milepost.ui;

import io.milepost.i18n.Messages;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.scene.control.Menu;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;

/**
 * View → Interface language ▸ English / Русский: each language named in itself, so a planner who cannot read the
 * window's present language still finds their own.
 */
final class LanguageMenu {

    private LanguageMenu() {
    }

    static Menu create(Consumer<Locale> choose) {
        Menu menu = new Menu(Messages.text("menu.uiLanguage"));
        menu.setId("menu-ui-language");
        ToggleGroup group = new ToggleGroup();
        for (Locale locale : Messages.LANGUAGES) {
            RadioMenuItem item = new RadioMenuItem(Messages.text("menu.uiLanguage." + locale.getLanguage() + ".name"));
            item.setId("menu-ui-language-" + locale.getLanguage());
            item.setToggleGroup(group);
            item.setSelected(Messages.ui().locale().getLanguage().equals(locale.getLanguage()));
            item.setOnAction(e -> {
                if (!Messages.ui().locale().getLanguage().equals(locale.getLanguage())) {
                    choose.accept(locale);
                }
            });
            menu.getItems().add(item);
        }
        return menu;
    }
}
