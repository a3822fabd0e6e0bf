package io.milepost.store.sqlite;

import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteConnection;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.SQLiteOpenMode;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The only place that knows the SQLite driver: how a document's connection is opened and configured, the backup
 * API, and in-memory copies. Everything else in the store speaks plain {@code java.sql}.
 *
 * <p>Every connection has {@code foreign_keys=ON}, {@code trusted_schema=OFF} and a busy timeout. A writable one
 * also has {@code journal_mode=DELETE} (no {@code -wal}/{@code -shm} files: the document stays one self-contained
 * file) and {@code synchronous=FULL}. Files are opened by URI with {@code mode=ro} or {@code mode=rw}, so SQLite
 * never creates a file that is not there, and a name with {@code ?} or {@code #} in it is not mistaken for options.
 */
public final class SqliteConnections {

    /** How long a statement waits for another process's lock (a reader of the file) before it gives up. */
    private static final int BUSY_TIMEOUT_MS = 5_000;

    private SqliteConnections() {
    }

    /**
     * Opens an existing database file. An empty file is opened as a new, empty database.
     *
     * @param readOnly opens with {@code SQLITE_OPEN_READONLY} and {@code query_only=ON}: nothing can be written
     */
    public static Connection openFile(Path file, boolean readOnly) throws SQLException {
        SQLiteConfig config = baseConfig();
        config.setReadOnly(readOnly);
        if (!readOnly) {
            config.setJournalMode(SQLiteConfig.JournalMode.DELETE);
            config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        }
        String uri = file.toAbsolutePath().toUri().toString() + (readOnly ? "?mode=ro" : "?mode=rw");
        return configured(config.createConnection("jdbc:sqlite:" + uri), readOnly);
    }

    /**
     * A private in-memory copy of the database behind {@code source}, taken through SQLite (a consistent snapshot,
     * not the raw bytes of the file). The copy can be changed, e.g. migrated, without touching the file.
     */
    public static Connection inMemoryCopy(Connection source) throws SQLException {
        byte[] image = source.unwrap(SQLiteConnection.class).serialize("main");
        Connection memory = baseConfig().createConnection("jdbc:sqlite::memory:");
        try {
            memory.unwrap(SQLiteConnection.class).deserialize("main", image);
            return configured(memory, false);
        } catch (SQLException | RuntimeException e) {
            memory.close();
            throw e;
        }
    }

    /**
     * Copies the database behind {@code source} to {@code target} with SQLite's online backup API ("backup to").
     * The target file is created or overwritten; it is a complete database with the same header values
     * ({@code application_id}, {@code user_version}) as the source.
     */
    public static void backup(Connection source, Path target) throws SQLException {
        int rc = source.unwrap(SQLiteConnection.class).getDatabase()
                .backup("main", target.toAbsolutePath().toString(), null);
        if (rc != 0) {
            throw new SQLException("backup to " + target + " failed (SQLite result code " + rc + ")", null, rc);
        }
    }

    private static SQLiteConfig baseConfig() throws SQLException {
        requireNativeLibrary();
        SQLiteConfig config = new SQLiteConfig();
        config.resetOpenMode(SQLiteOpenMode.CREATE);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        return config;
    }

    private static Connection configured(Connection c, boolean readOnly) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA trusted_schema = OFF");
            if (readOnly) {
                s.execute("PRAGMA query_only = ON");
            }
            return c;
        } catch (SQLException | RuntimeException e) {
            c.close();
            throw e;
        }
    }

    /**
     * Loads SQLite's native library, which the driver first copies to {@code org.sqlite.tmpdir} (else
     * {@code java.io.tmpdir}). Where that folder cannot take it (read-only, full, not a folder, mounted noexec), the
     * driver alone would say only "Error opening connection"; this names the folder and the way out.
     */
    private static void requireNativeLibrary() throws SQLException {
        Exception failure = null;
        boolean loaded;
        try {
            loaded = SQLiteJDBCLoader.initialize();
        } catch (Exception | UnsatisfiedLinkError e) {
            loaded = false;
            failure = e instanceof Exception ex ? ex : new Exception(e);
        }
        if (!loaded) {
            String folder = System.getProperty("org.sqlite.tmpdir", System.getProperty("java.io.tmpdir"));
            throw new SQLException("SQLite's library could not be loaded from the temporary folder " + folder
                    + "; make that folder writable, or name another with -Dorg.sqlite.tmpdir=FOLDER", null, 0,
                    failure);
        }
    }
}
