package io.milepost.ui;

import io.milepost.ui.dialog.AlertTitles;
import io.milepost.ui.dialog.Buttons;
import io.milepost.app.Access;
import io.milepost.app.BackupCopy;
import io.milepost.app.Backups;
import io.milepost.app.DocumentLocations;
import io.milepost.app.DocumentProblem;
import io.milepost.app.DocumentSession;
import io.milepost.app.EarlyOpen;
import io.milepost.app.RecentFiles;
import io.milepost.i18n.Messages;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.concurrent.Task;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/**
 * Opens documents off the JavaFX thread, so a large file never freezes the window, and turns every refusal into a
 * message that names the file and the reason. A document open elsewhere is offered read-only instead.
 */
final class DocumentOpener {

    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "milepost-open");
        t.setDaemon(true);
        return t;
    });
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final DocumentLocations locations;
    private final RecentFiles recentFiles;
    private final Window owner;
    private final Consumer<DocumentSession> onOpened;
    private final Consumer<String> say;
    private final BackupRestorer restorer;

    /**
     * @param say  shows a short message in the window's status bar (a failure no dialog should interrupt for)
     * @param tell shows news of something done in the status bar (a backup restored), told apart from a failure
     */
    DocumentOpener(DocumentLocations locations, Window owner, Consumer<DocumentSession> onOpened,
            Consumer<String> say, Consumer<String> tell) {
        this.locations = locations;
        this.recentFiles = new RecentFiles(locations.recentFilesList());
        this.owner = owner;
        this.onOpened = onOpened;
        this.say = say;
        this.restorer = new BackupRestorer(new Backups(locations), owner, (file, line) -> {
            // A restore that worked is news, not a refusal: it is not shown in the colour of a failure.
            afterOpened = () -> tell.accept(line);
            open(file, Access.EDIT);
        });
    }

    /** File → Restore from Backup… and the backup offered for a damaged document. */
    BackupRestorer restorer() {
        return restorer;
    }

    /** Said once the next document has opened (a restore's outcome, which opening would otherwise clear). */
    private Runnable afterOpened = () -> { };

    RecentFiles recentFiles() {
        return recentFiles;
    }

    ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Takes over a document opened while the window was being built, as if this window had opened it. */
    void open(EarlyOpen early) {
        run(early::session, early.file(), early.access());
    }

    void open(Path file, Access mode) {
        Path absolute = file.toAbsolutePath().normalize();
        run(() -> DocumentSession.open(absolute, mode), absolute, mode);
    }

    /**
     * Opens the file read-only again, to show what the window editing it has saved since. A failure (the file in
     * the middle of being replaced) is said in the status bar; the next change of the file tries again.
     */
    void follow(Path file) {
        run(() -> DocumentSession.open(file, Access.READ_ONLY), file, Access.READ_ONLY,
                error -> say.accept(Messages.text("open.cannotFollow", file.getFileName(),
                        error instanceof DocumentProblem ? error.getMessage() : error.toString())));
    }

    private void run(OpenAction action, Path file, Access mode) {
        run(action, file, mode, error -> failed(file, mode, error));
    }

    private void run(OpenAction action, Path file, Access mode, Consumer<Throwable> onFailure) {
        Task<DocumentSession> task = new Task<>() {
            @Override
            protected DocumentSession call() throws Exception {
                return action.open();
            }
        };
        busy.set(true);
        task.setOnSucceeded(e -> {
            busy.set(false);
            if (worker.isShutdown()) {
                task.getValue().close(); // the window closed while this was opening: release the file
                return;
            }
            recentFiles.remember(task.getValue().path());
            onOpened.accept(task.getValue());
            afterOpened.run();
            afterOpened = () -> { };
            // The day's backup, on a thread of its own: opening never waits for it.
            restorer.backups().backUpInBackground(task.getValue());
        });
        task.setOnFailed(e -> {
            busy.set(false);
            onFailure.accept(task.getException());
        });
        worker.execute(task);
    }

    private void failed(Path file, Access mode, Throwable error) {
        if (error instanceof DocumentProblem de && de.kind() == DocumentProblem.Kind.LOCKED
                && mode == Access.EDIT) {
            ButtonType readOnly = new ButtonType(Messages.text("open.readOnly"), ButtonBar.ButtonData.OK_DONE);
            Alert ask = new Alert(Alert.AlertType.CONFIRMATION, de.getMessage()
                    + "\n\n" + Messages.text("open.readOnly.offer"), readOnly, Buttons.cancel());
            AlertTitles.titled(ask);
            ask.initOwner(owner);
            ask.setHeaderText(Messages.text("open.alreadyOpen"));
            ask.showAndWait().filter(readOnly::equals).ifPresent(b -> open(file, Access.READ_ONLY));
            return;
        }
        String message = error instanceof DocumentProblem ? error.getMessage()
                : Messages.text("open.failed", file, error);
        if (error instanceof DocumentProblem problem && problem.isDamaged()) {
            offerNewestBackup(file, message);
            return;
        }
        refuse(file, message, Optional.empty());
    }

    /** A document refused as damaged: its newest backup that passes its check is offered, if there is one. */
    private void offerNewestBackup(Path file, String message) {
        Task<Optional<BackupCopy>> finding = new Task<>() {
            @Override
            protected Optional<BackupCopy> call() {
                return restorer.backups().newestSound(file);
            }
        };
        finding.setOnSucceeded(e -> refuse(file, message, finding.getValue()));
        finding.setOnFailed(e -> refuse(file, message, Optional.empty()));
        worker.execute(finding);
    }

    private void refuse(Path file, String message, Optional<BackupCopy> backup) {
        ButtonType restore = new ButtonType(backup.map(b -> Messages.text("backup.offer.button", b.summary()))
                .orElse(""), ButtonBar.ButtonData.OTHER);
        Alert alert = backup.isPresent()
                ? new Alert(Alert.AlertType.ERROR, Messages.text("backup.offer.text", message), restore,
                        Buttons.cancel())
                : new Alert(Alert.AlertType.ERROR, message, Buttons.ok());
        alert.initOwner(owner);
        AlertTitles.titled(alert);
        alert.setHeaderText(Messages.text("open.cannot", file.getFileName()));
        alert.getDialogPane().setId("open-refused");
        if (backup.isPresent()) { // the offer names the backup's date and counts: room for all of it
            javafx.scene.Node button = alert.getDialogPane().lookupButton(restore);
            ButtonBar.setButtonUniformSize(button, false);
            ((javafx.scene.control.Button) button).setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            alert.getDialogPane().setMinWidth(Math.min(1000,
                    javafx.stage.Screen.getPrimary().getVisualBounds().getWidth() - 40));
        }
        backup.ifPresent(b -> alert.resultProperty().addListener((o, was, answer) -> {
            if (restore.equals(answer)) {
                restorer.restore(file, b, () -> { });
            }
        }));
        alert.show();
    }

    void shutdown() {
        worker.shutdownNow();
        restorer.shutdown();
    }

    @FunctionalInterface
    private interface OpenAction {
        DocumentSession open() throws DocumentProblem;
    }
}
