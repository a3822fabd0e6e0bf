package io.milepost.store;

import io.milepost.i18n.Messages;
import io.milepost.store.DocumentException.Reason;
import io.milepost.store.sqlite.SqliteConnections;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Puts a backup back in place of its document, holding the document's lock throughout so that no window or process
 * edits it meanwhile: the backup is copied through SQLite into a temporary file beside the document and checked;
 * the document as it is now is kept as a backup of its own (so restoring it again undoes the restore); then the
 * temporary file takes the document's name in one rename. A crash at any step leaves the document whole, old or new.
 *
 * <p>A document too damaged to be copied through SQLite is kept byte for byte in the backup folder instead
 * ({@code <time>.damaged}), with the journal SQLite may have left beside it, which must never be played back
 * onto the restored file.
 */
final class BackupRestore {

    private static final Logger LOG = LoggerFactory.getLogger(BackupRestore.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH-mm-ss'Z'")
            .withZone(ZoneOffset.UTC);

    private BackupRestore() {
    }

    /**
     * @return the backup of the document as it was before, or empty when it was missing or too damaged to copy
     *         through SQLite (then kept byte for byte)
     * @throws DocumentException LOCKED while a window or process edits the document; REFUSED when it is open in
     *                           this process; CORRUPT when the backup fails its check (the document is untouched)
     */
    static Optional<BackupFile> restore(DocumentBackups backups, Path document, BackupFile backup, int keep)
            throws DocumentException {
        Path doc = document.toAbsolutePath().normalize();
        if (!backup.file().toAbsolutePath().normalize().getParent().equals(backups.folderOf(doc))) {
            throw new DocumentException(Reason.REFUSED, doc, Messages.text("backup.error.notItsBackup",
                    backup.file()));
        }
        if (DocumentOpener.isOpenHere(doc)) {
            throw new DocumentException(Reason.REFUSED, doc, Messages.text("backup.error.openHere"));
        }
        DocumentLock lock = DocumentLock.acquire(doc);
        Path temp = null;
        try {
            Optional<String> damage = BackupCheck.damage(backup.file());
            if (damage.isPresent()) {
                throw new DocumentException(Reason.CORRUPT, doc, Messages.text("backup.error.backupDamaged",
                        backup.name(), damage.get()));
            }
            temp = FilePlacement.tempBeside(doc, "restore");
            try (Connection source = SqliteConnections.openFile(backup.file(), true)) {
                SqliteConnections.backup(source, temp);
            }
            Optional<String> copyDamage = BackupCheck.damage(temp);
            if (copyDamage.isPresent()) {
                throw new DocumentException(Reason.IO, doc, Messages.text("backup.error.restoreFailed",
                        copyDamage.get()));
            }
            Optional<BackupFile> before = keepAsItIs(backups, doc, keep);
            FilePlacement.replace(temp, doc);
            temp = null;
            LOG.info("Restored {} from the backup {}", doc, backup.file());
            return before;
        } catch (SQLException | IOException e) {
            throw new DocumentException(Reason.IO, doc, Messages.text("backup.error.restoreFailed", e.getMessage()),
                    e);
        } finally {
            if (temp != null) {
                FilePlacement.deleteQuietly(temp);
            }
            lock.close();
        }
    }

    /** Keeps the document as it is now: a checked backup when SQLite can copy it, else its bytes as they are. */
    private static Optional<BackupFile> keepAsItIs(DocumentBackups backups, Path doc, int keep)
            throws DocumentException, IOException {
        if (!Files.exists(doc, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        if (BackupCheck.damage(doc).isEmpty()) {
            // Read-write, so that SQLite first rolls back what a crash left in the journal.
            try (Connection c = SqliteConnections.openFile(doc, false)) {
                Schema.pragmaInt(c, "user_version");
                BackupFile before = backups.backUp(doc, target -> SqliteConnections.backup(c, target),
                        BackupFile.Kind.BEFORE_RESTORE, keep);
                setAsideJournal(backups, doc);
                return Optional.of(before);
            } catch (SQLException | DocumentException e) {
                LOG.warn("{} could not be copied through SQLite ({}); keeping its bytes instead", doc, e.toString());
            }
        }
        Path folder = backups.folderOf(doc);
        Files.createDirectories(folder);
        String stamp = STAMP.format(backups.clock().instant().truncatedTo(ChronoUnit.SECONDS));
        Path kept = folder.resolve(stamp + ".damaged");
        Path temp = FilePlacement.tempBeside(kept, "damaged");
        try {
            Files.copy(doc, temp, StandardCopyOption.REPLACE_EXISTING);
            FilePlacement.replace(temp, kept);
        } finally {
            FilePlacement.deleteQuietly(temp);
        }
        LOG.warn("Kept the damaged {} as {}", doc, kept);
        setAsideJournal(backups, doc);
        return Optional.empty();
    }

    /** A journal left beside the old file belongs to it: played back onto the restored one, it would ruin it. */
    private static void setAsideJournal(DocumentBackups backups, Path doc) throws IOException {
        Path journal = doc.resolveSibling(doc.getFileName() + "-journal");
        if (Files.exists(journal, LinkOption.NOFOLLOW_LINKS)) {
            String stamp = STAMP.format(backups.clock().instant().truncatedTo(ChronoUnit.SECONDS));
            Files.move(journal, backups.folderOf(doc).resolve(stamp + ".journal"),
                    StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
