package io.milepost.ui;

import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * Ctrl+Z in a text field undoes typing in that field; with nothing typed there to undo (just after Add, or after a
 * committed field), it undoes the last edit of the roadmap, as Edit → Undo says it will. Likewise for redo.
 */
final class UndoPastTextFields {

    private UndoPastTextFields() {
    }

    static void install(Scene scene, MainViewModel model) {
        KeyCombination undoKey = KeyCombination.keyCombination("Shortcut+Z");
        KeyCombination redoKey = KeyCombination.keyCombination("Shortcut+Y");
        KeyCombination redoShiftKey = KeyCombination.keyCombination("Shortcut+Shift+Z");
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (!(scene.getFocusOwner() instanceof TextInputControl field)) {
                return;
            }
            if (undoKey.match(e) && !field.isUndoable() && model.canUndoProperty().get()) {
                e.consume();
                model.undo();
            } else if ((redoKey.match(e) || redoShiftKey.match(e)) && !field.isRedoable()
                    && model.canRedoProperty().get()) {
                e.consume();
                model.redo();
            }
        });
    }
}
