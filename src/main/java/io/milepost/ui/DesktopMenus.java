package io.milepost.ui;

import io.milepost.i18n.Messages;
import io.milepost.ui.gantt.GanttChart;
import io.milepost.ui.gantt.LegendCorner;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.stage.Window;

/**
 * The desktop's own menu items beside the document's: View → Legend Corner, the Help menu, and the icons of the
 * menus and the toolbar, given by the items' ids so that every action wears one icon wherever it appears.
 */
final class DesktopMenus {

    /** Menu item and toolbar button ids, and their icons. */
    private static final Map<String, String> ICONS = Map.ofEntries(
            Map.entry("menu-open", Icons.OPEN), Map.entry("menu-reload", Icons.RELOAD),
            Map.entry("menu-print", Icons.PRINT), Map.entry("menu-quit", Icons.QUIT),
            Map.entry("menu-undo", Icons.UNDO), Map.entry("menu-redo", Icons.REDO),
            Map.entry("menu-add", Icons.ADD), Map.entry("menu-duplicate", Icons.DUPLICATE),
            Map.entry("menu-delete", Icons.DELETE), Map.entry("menu-zoom-in", Icons.ZOOM_IN),
            Map.entry("menu-zoom-out", Icons.ZOOM_OUT), Map.entry("menu-today", Icons.TODAY),
            Map.entry("menu-fit", Icons.FIT), Map.entry("menu-legend", Icons.LEGEND),
            Map.entry("add-milestone", Icons.ADD), Map.entry("zoom-in", Icons.ZOOM_IN),
            Map.entry("zoom-out", Icons.ZOOM_OUT), Map.entry("today", Icons.TODAY),
            Map.entry("fit-roadmap", Icons.FIT));

    private DesktopMenus() {
    }

    /** View → Legend Corner: where the legend is docked, so it can be kept off the bars being read. */
    static Menu legendCorner(GanttChart chart) {
        Menu menu = new Menu(Messages.text("desk.menu.legendCorner"));
        menu.setId("menu-legend-corner");
        ToggleGroup group = new ToggleGroup();
        for (LegendCorner c : LegendCorner.values()) {
            RadioMenuItem item = new RadioMenuItem(Messages.text("desk.legend." + c.name()));
            item.setId("menu-legend-" + c.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            item.setToggleGroup(group);
            item.setSelected(c == chart.getLegendCorner());
            item.setOnAction(e -> {
                chart.setLegendCorner(c);
                chart.setLegendVisible(true);
            });
            menu.getItems().add(item);
        }
        menu.disableProperty().bind(chart.legendVisibleProperty().not().or(chart.roadmapProperty().isNull()));
        return menu;
    }

    /** Help → Keyboard Shortcuts (read from {@code bar} when opened) and About. */
    static Menu help(Window owner, MenuBar bar) {
        MenuItem shortcuts = Icons.on(new MenuItem(Messages.text("desk.menu.shortcuts")), Icons.SHORTCUTS);
        shortcuts.setId("menu-shortcuts");
        shortcuts.setAccelerator(javafx.scene.input.KeyCombination.keyCombination("F1"));
        shortcuts.setOnAction(e -> ShortcutsDialog.show(owner, bar));
        MenuItem about = Icons.on(new MenuItem(Messages.text("desk.menu.about")), Icons.ABOUT);
        about.setId("menu-about");
        about.setOnAction(e -> AboutDialog.show(owner));
        Menu help = new Menu(Messages.text("desk.menu.help"), null, shortcuts, about);
        help.setId("menu-help");
        return help;
    }

    /** Puts each known action's icon on its menu items and toolbar buttons. */
    static void dress(MenuBar bar, ToolBar toolBar) {
        for (Menu menu : bar.getMenus()) {
            dress(menu.getItems());
        }
        for (Node n : toolBar.getItems()) {
            if (n instanceof ButtonBase b && b.getId() != null && ICONS.containsKey(b.getId())) {
                Icons.on(b, ICONS.get(b.getId()));
                if (b.getId().startsWith("zoom-")) {
                    b.setContentDisplay(ContentDisplay.GRAPHIC_ONLY); // "−" and "+" say no more than the icon
                }
            }
        }
    }

    private static void dress(List<MenuItem> items) {
        for (MenuItem item : items) {
            if (item instanceof Menu sub) {
                dress(sub.getItems());
            } else if (item.getGraphic() == null && item.getId() != null && ICONS.containsKey(item.getId())) {
                Icons.on(item, ICONS.get(item.getId()));
            }
        }
    }
}
