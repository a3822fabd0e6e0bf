package io.milepost.store;

import io.milepost.i18n.Messages;
import io.milepost.store.DocumentException.Reason;

import java.nio.file.Path;
import java.sql.SQLException;

/** Turns what SQLite reports into a {@link DocumentException} a planner can read. */
final class SqlFailures {

    // SQLite's primary result codes (https://sqlite.org/rescode.html); the driver reports them as the error code.
    private static final int ERROR = 1;
    private static final int BUSY = 5;
    private static final int LOCKED = 6;
    private static final int READONLY = 8;
    private static final int IOERR = 10;
    private static final int CORRUPT = 11;
    private static final int FULL = 13;
    private static final int CANTOPEN = 14;
    private static final int CONSTRAINT = 19;
    private static final int NOTADB = 26;
    // SQLITE_READONLY_DBMOVED: the file was renamed or replaced under the open connection.
    private static final int READONLY_DBMOVED = READONLY | (4 << 8);

    private SqlFailures() {
    }

    /**
     * @param action what was being done, to finish "could not …": "save the milestone 'Q3 review'", "open it"
     */
    static DocumentException of(Path file, String action, SQLException e) {
        String detail = detail(e);
        if (isMoved(e)) {
            return new DocumentException(Reason.IO, file, Messages.text("store.sql.moved", action), e);
        }
        return switch (e.getErrorCode() & 0xFF) {
            case CORRUPT, NOTADB -> new DocumentException(Reason.CORRUPT, file,
                    Messages.text("store.sql.corrupt", detail), e);
            // A document's SQL failing ("no such column") means its tables are not as Milepost made them.
            case ERROR -> new DocumentException(Reason.CORRUPT, file,
                    Messages.text("store.sql.tables", action, detail), e);
            case BUSY, LOCKED -> new DocumentException(Reason.LOCKED, file,
                    Messages.text("store.sql.busy", action), e);
            case READONLY -> new DocumentException(Reason.READ_ONLY, file,
                    Messages.text("store.sql.readOnly", action), e);
            case FULL -> new DocumentException(Reason.IO, file,
                    Messages.text("store.sql.full", action), e);
            case CONSTRAINT -> new DocumentException(Reason.REFUSED, file,
                    Messages.text("store.sql.refused", action, broken(detail)), e);
            case IOERR, CANTOPEN -> new DocumentException(Reason.IO, file,
                    Messages.text("store.sql.io", action, detail), e);
            default -> new DocumentException(Reason.IO, file, Messages.text("store.sql.failed", action, detail), e);
        };
    }

    /**
     * Whether the file was deleted, renamed or replaced under the open connection. The driver reports the primary
     * code (READONLY) with the extended one only in its message, "[SQLITE_READONLY_DBMOVED] The database file has
     * been moved since it was opened (attempt to write a readonly database)", whose last part alone would read as a
     * read-only file.
     */
    private static boolean isMoved(SQLException e) {
        String m = String.valueOf(e.getMessage());
        return e.getErrorCode() == READONLY_DBMOVED || m.contains("SQLITE_READONLY_DBMOVED")
                || m.contains("database file has been moved");
    }

    /** Whether SQLite found the file damaged (as opposed to busy, full, refused, …). */
    static boolean isDamage(SQLException e) {
        int code = e.getErrorCode() & 0xFF;
        return code == CORRUPT || code == NOTADB;
    }

    private static String broken(String detail) {
        if (detail.startsWith("FOREIGN KEY")) {
            return Messages.text("store.sql.foreignKey", detail);
        }
        if (detail.startsWith("UNIQUE")) {
            return Messages.text("store.sql.unique", detail);
        }
        return Messages.text("store.sql.notAllowed", detail);
    }

    /** SQLite's own words: the driver writes "[CODE] Generic text (sqlite's message)"; keep the last part. */
    static String detail(SQLException e) {
        String m = String.valueOf(e.getMessage()).strip();
        int open = m.lastIndexOf(" (");
        if (m.startsWith("[") && open > 0 && m.endsWith(")")) {
            return m.substring(open + 2, m.length() - 1);
        }
        return m;
    }
}
