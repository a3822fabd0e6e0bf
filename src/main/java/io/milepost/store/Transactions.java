package io.milepost.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** {@code BEGIN IMMEDIATE … COMMIT}, rolled back when anything goes wrong. */
final class Transactions {

    /** The work of one transaction. */
    @FunctionalInterface
    interface Work {
        void run() throws SQLException, DocumentException;
    }

    /** Reads that belong together. */
    @FunctionalInterface
    interface Read<T> {
        T run() throws SQLException;
    }

    private Transactions() {
    }

    /** Runs {@code read} in one read transaction, so that every query sees the same state of the file. */
    static <T> T reading(Connection c, Read<T> read) throws SQLException {
        execute(c, "BEGIN DEFERRED");
        try {
            T result = read.run();
            execute(c, "COMMIT");
            return result;
        } catch (Throwable t) {
            rollbackQuietly(c);
            throw t;
        }
    }

    /**
     * Runs {@code work} in one transaction that takes the write lock at once (so it cannot fail half-way for want of
     * it), commits it, or rolls everything back and rethrows.
     */
    static void immediate(Connection c, Work work) throws SQLException, DocumentException {
        execute(c, "BEGIN IMMEDIATE");
        try {
            work.run();
            execute(c, "COMMIT");
        } catch (Throwable t) {
            rollbackQuietly(c);
            throw t;
        }
    }

    /** Rolls back the open transaction, if there is one (SQLite ends some on its own after a failure). */
    static void rollbackQuietly(Connection c) {
        try {
            if (!c.isClosed()) {
                execute(c, "ROLLBACK");
            }
        } catch (SQLException e) {
            // "cannot rollback - no transaction is active": nothing was left to undo
        }
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
