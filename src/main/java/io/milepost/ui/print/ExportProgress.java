package io.milepost.ui.print;

import io.milepost.i18n.Messages;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/** A small window beside the main one: what is being exported (or imported), a progress bar, and Cancel. */
public final class ExportProgress {

    private final Stage stage = new Stage();

    public ExportProgress(Window owner, javafx.concurrent.Task<?> task) {
        stage.initOwner(owner);
        stage.setTitle(Messages.text("export.title"));
        Label title = new Label();
        title.textProperty().bind(task.titleProperty());
        ProgressBar bar = new ProgressBar();
        bar.setId("export-progress");
        bar.setPrefWidth(320);
        bar.progressProperty().bind(task.progressProperty());
        Label message = new Label();
        message.textProperty().bind(task.messageProperty());
        Button cancel = new Button(Messages.text("button.cancel"));
        cancel.setId("export-cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> task.cancel());
        VBox box = new VBox(8, title, bar, message, cancel);
        box.setPadding(new Insets(12));
        stage.setScene(new Scene(box));
    }

    public void show() {
        stage.show();
    }

    public void close() {
        stage.close();
    }
}
