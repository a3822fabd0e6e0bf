package io.milepost.ui;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;

/**
 * A refusal in the status bar is about the attempt just made: the planner's next action (a key, a click in the
 * window, a menu opened) puts it away, before that action may give its own. Clicks on the status bar itself leave
 * it, so the whole of a long refusal can still be read in its tooltip.
 */
final class RefusalClearing {

    private RefusalClearing() {
    }

    static void install(Scene scene, Node statusBar, MenuBar menus, MainViewModel model) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (!e.getCode().isModifierKey()) {
                model.say("");
            }
        });
        scene.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            if (!(e.getTarget() instanceof Node n) || !isInside(n, statusBar)) {
                model.say("");
            }
        });
        for (Menu menu : menus.getMenus()) {
            menu.addEventHandler(Menu.ON_SHOWING, e -> model.say(""));
        }
    }

    private static boolean isInside(Node node, Node container) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == container) {
                return true;
            }
        }
        return false;
    }
}
