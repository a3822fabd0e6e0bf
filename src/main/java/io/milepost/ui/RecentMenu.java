package io.milepost.ui;

import io.milepost.i18n.Messages;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;

/**
 * File → Open Recent: the documents opened last, each named with its folder, listed afresh whenever the menu (or the
 * File menu holding it, since a disabled submenu never shows to refresh itself) is about to show.
 */
final class RecentMenu extends Menu {

    private final Supplier<List<Path>> recent;
    private final Consumer<Path> open;

    RecentMenu(Supplier<List<Path>> recent, Consumer<Path> open) {
        super(Messages.text("menu.openRecent"));
        this.recent = recent;
        this.open = open;
        setId("menu-open-recent");
        Icons.on(this, Icons.RECENT);
        setOnShowing(e -> fill());
        fill();
    }

    void fill() {
        List<Path> files = recent.get();
        getItems().clear();
        for (Path p : files) {
            MenuItem item = new MenuItem(p.getFileName() + "  —  " + p.getParent());
            item.setMnemonicParsing(false);
            item.setOnAction(e -> open.accept(p));
            getItems().add(item);
        }
        setDisable(files.isEmpty());
    }
}
