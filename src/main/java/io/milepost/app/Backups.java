package io.milepost.app;

import io.milepost.store.BackupFile;
import io.milepost.store.DocumentBackups;
import io.milepost.store.DocumentException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.IntSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The rotating backups of the documents a planner edits, in the data folder ({@link DocumentLocations#backups()}):
 * the day's copy, taken in the background when a document is opened for editing, so that opening never waits for
 * it; the list of a document's backups; and restoring one.
 */
public final class Backups {

    /** The system property that says how many backups of each document to keep, until preferences say it. */
    public static final String KEEP_PROPERTY = "milepost.backups.keep";
    public static final int DEFAULT_KEEP = 10;

    private static final Logger LOG = LoggerFactory.getLogger(Backups.class);

    private final DocumentBackups store;
    private final IntSupplier keep;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "milepost-backup");
        t.setDaemon(true);
        return t;
    });

    /**
     * @param keep how many backups of each document to keep, asked each time one is taken (so a changed preference
     *             counts from the next backup on)
     */
    public Backups(DocumentLocations locations, IntSupplier keep) {
        this(new DocumentBackups(locations.backups()), keep);
    }

    /**
     * Keeps as many backups as the planner's preferences say (read each time, so a change counts from the next
     * backup on), or the system property {@value #KEEP_PROPERTY} where a test or an administrator sets it.
     */
    public Backups(DocumentLocations locations) {
        this(locations, () -> System.getProperty(KEEP_PROPERTY) != null ? keepFromSystemProperty()
                : SettingsStore.of(locations).load().backupsToKeep());
    }

    Backups(DocumentBackups store, IntSupplier keep) {
        this.store = store;
        this.keep = keep;
    }

    public static int keepFromSystemProperty() {
        try {
            return Math.max(1, Integer.parseInt(System.getProperty(KEEP_PROPERTY, String.valueOf(DEFAULT_KEEP))
                    .strip()));
        } catch (NumberFormatException e) {
            return DEFAULT_KEEP;
        }
    }

    /**
     * Takes the day's backup of a document just opened for editing, on a thread of its own; a document opened
     * read-only is backed up by the window that edits it. A failure is logged: the planner's work goes on.
     *
     * @return the backup taken, or empty when today's existed, the document is read-only, or the copy failed
     */
    public CompletableFuture<Optional<BackupCopy>> backUpInBackground(DocumentSession session) {
        if (session.isReadOnly()) {
            return CompletableFuture.completedFuture(Optional.empty());
        }
        return CompletableFuture.supplyAsync(() -> {
            try {
                return backUpIfDue(session);
            } catch (DocumentProblem | RuntimeException e) {
                LOG.warn("The day's backup of {} was not taken: {}", session.path(), e.getMessage());
                return Optional.empty();
            }
        }, worker);
    }

    /** Takes the day's backup now, unless one was taken today. */
    public Optional<BackupCopy> backUpIfDue(DocumentSession session) throws DocumentProblem {
        try {
            return store.backUpIfDue(session.document(), keep.getAsInt()).map(Backups::copy);
        } catch (DocumentException e) {
            throw new DocumentProblem(e);
        }
    }

    /** Every backup of the document, newest first. */
    public List<BackupCopy> list(Path document) {
        return store.list(document).stream().map(Backups::copy).toList();
    }

    /** The newest backup of the document that passes its check: what a damaged document is offered. */
    public Optional<BackupCopy> newestSound(Path document) {
        return store.newestSound(document).map(Backups::copy);
    }

    /** The backup of the document with this file name (as {@code milepost backups} lists it). */
    public Optional<BackupCopy> named(Path document, String name) {
        return store.named(document, name).map(Backups::copy);
    }

    /**
     * Puts a backup back in place of the document, which no window may have open; the document as it was becomes a
     * backup itself, so that restoring that one undoes this.
     *
     * @return the backup of the document as it was (empty when it was missing or too damaged to copy)
     * @throws DocumentProblem LOCKED while a window or process edits it; OTHER when the backup is damaged or the disk
     *                         fails, the document then untouched
     */
    public Optional<BackupCopy> restore(Path document, BackupCopy backup) throws DocumentProblem {
        BackupFile file = store.named(document, backup.name()).orElseThrow(() -> new DocumentProblem(
                new DocumentException(DocumentException.Reason.NOT_FOUND, document,
                        io.milepost.i18n.Messages.text("backup.error.noSuchBackup", backup.name()))));
        try {
            return store.restore(document, file, keep.getAsInt()).map(Backups::copy);
        } catch (DocumentException e) {
            throw new DocumentProblem(e);
        }
    }

    /** The folder the document's backups are kept in. */
    public Path folderOf(Path document) {
        return store.folderOf(document);
    }

    private static BackupCopy copy(BackupFile b) {
        return new BackupCopy(b.name(), b.file(), b.takenAt(), b.kind() == BackupFile.Kind.BEFORE_RESTORE, b.size(),
                b.milestones(), b.sectors(), b.commissions(), b.sound());
    }
}
