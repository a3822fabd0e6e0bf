package io.milepost.ui.dialog;

import io.milepost.i18n.Messages;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;

/**
 * The dialog buttons every window uses, in the window's language. JavaFX's own {@link ButtonType#OK} and
 * {@link ButtonType#CANCEL} speak only the languages JavaFX ships, and Russian is not one of them.
 */
public final class Buttons {

    private Buttons() {
    }

    public static ButtonType ok() {
        return new ButtonType(Messages.text("button.ok"), ButtonBar.ButtonData.OK_DONE);
    }

    public static ButtonType close() {
        return new ButtonType(Messages.text("button.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
    }

    public static ButtonType cancel() {
        return new ButtonType(Messages.text("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
    }
}
