package io.milepost.ui;

import io.milepost.i18n.Messages;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;

/**
 * OK, Cancel and Close in the window's language: JavaFX's own {@link ButtonType#OK} and the like follow the JVM's
 * locale and have no Russian, so a Russian window would show English buttons. Each call makes a new button type;
 * a dialog keeps the one it shows to compare its answer with.
 */
final class DialogButtons {

    private DialogButtons() {
    }

    static ButtonType ok() {
        return new ButtonType(Messages.text("desk.button.ok"), ButtonBar.ButtonData.OK_DONE);
    }

    static ButtonType cancel() {
        return new ButtonType(Messages.text("desk.button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
    }

    static ButtonType close() {
        return new ButtonType(Messages.text("desk.button.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
    }
}
