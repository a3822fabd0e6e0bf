package io.milepost.ui;

import io.milepost.ui.dialog.Buttons;
import io.milepost.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Alert;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCombination;
import javafx.stage.Window;

/**
 * Help → Keyboard Shortcuts: every accelerator of the main window, read from its menus when the dialog opens, so
 * the list can never disagree with the menus; the few keys that work anywhere without a menu item follow.
 */
final class ShortcutsDialog {

    /** One shortcut: where it is in the menus, what it does, and its keys as the platform writes them. */
    record Shortcut(String menu, String action, String keys) {
    }

    private ShortcutsDialog() {
    }

    static void show(Window owner, MenuBar menus) {
        Messages m = Messages.ui();
        TableView<Shortcut> table = new TableView<>();
        table.setId("shortcuts-table");
        table.getColumns().add(column(m.get("help.shortcuts.menu"), Shortcut::menu, 160));
        table.getColumns().add(column(m.get("help.shortcuts.action"), Shortcut::action, 280));
        table.getColumns().add(column(m.get("help.shortcuts.keys"), Shortcut::keys, 140));
        table.getItems().setAll(of(menus));
        table.setPrefSize(600, 460);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Alert dialog = new Alert(Alert.AlertType.NONE, null, Buttons.close());
        dialog.initOwner(owner);
        dialog.setTitle(m.get("help.shortcuts.title"));
        dialog.setHeaderText(m.get("help.shortcuts.header"));
        dialog.getDialogPane().setId("shortcuts");
        dialog.getDialogPane().setContent(table);
        dialog.setResizable(true);
        dialog.show();
    }

    /** The shortcuts of these menus, in menu order, then the window's own. */
    static List<Shortcut> of(MenuBar menus) {
        List<Shortcut> list = new ArrayList<>();
        for (Menu menu : menus.getMenus()) {
            collect(plain(menu.getText()), menu.getItems(), list);
        }
        Messages m = Messages.ui();
        String anywhere = m.get("help.shortcuts.window");
        list.add(new Shortcut(anywhere, m.get("help.shortcuts.redoAgain"),
                KeyCombination.keyCombination("Shortcut+Shift+Z").getDisplayText()));
        list.add(new Shortcut(anywhere, m.get("help.shortcuts.insert"),
                KeyCombination.keyCombination("Insert").getDisplayText()));
        return list;
    }

    private static void collect(String path, List<MenuItem> items, List<Shortcut> into) {
        for (MenuItem item : items) {
            if (item instanceof Menu sub) {
                collect(path + " ▸ " + plain(sub.getText()), sub.getItems(), into);
            } else if (item.getAccelerator() != null) {
                into.add(new Shortcut(path, plain(item.getText()), item.getAccelerator().getDisplayText()));
            }
        }
    }

    /** A menu's text without its mnemonic marks ("_Open…" → "Open…"), as the menu shows it. */
    private static String plain(String text) {
        if (text == null) {
            return "";
        }
        return text.replaceAll("_(?=.)", "").replace("__", "_");
    }

    private static TableColumn<Shortcut, String> column(String title, java.util.function.Function<Shortcut, String>
            value, double width) {
        TableColumn<Shortcut, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        c.setSortable(false);
        return c;
    }
}
