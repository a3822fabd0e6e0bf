package io.milepost.store;

import io.milepost.i18n.Messages;
import io.milepost.store.DocumentException.Reason;
import io.milepost.store.sqlite.SqliteConnections;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Whole copies of an open document, made with SQLite's backup API: "Save a copy as…", and the copy kept before a
 * migration. A copy is written to a temporary file and then moved into place.
 */
final class DocumentCopies {

    private static final Logger LOG = LoggerFactory.getLogger(DocumentCopies.class);

    private static final int MAX_BACKUPS_PER_VERSION = 99;

    private DocumentCopies() {
    }

    /**
     * Writes a copy of the database behind {@code c} to {@code target}, replacing a file that is there unless it is
     * open for editing in some Milepost.
     */
    static void saveCopy(Connection c, Path target) throws DocumentException {
        Path folder = target.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new DocumentException(Reason.NOT_FOUND, target,
                    Messages.text("store.copy.noFolder", folder));
        }
        if (Files.isDirectory(target)) {
            throw new DocumentException(Reason.IO, target, Messages.text("store.copy.isFolder"));
        }
        DocumentLock lock = DocumentLock.acquire(target); // not while another Milepost edits that file
        Path temp = null;
        try {
            temp = tempBeside(target, "copy");
            SqliteConnections.backup(c, temp);
            FilePlacement.replace(temp, target);
        } catch (SQLException e) {
            throw SqlFailures.of(target, Messages.text("store.action.writeCopy"), e);
        } catch (IOException e) {
            throw new DocumentException(Reason.IO, target, Messages.text("store.notWritten", e.getMessage()), e);
        } finally {
            if (temp != null) {
                FilePlacement.deleteQuietly(temp);
            }
            lock.close();
        }
        LOG.info("Saved a copy as {}", target);
    }

    /**
     * Keeps the document as it is before a migration, beside it as {@code <name>.v<version>.bak}; an older backup
     * of that name is never overwritten ({@code <name>.v<version>.2.bak} and so on instead).
     *
     * @return the backup file
     */
    static Path backupBeforeMigration(Connection c, Path file, int version) throws DocumentException {
        Path temp = tempBeside(file, "backup");
        try {
            SqliteConnections.backup(c, temp);
            for (int n = 1; n <= MAX_BACKUPS_PER_VERSION; n++) {
                Path backup = file.resolveSibling(file.getFileName() + ".v" + version + (n == 1 ? "" : "." + n)
                        + ".bak");
                try {
                    FilePlacement.placeNew(temp, backup);
                    LOG.info("Kept a copy of {} as it was before the migration: {}", file, backup);
                    return backup;
                } catch (FileAlreadyExistsException e) {
                    // an earlier backup of this version: keep it, try the next name
                }
            }
            throw new DocumentException(Reason.IO, file, Messages.text("store.tooManyBackups",
                    MAX_BACKUPS_PER_VERSION, version));
        } catch (SQLException e) {
            throw SqlFailures.of(file, Messages.text("store.action.backupBeforeMigration"), e);
        } catch (IOException e) {
            throw new DocumentException(Reason.IO, file,
                    Messages.text("store.notCopiedBeforeMigration", e.getMessage()), e);
        } finally {
            FilePlacement.deleteQuietly(temp);
        }
    }

    private static Path tempBeside(Path target, String purpose) throws DocumentException {
        try {
            return FilePlacement.tempBeside(target, purpose);
        } catch (IOException e) {
            throw new DocumentException(Reason.IO, target, Messages.text("store.cannotWriteHere", e.getMessage()), e);
        }
    }
}
