package io.milepost.ui.editors;

import io.milepost.i18n.Messages;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;
import javafx.stage.Window;

/** The Roadmap menu: the editors of what is not a milestone, each opening the {@link RoadmapEditor} at its page. */
public final class RoadmapMenu {

    private RoadmapMenu() {
    }

    public static Menu create(Window owner, RoadmapEditing model) {
        RoadmapEditor[] editor = new RoadmapEditor[1]; // made when first asked for: most sessions never open it
        Menu menu = new Menu(Messages.text("menu.roadmap"));
        menu.setId("menu-roadmap");
        add(menu, Messages.text("menu.roadmap.properties"), "Shortcut+Shift+P", RoadmapEditor.Page.ROADMAP, owner, model, editor);
        add(menu, Messages.text("menu.roadmap.sectors"), "Shortcut+Shift+S", RoadmapEditor.Page.SECTORS, owner, model, editor);
        add(menu, Messages.text("menu.roadmap.commissions"), "Shortcut+Shift+M", RoadmapEditor.Page.COMMISSIONS, owner, model,
                editor);
        add(menu, Messages.text("menu.roadmap.agreements"), "Shortcut+Shift+A", RoadmapEditor.Page.AGREEMENTS, owner, model, editor);
        return menu;
    }

    private static void add(Menu menu, String text, String keys, RoadmapEditor.Page page, Window owner,
                            RoadmapEditing model, RoadmapEditor[] editor) {
        MenuItem item = new MenuItem(text);
        item.setId("menu-roadmap-" + page.name().toLowerCase(java.util.Locale.ROOT));
        item.setAccelerator(KeyCombination.keyCombination(keys));
        item.disableProperty().bind(model.roadmapProperty().isNull());
        item.setOnAction(e -> {
            if (editor[0] == null) {
                editor[0] = new RoadmapEditor(owner, model);
            }
            editor[0].show(page);
        });
        menu.getItems().add(item);
    }
}
