package io.milepost.store;

import java.util.HashMap;
import java.util.Map;

/**
 * The revision of each row of one table as this document last read or wrote it. Every write names the revision it
 * changes ({@code … WHERE id = ? AND revision = ?}); a row another window or program has changed or deleted since
 * no longer has that revision, so the write is refused ({@link StaleRowException}) instead of overwriting newer
 * work. This holds where locks fail: on network folders, or with a copy of the file opened by another program.
 *
 * <p>Inside a transaction, what is learnt is kept aside and becomes known only when the transaction commits: a
 * rolled-back write must not leave the document believing it wrote a revision the file does not have.
 */
final class Revisions {

    /** What {@link #known} answers for a row this document believes is not in the file. */
    private static final Long ABSENT = -1L;

    private Map<Object, Long> committed; // null until the table has been read
    private final Map<Object, Long> pending = new HashMap<>();
    private boolean pendingReplacesAll;
    private boolean inTransaction;

    /** Whether the revisions of the whole table are known (it has been read, or replaced, since opening). */
    boolean isKnown() {
        return committed != null || pendingReplacesAll;
    }

    /** The revision of the row as last seen here; {@code null} when this document believes there is no such row. */
    Long known(Object key) {
        Long p = pending.get(key);
        if (p != null) {
            return ABSENT.equals(p) ? null : p;
        }
        if (pendingReplacesAll || committed == null) {
            return null;
        }
        return committed.get(key);
    }

    /**
     * Every row's revision, as just read: replaces all that was known. The map is taken over, not copied (at 100,000
     * rows the copy was a tenth of reading the document): callers hand a fresh mutable map they no longer use.
     */
    void readAll(HashMap<Object, Long> all) {
        if (inTransaction) {
            pending.clear();
            pending.putAll(all);
            pendingReplacesAll = true;
        } else {
            committed = all;
        }
    }

    void wrote(Object key, long revision) {
        if (inTransaction) {
            pending.put(key, revision);
        } else if (committed != null) {
            committed.put(key, revision);
        }
    }

    void removed(Object key) {
        if (inTransaction) {
            pending.put(key, ABSENT);
        } else if (committed != null) {
            committed.remove(key);
        }
    }

    /** The table was emptied. */
    void removedAll() {
        readAll(new HashMap<>());
    }

    void begin() {
        inTransaction = true;
    }

    void commit() {
        if (!pendingReplacesAll && committed == null) {
            end(); // what a table never read learnt of some rows says nothing of the others: it stays unknown
            return;
        }
        if (pendingReplacesAll) {
            committed = new HashMap<>();
        }
        pending.forEach((key, revision) -> {
            if (ABSENT.equals(revision)) {
                committed.remove(key);
            } else {
                committed.put(key, revision);
            }
        });
        end();
    }

    void rollback() {
        end();
    }

    private void end() {
        pending.clear();
        pendingReplacesAll = false;
        inTransaction = false;
    }
}
