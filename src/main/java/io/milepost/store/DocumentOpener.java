package io.milepost.store;

import io.milepost.i18n.Messages;
import io.milepost.model.Roadmap;
import io.milepost.store.DocumentException.Reason;
import io.milepost.store.sqlite.SqliteConnections;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * How a document comes to be open: the checks a file must pass before SQLite may touch it, the lock, the connection,
 * and the migration of an older file.
 *
 * <p>An older file opened for editing is copied ({@code <name>.v<N>.bak}) and then migrated in place. An older file
 * opened read-only is never written: it is read into memory through SQLite, migrated there, and shown from there.
 */
final class DocumentOpener {

    private static final Logger LOG = LoggerFactory.getLogger(DocumentOpener.class);

    /**
     * What an open document holds on to; {@code lock} is {@code null} for a read-only document. {@code file} is the
     * document's real path, under which it counts as open in this process until {@link #closed}.
     */
    record Opened(Path file, Connection connection, DocumentLock lock, boolean readOnly) {
    }

    /**
     * The documents this process has open (real path → how many times). Java must not read such a file itself:
     * closing any descriptor of a file drops every POSIX lock the process holds on it, SQLite's included, which is
     * how SQLite files get corrupted. SQLite's own connections share their locks safely.
     */
    private static final Map<Path, Integer> OPEN_HERE = new HashMap<>();

    private DocumentOpener() {
    }

    static Opened open(Path file, OpenMode mode) throws DocumentException {
        if (!isOpenHere(file)) { // an open document has passed these checks, and must not be read by Java
            FileHeader.check(file); // refuses what is not ours before SQLite sees it
        }
        Opened opened = mode == OpenMode.READ_ONLY ? openReadOnly(file) : openForEditing(file);
        counted(opened.file(), +1);
        return opened;
    }

    /** The document has been closed: it no longer counts as open in this process. */
    static void closed(Opened opened) {
        counted(opened.file(), -1);
    }

    static boolean isOpenHere(Path file) {
        synchronized (OPEN_HERE) {
            return OPEN_HERE.containsKey(realPath(file));
        }
    }

    private static void counted(Path real, int change) {
        synchronized (OPEN_HERE) {
            OPEN_HERE.merge(real, change, (a, b) -> a + b == 0 ? null : a + b);
        }
    }

    static Path realPath(Path file) {
        try {
            return file.toRealPath();
        } catch (IOException e) {
            return file;
        }
    }

    private static Opened openReadOnly(Path file) throws DocumentException {
        Connection c = connect(file, true);
        try {
            int version = verify(c, file);
            if (version < RoadmapDocument.SCHEMA_VERSION) {
                Connection copy = SqliteConnections.inMemoryCopy(c);
                closeQuietly(c);
                c = copy;
                Migrations.migrate(c, version, file, "in memory (opened read-only)");
                try (Statement s = c.createStatement()) {
                    s.execute("PRAGMA query_only = ON");
                }
            }
            LOG.debug("Opened {} read-only", file);
            return new Opened(realPath(file), c, null, true);
        } catch (SQLException e) {
            closeQuietly(c);
            throw SqlFailures.of(file, Messages.text("store.action.read"), e);
        } catch (DocumentException | RuntimeException e) {
            closeQuietly(c);
            throw e;
        }
    }

    private static Opened openForEditing(Path file) throws DocumentException {
        if (!Files.isWritable(file)) {
            throw new DocumentException(Reason.READ_ONLY, file,
                    Messages.text("store.fileReadOnly"));
        }
        DocumentLock lock = DocumentLock.acquire(file);
        Connection c = null;
        Path backup = null;
        int version = -1;
        try {
            c = connect(file, false);
            version = verify(c, file);
            if (version < RoadmapDocument.SCHEMA_VERSION) {
                backup = DocumentCopies.backupBeforeMigration(c, file, version);
                Migrations.migrate(c, version, file, "in place");
            }
            LOG.debug("Opened {} for editing", file);
            return new Opened(realPath(file), c, lock, false);
        } catch (SQLException e) {
            dropUnneededBackup(c, backup, version);
            closeQuietly(c);
            lock.close();
            throw SqlFailures.of(file, Messages.text("store.action.migrate"), e);
        } catch (DocumentException | RuntimeException e) {
            dropUnneededBackup(c, backup, version);
            closeQuietly(c);
            lock.close();
            throw e;
        }
    }

