package io.milepost.ui.share;

import io.milepost.i18n.Messages;
import io.milepost.model.Roadmap;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * After a plan from another tool became a new roadmap: where it was saved, how much it holds, what had no place in
 * Milepost (links to summary tasks, resources, costs, calendars) and how lags were converted, and a button to open it.
 */
final class PlanReportDialog {

    private PlanReportDialog() {
    }

    static Alert show(Window owner, Path created, Roadmap roadmap, List<String> notes, Consumer<Path> open) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(owner);
        alert.setTitle(Messages.text("share.import.report.title", created.getFileName()));
        alert.setHeaderText(Messages.text("share.import.report.header", created, roadmap.milestones().size(),
                roadmap.sectors().size()));
        VBox box = new VBox(8);
        if (notes.isEmpty()) {
            box.getChildren().add(new Label(Messages.text("share.import.report.nothingLeft")));
        } else {
            ListView<String> list = WrappedLines.of(notes, "share-plan-notes");
            box.getChildren().addAll(new Label(Messages.text("share.import.report.notes")), list);
        }
        alert.getDialogPane().setContent(box);
        ButtonType openIt = new ButtonType(Messages.text("share.import.report.open"), ButtonBar.ButtonData.OK_DONE);
        ButtonType close = new ButtonType(Messages.text("share.import.report.close"),
                ButtonBar.ButtonData.CANCEL_CLOSE);
        alert.getButtonTypes().setAll(openIt, close);
        alert.setResizable(true);
        alert.getDialogPane().setPrefWidth(820);
        alert.resultProperty().addListener((o, was, chosen) -> {
            if (chosen == openIt) {
                open.accept(created);
            }
        });
        alert.show();
        return alert;
    }
}
