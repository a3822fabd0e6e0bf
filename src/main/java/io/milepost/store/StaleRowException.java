package io.milepost.store;

/**
 * A write named a revision of a row that the file no longer has: another window or program changed or deleted the
 * row since this document read it, or added a row with the same id. Unchecked so that it passes through the
 * repositories' SQL work; {@link TransactionWriter} turns it into a {@link DocumentException.Reason#STALE} refusal.
 */
final class StaleRowException extends RuntimeException {

    StaleRowException(String table, Object key) {
        super("the " + table + " row " + key + " was changed elsewhere", null, false, false);
    }
}