    /**
     * A migration that failed in its first step left the file as it was: the copy taken before it is then one more
     * file beside the document for nothing, and every later attempt would add another. A file left part-way keeps
     * its backup.
     */
    private static void dropUnneededBackup(Connection c, Path backup, int version) {
        if (backup == null || c == null) {
            return;
        }
        try (var st = c.createStatement(); var rs = st.executeQuery("PRAGMA user_version")) {
            if (rs.next() && rs.getInt(1) == version) {
                FilePlacement.deleteQuietly(backup);
            }
        } catch (SQLException e) {
            LOG.debug("Keeping {}: cannot tell how far the migration went ({})", backup, e.toString());
        }
    }

    /**
     * Builds the whole document in a temporary file beside {@code file} in one transaction, then gives it its name;
     * the new document is returned open for editing.
     */
    static Opened create(Path file, Roadmap roadmap) throws DocumentException {
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            throw alreadyExists(file);
        }
        Path folder = file.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new DocumentException(Reason.NOT_FOUND, file,
                    Messages.text("store.noFolder", folder));
        }
        DocumentLock lock = DocumentLock.acquire(file);
        Path temp = null;
        try {
            temp = FilePlacement.tempBeside(file, "new");
            try (Connection c = SqliteConnections.openFile(temp, false)) {
                Transactions.immediate(c, () -> {
                    Schema.create(c);
                    new RoadmapTables(c).insert(roadmap);
                });
            }
            FilePlacement.placeNew(temp, file);
            temp = null;
            LOG.info("Created {} ({})", file, roadmap);
            Opened opened = new Opened(realPath(file), connect(file, false), lock, false);
            counted(opened.file(), +1);
            return opened;
        } catch (FileAlreadyExistsException e) {
            lock.close();
            throw alreadyExists(file);
        } catch (SQLException e) {
            lock.close();
            throw SqlFailures.of(file, Messages.text("store.action.create"), e);
        } catch (IOException e) {
            lock.close();
            throw new DocumentException(Reason.IO, file, Messages.text("store.notCreated", e.getMessage()), e);
        } catch (DocumentException | RuntimeException e) {
            lock.close();
            throw e;
        } finally {
            if (temp != null) {
                FilePlacement.deleteQuietly(temp);
            }
        }
    }

    private static DocumentException alreadyExists(Path file) {
        return new DocumentException(Reason.REFUSED, file,
                Messages.text("store.exists"));
    }

    private static Connection connect(Path file, boolean readOnly) throws DocumentException {
        try {
            return SqliteConnections.openFile(file, readOnly);
        } catch (SQLException e) {
            throw SqlFailures.of(file, Messages.text("store.action.open"), e);
        }
    }

    /**
     * Checks what SQLite itself says about the file: the header again (authoritative now that a crashed change has
     * been rolled back) and the tables its version must have. Reading the tables makes SQLite parse the schema.
     *
     * @return the file's schema version
     */
    private static int verify(Connection c, Path file) throws SQLException, DocumentException {
        int applicationId = Schema.pragmaInt(c, "application_id");
        if (applicationId != RoadmapDocument.APPLICATION_ID) {
            throw FileHeader.foreign(file, applicationId);
        }
        int version = Schema.pragmaInt(c, "user_version");
        if (version > RoadmapDocument.SCHEMA_VERSION) {
            throw FileHeader.newerVersion(file, version);
        }
        if (version < Migrations.OLDEST) {
            throw FileHeader.noVersion(file, version);
        }
        Set<String> missing = new TreeSet<>(Migrations.tablesAt(version));
        missing.removeAll(Schema.tablesIn(c));
        if (!missing.isEmpty()) {
            throw new DocumentException(Reason.CORRUPT, file,
                    Messages.text("store.missingTables", String.join(", ", missing)));
        }
        Set<String> foreign = Schema.triggersAndViewsIn(c);
        if (!foreign.isEmpty()) {
            throw new DocumentException(Reason.CORRUPT, file, Messages.text("store.triggers",
                    String.join(", ", foreign)));
        }
        return version;
    }

    static void closeQuietly(Connection c) {
        if (c == null) {
            return;
        }
        try {
            c.close();
        } catch (SQLException e) {
            LOG.warn("Could not close a connection: {}", e.toString());
        }
    }
}
