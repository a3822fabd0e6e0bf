package io.milepost.ui;

import io.milepost.ui.dialog.Buttons;
import io.milepost.app.BackupCopy;
import io.milepost.i18n.Messages;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The list of a document's backups, newest first, with when each was taken, what it holds and its size; the planner
 * picks one to restore. A damaged backup is listed, as damaged, and cannot be picked.
 */
final class RestoreBackupDialog extends Dialog<BackupCopy> {

    RestoreBackupDialog(Window owner, Path document, List<BackupCopy> backups, Path folder) {
        initOwner(owner);
        setTitle(Messages.text("backup.dialog.title"));
        setHeaderText(Messages.text("backup.dialog.header", document.getFileName()));
        setResizable(true);
        TableView<BackupCopy> table = new TableView<>();
        table.setId("backup-list");
        table.getColumns().add(column(Messages.text("backup.dialog.taken"), BackupCopy::when, 170));
        table.getColumns().add(column(Messages.text("backup.dialog.contents"), BackupCopy::contents, 330));
        table.getColumns().add(column(Messages.text("backup.dialog.size"), BackupCopy::sizeText, 80));
        table.getColumns().add(column(Messages.text("backup.dialog.note"), b -> b.beforeRestore()
                ? Messages.text("backup.dialog.beforeRestore") : "", 220));
        table.setPlaceholder(new Label(Messages.text("backup.dialog.none")));
        table.getItems().setAll(backups);
        table.setPrefSize(820, 320);
        Label where = new Label(Messages.text("backup.dialog.folder", folder));
        where.setWrapText(true);
        getDialogPane().setContent(new VBox(8, table, where));
        getDialogPane().setId("restore-backup-dialog");
        // A resizable dialog would otherwise open at a size computed before its table was there: a sliver.
        getDialogPane().setPrefSize(880, 480);
        getDialogPane().setMinSize(javafx.scene.layout.Region.USE_PREF_SIZE, javafx.scene.layout.Region.USE_PREF_SIZE);

        ButtonType restore = new ButtonType(Messages.text("backup.dialog.restore"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(restore, Buttons.cancel());
        getDialogPane().lookupButton(restore).disableProperty().bind(table.getSelectionModel()
                .selectedItemProperty().map(b -> !b.sound()).orElse(true));
        getDialogPane().lookupButton(restore).setId("restore-backup");
        setResultConverter(button -> restore.equals(button) ? table.getSelectionModel().getSelectedItem() : null);
        if (!backups.isEmpty() && backups.get(0).sound()) {
            table.getSelectionModel().selectFirst();
        }
    }

    private static TableColumn<BackupCopy, String> column(String title, Function<BackupCopy, String> text,
                                                          double width) {
        TableColumn<BackupCopy, String> c = new TableColumn<>(title);
        c.setCellValueFactory(row -> new ReadOnlyStringWrapper(text.apply(row.getValue())));
        c.setPrefWidth(width);
        c.setSortable(false);
        return c;
    }
}
