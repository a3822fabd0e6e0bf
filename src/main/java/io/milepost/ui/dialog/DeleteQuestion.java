package io.milepost.ui.dialog;

import io.milepost.i18n.Messages;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/** "Delete …?" with what goes with it listed, for one item or several: the planner says Delete or Cancel. */
public final class DeleteQuestion {

    private DeleteQuestion() {
    }

    /** True when the planner chose Delete. */
    public static boolean confirmed(Window owner, String header, String whatGoes) {
        ButtonType delete = new ButtonType(Messages.text("delete.button"), ButtonBar.ButtonData.OK_DONE);
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, whatGoes, delete, Buttons.cancel());
        ask.initOwner(owner);
        ask.setTitle(Messages.text("delete.title"));
        ask.setHeaderText(header);
        ask.getDialogPane().setId("confirm-delete");
        ask.getDialogPane().setMinWidth(480);
        // Without this a dialog under GTK keeps the height of one line and cuts the list of what goes with the item.
        ask.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        return ask.showAndWait().filter(delete::equals).isPresent();
    }
}
