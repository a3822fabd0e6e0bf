package io.milepost.ui;

import io.milepost.ui.dialog.AlertTitles;
import io.milepost.ui.dialog.Buttons;
import io.milepost.app.BackupCopy;
import io.milepost.app.Backups;
import io.milepost.app.DocumentProblem;
import io.milepost.i18n.Messages;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BiConsumer;
import javafx.concurrent.Task;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/**
 * File → Restore from Backup…, and the newest good backup offered for a document refused as damaged: lists the
 * document's backups (off the JavaFX thread: each is checked), asks before replacing the document, closes it in
 * this window, restores through the app layer (which keeps the document as it was as a backup of its own), and opens
 * the document again.
 */
final class BackupRestorer {

    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "milepost-restore");
        t.setDaemon(true);
        return t;
    });
    private final Backups backups;
    private final Window owner;
    private final BiConsumer<Path, String> reopen;

    /**
     * @param reopen opens the document for editing again and then says the given line in the status bar
     */
    BackupRestorer(Backups backups, Window owner, BiConsumer<Path, String> reopen) {
        this.backups = backups;
        this.owner = owner;
        this.reopen = reopen;
    }

    Backups backups() {
        return backups;
    }

    /** Lists the document's backups for the planner to choose one; {@code closeDocument} runs before restoring. */
    void chooseAndRestore(Path document, Runnable closeDocument) {
        Task<List<BackupCopy>> listing = new Task<>() {
            @Override
            protected List<BackupCopy> call() {
                return backups.list(document);
            }
        };
        listing.setOnSucceeded(e -> {
            RestoreBackupDialog dialog = new RestoreBackupDialog(owner, document, listing.getValue(),
                    backups.folderOf(document));
            dialog.resultProperty().addListener((o, was, chosen) -> {
                if (chosen != null) {
                    confirmAndRestore(document, chosen, closeDocument);
                }
            });
            dialog.show();
        });
        listing.setOnFailed(e -> error(document, String.valueOf(listing.getException())));
        worker.execute(listing);
    }

    private void confirmAndRestore(Path document, BackupCopy backup, Runnable closeDocument) {
        ButtonType restore = new ButtonType(Messages.text("backup.confirm.button"), ButtonBar.ButtonData.OK_DONE);
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, Messages.text("backup.confirm.text",
                document.getFileName(), backup.contents()), restore, Buttons.cancel());
        ask.initOwner(owner);
        ask.setTitle(Messages.text("backup.confirm.title"));
        ask.setHeaderText(Messages.text("backup.confirm.header", backup.when()));
        ask.getDialogPane().setId("restore-confirmation");
        ask.resultProperty().addListener((o, was, answer) -> {
            if (restore.equals(answer)) {
                restore(document, backup, closeDocument);
            }
        });
        ask.show();
    }

    /**
     * Restores without asking again: for the button that named the backup ("Restore newest backup (…)").
     * {@code closeDocument} runs first, on the JavaFX thread, so this window no longer holds the file.
     */
    void restore(Path document, BackupCopy backup, Runnable closeDocument) {
        closeDocument.run();
        Task<Boolean> restoring = new Task<>() {
            @Override
            protected Boolean call() throws DocumentProblem {
                return backups.restore(document, backup).isPresent();
            }
        };
        restoring.setOnSucceeded(e -> reopen.accept(document, Messages.text(restoring.getValue()
                ? "backup.restored" : "backup.restoredOverDamaged", backup.when())));
        restoring.setOnFailed(e -> {
            Throwable problem = restoring.getException();
            error(document, problem instanceof DocumentProblem ? problem.getMessage() : String.valueOf(problem));
            if (!(problem instanceof DocumentProblem dp && dp.isDamaged() && dp.file().equals(document))) {
                reopen.accept(document, "");
            }
        });
        worker.execute(restoring);
    }

    private void error(Path document, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message, Buttons.ok());
        AlertTitles.titled(alert);
        alert.initOwner(owner);
        alert.setHeaderText(Messages.text("backup.error.header", document.getFileName()));
        alert.show();
    }

    void shutdown() {
        worker.shutdownNow();
    }
}
