package io.milepost.store;

import io.milepost.i18n.Messages;
import io.milepost.model.MilestoneChange;
import io.milepost.model.Roadmap;
import io.milepost.store.DocumentException.Reason;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One open {@code .milepost} file: one SQLite database holding one roadmap. There is no "Save": every edit is its
 * own transaction ({@code BEGIN IMMEDIATE}), so a crash loses at most the edit in flight.
 *
 * <p>A document opened {@link OpenMode#READ_WRITE} holds the file's lock ({@code <file>.lock}) until
 * {@link #close()}; a second window or process trying the same gets {@link Reason#LOCKED} and may open it
 * {@link OpenMode#READ_ONLY} instead. Methods are synchronized; the document is meant for one window at a time.
 */
public final class RoadmapDocument implements AutoCloseable {

    /** {@code PRAGMA application_id} of every Milepost document: "MLPS". */
    public static final int APPLICATION_ID = 0x4D4C5053;

    /** {@code PRAGMA user_version} this build writes; it reads this and every older version. */
    public static final int SCHEMA_VERSION = 7;

    private static final Logger LOG = LoggerFactory.getLogger(RoadmapDocument.class);

    private final Path path;
    private final DocumentOpener.Opened opened;
    private final Connection connection;
    private final DocumentLock lock;
    private final boolean readOnly;
    private final RoadmapTables tables;
    private boolean editing;
    private boolean closed;

    private RoadmapDocument(Path path, DocumentOpener.Opened opened) {
        this.path = path;
        this.opened = opened;
        this.connection = opened.connection();
        this.lock = opened.lock();
        this.readOnly = opened.readOnly();
        this.tables = new RoadmapTables(connection);
    }

    /**
     * Creates a new document holding {@code roadmap} and opens it for editing. The whole file is built in a
     * temporary file in the same folder and then moved into place, so a crash never leaves half a document.
     *
     * @throws DocumentException REFUSED when the file exists (it is never overwritten) or the roadmap refers to
     *                           items it does not hold; NOT_FOUND when the folder does not exist
     */
    public static RoadmapDocument create(Path file, Roadmap roadmap) throws DocumentException {
        Objects.requireNonNull(roadmap, "roadmap");
        Path p = normalized(file);
        return new RoadmapDocument(p, DocumentOpener.create(p, roadmap));
    }

    /**
     * Opens a document. A file that is not Milepost's, newer than this build, or damaged is refused before SQLite
     * touches it, and is never written to. A file of an older schema is brought up to date: in place, after a
     * backup beside it ({@code <name>.v<N>.bak}), when opened for editing; in memory only when opened read-only.
     */
    public static RoadmapDocument open(Path file, OpenMode mode) throws DocumentException {
        Objects.requireNonNull(mode, "mode");
        Path p = normalized(file);
        return new RoadmapDocument(p, DocumentOpener.open(p, mode));
    }

    public Path path() {
        return path;
    }

    /**
     * Whether a window of this or another Milepost process edits the document at {@code file} now, so that opening
     * it for editing would be refused. A read-only window asks this to offer "Edit here" once the other has closed.
     */
    public static boolean isEditedElsewhere(Path file) {
        return DocumentLock.isHeld(normalized(file));
    }

    /** The name of the file beside a document that says who edits it (what a folder watch looks out for). */
    public static Path lockFileOf(Path file) {
        return DocumentLock.lockFileOf(normalized(file));
    }

    public boolean isReadOnly() {
        return readOnly;
    }

    /**
     * The whole roadmap, every list in the order it was saved in, read as one consistent snapshot. Called from
     * inside an edit, it shows the edit's changes so far.
     */
    public synchronized Roadmap load() throws DocumentException {
        requireOpen();
        try {
            return editing ? tables.load() : Transactions.reading(connection, tables::load);
        } catch (SQLException e) {
            throw SqlFailures.of(path, Messages.text("store.action.read"), e);
        } catch (Columns.DamagedValueException e) {
            throw new DocumentException(Reason.CORRUPT, path, Messages.text("store.damaged", e.getMessage()), e);
        } catch (NullPointerException | IllegalArgumentException | java.time.DateTimeException e) {
            // A damaged page can hand back a value no Milepost wrote (a NULL id past a NOT NULL column): the model's
            // records refuse it, and the file is reported as damaged rather than failing with a stack trace.
            throw new DocumentException(Reason.CORRUPT, path, Messages.text("store.damagedValue", e.getMessage()), e);
        }
    }

    /**
     * What SQLite finds wrong with the file ({@code PRAGMA integrity_check} and {@code foreign_key_check}), one
     * line per problem; an empty list means the file is sound.
     */
    public synchronized List<String> integrityProblems() throws DocumentException {
        requireOpen();
        List<String> problems = new ArrayList<>();
        try (Statement s = connection.createStatement()) {
            collect(s, "PRAGMA integrity_check", problems, rs -> "ok".equals(rs.getString(1)) ? null
                    : rs.getString(1));
            collect(s, "PRAGMA foreign_key_check", problems, rs -> Messages.text("store.danglingRow",
                    rs.getString(1), rs.getString(3)));
        } catch (SQLException e) {
            throw SqlFailures.of(path, Messages.text("store.action.check"), e);
        }
        return problems;
    }

    /** One line of a check's report, or {@code null} for a line that reports no problem. */
    @FunctionalInterface
    private interface CheckLine {
        String problem(ResultSet rs) throws SQLException;
    }

    /** Runs one check; damage so bad that SQLite cannot even finish the check is itself reported as a problem. */
    private static void collect(Statement s, String check, List<String> problems, CheckLine line)
            throws SQLException {
        try (ResultSet rs = s.executeQuery(check)) {
            while (rs.next()) {
                String problem = line.problem(rs);
                if (problem != null) {
                    problems.add(problem);
                }
            }
        } catch (SQLException e) {
            if (!SqlFailures.isDamage(e)) {
                throw e;
            }
            problems.add(check + " stopped: " + SqlFailures.detail(e));
        }
    }

    /**
     * Makes several changes as one transaction: all of them are saved, or, if {@code work} throws, none is.
     *
     * @throws IllegalStateException when called from inside another edit's work (use its writer instead)
     */
    public synchronized void edit(DocumentEdit work) throws DocumentException {
        Objects.requireNonNull(work, "work");
        inOneTransaction("save the change", tables -> {
            TransactionWriter w = new TransactionWriter(tables, path);
            try {
                work.apply(w);
            } finally {
                w.close();
            }
        });
    }

    /** Replaces everything in the document with {@code roadmap} (an import), in one transaction. */
    public synchronized void replaceAll(Roadmap roadmap) throws DocumentException {
        Objects.requireNonNull(roadmap, "roadmap");
        inOneTransaction("replace the roadmap with the imported one", tables -> {
            tables.deleteAll();
            tables.insert(roadmap);
        });
        LOG.info("Replaced the contents of {} ({})", path, roadmap);
    }

    /**
     * Writes a complete copy of the document to {@code target} with SQLite's backup API, replacing a file there
     * unless it is the open document itself or open for editing in another window.
     */
    public synchronized void saveCopyAs(Path target) throws DocumentException {
        requireOpen();
        if (editing) {
            throw new IllegalStateException("a copy cannot be saved in the middle of an edit");
        }
        Path t = normalized(target);
        if (t.equals(path) || isSameFile(t, path)) {
            throw new DocumentException(Reason.REFUSED, t,
                    Messages.text("store.copyIsOpen"));
        }
        DocumentCopies.saveCopy(connection, t);
    }

    /**
     * Copies the whole document to {@code target} with SQLite's backup API, for {@link DocumentBackups}: between
     * edits, through this document's own connection (Java must not open a file this process has open, see
     * {@link DocumentOpener}).
     */
    synchronized void copyTo(Path target) throws SQLException {
        requireOpen();
        if (editing) {
            throw new IllegalStateException("a backup cannot be taken in the middle of an edit");
        }
        io.milepost.store.sqlite.SqliteConnections.backup(connection, target);
    }

    /**
     * What changed in the milestones at or after {@code since}, oldest first: for "changed since …" and for the report
     * of progress since a commission's last session.
     */
    public synchronized List<MilestoneChange> changesSince(Instant since) throws DocumentException {
        requireOpen();
        try {
            return tables.history.since(since);
        } catch (SQLException e) {
            throw SqlFailures.of(path, Messages.text("store.action.readChangesSince", since), e);
        }
    }

    /**
     * The roadmap last exchanged with a partner copy (exported to it or imported from it), as the exchange format's
     * text, if any: the base of the next three-way merge with that copy.
     */
    public synchronized Optional<String> exchangeBase(UUID roadmapId, String partner) throws DocumentException {
        requireOpen();
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT snapshot FROM exchange_base WHERE roadmap_id = ? AND partner = ?")) {
            ps.setString(1, roadmapId.toString());
            ps.setString(2, partner);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw SqlFailures.of(path, Messages.text("store.action.readLastExchange", partner), e);
        }
    }

    /**
     * Remembers what was just exchanged with a partner copy. Bookkeeping, not an edit of the roadmap: it is written
     * in a transaction of its own and is not a step of undo; the same state agreed on again writes nothing.
     */
    public synchronized void rememberExchangeBase(UUID roadmapId, String partner, String snapshot)
            throws DocumentException {
        if (exchangeBase(roadmapId, partner).filter(snapshot::equals).isPresent()) {
            return; // agreed on again: the file stays exactly as it was
        }
        inOneTransaction("remember what was exchanged with " + partner, t -> {
            try (PreparedStatement ps = connection.prepareStatement("INSERT INTO exchange_base (roadmap_id, partner, "
                    + "exchanged_at, snapshot) VALUES (?, ?, ?, ?) ON CONFLICT (roadmap_id, partner) DO UPDATE SET "
                    + "exchanged_at = excluded.exchanged_at, snapshot = excluded.snapshot")) {
                ps.setString(1, roadmapId.toString());
                ps.setString(2, partner);
                ps.setString(3, java.time.Instant.now().toString());
                ps.setString(4, snapshot);
                ps.executeUpdate();
            }
        });
    }

    /**
     * Lets the file grow to at most {@code pages} pages ({@code PRAGMA max_page_count}) on this connection only: the
     * one way to fill the disk under a single document, reliably and without privileges, so that tests can show a
     * full disk loses no saved edit. Not for the product's own use; the cap ends with the connection.
     */
    synchronized void capSizeAtPages(long pages) throws SQLException {
        requireOpen();
        try (Statement s = connection.createStatement()) {
            s.execute("PRAGMA max_page_count = " + pages);
        }
    }

    /** Closes the connection and gives up the lock (deleting the lock file). Closing twice does nothing. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        DocumentOpener.closeQuietly(connection);
        if (lock != null) {
            lock.close();
        }
        DocumentOpener.closed(opened);
        LOG.debug("Closed {}", path);
    }

    @Override
    public String toString() {
        return "RoadmapDocument[" + path + (readOnly ? ", read-only" : "") + (closed ? ", closed" : "") + "]";
    }

    /** The work of one transaction against the tables. */
    @FunctionalInterface
    private interface TableWork {
        void run(RoadmapTables tables) throws SQLException, DocumentException;
    }

    private void inOneTransaction(String action, TableWork work) throws DocumentException {
        requireOpen();
        if (editing) {
            throw new IllegalStateException("an edit is already running: make further changes with its DocumentWriter");
        }
        if (readOnly) {
            throw new DocumentException(Reason.READ_ONLY, path,
                    Messages.text("store.openReadOnly"));
        }
        editing = true;
        tables.begin();
        boolean committed = false;
        try {
            Transactions.immediate(connection, () -> work.run(tables));
            committed = true;
        } catch (SQLException e) {
            throw SqlFailures.of(path, action, e);
        } catch (StaleRowException e) {
            throw TransactionWriter.stale(path, action);
        } finally {
            if (committed) {
                tables.committed();
            } else {
                tables.rolledBack();
            }
            editing = false;
        }
    }

    private void requireOpen() {
        if (closed) {
            throw new IllegalStateException(path + " has been closed");
        }
    }

    private static boolean isSameFile(Path a, Path b) {
        try {
            return Files.exists(a) && Files.isSameFile(a, b);
        } catch (java.io.IOException e) {
            return false;
        }
    }

    private static Path normalized(Path file) {
        return Objects.requireNonNull(file, "file").toAbsolutePath().normalize();
    }
}
