package io.milepost.ui.share;

import io.milepost.i18n.Messages;
import java.util.List;
import javafx.scene.control.Alert;
import javafx.scene.control.ListView;
import javafx.stage.Window;

/**
 * Why a file was not imported, as the importers say it — file, line or JSON path, field and problem — one line each
 * in a list a planner can scroll and copy from, never a stack trace.
 */
final class ProblemsDialog {

    private ProblemsDialog() {
    }

    static Alert show(Window owner, String fileName, List<String> problems) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(owner);
        alert.setTitle(Messages.text("share.import.failed.title", fileName));
        alert.setHeaderText(Messages.text("share.import.failed.header", fileName));
        ListView<String> list = WrappedLines.of(problems, "share-problems");
        alert.getDialogPane().setContent(list);
        alert.setResizable(true);
        alert.getDialogPane().setPrefWidth(820);
        alert.show();
        return alert;
    }
}
