package io.milepost.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The SQL shared by the tables that hold one list of the roadmap: a row per item, keyed by {@code id}, in the order
 * of {@code position} (see {@link Schema}). A repository names its columns, the first of which is {@code id}, and
 * says how an item fills them and is read back from them, in that order.
 */
abstract class ListTable<T> {

    /** Reads one item from the current row of a query over {@link #columns}. */
    @FunctionalInterface
    interface RowReader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    protected final Connection c;
    private final String table;
    private final List<String> columns;
    private final String insert;
    private final String update;
    /** The revision of each row as this document last saw it: every write names the one it changes. */
    final Revisions revisions = new Revisions();
    /** Where items deleted while the document is open stood, by id, so that undo can put them back there. */
    private final Map<UUID, Long> freedPlaces = new HashMap<>();

    ListTable(Connection c, String table, List<String> columns) {
        this.c = c;
        this.table = table;
        this.columns = List.copyOf(columns);
        String names = String.join(", ", columns);
        String marks = columns.stream().map(x -> "?").collect(Collectors.joining(", "));
        this.insert = "INSERT INTO " + table + " (" + names + ") VALUES (" + marks + ")";
        this.update = "UPDATE " + table + " SET (" + names + ") = (" + marks + "), revision = revision + 1"
                + " WHERE id = ? AND revision = ?";
    }

    /** Binds the item's values to parameters 1… in the order of the columns. */
    abstract void bind(PreparedStatement ps, T item) throws SQLException;

    /** Reads an item from columns 1… of the current row, in the order of the columns. */
    abstract T read(ResultSet rs) throws SQLException;

    /** The item's id, the first column. */
    abstract UUID idOf(T item);

    List<T> loadAll() throws SQLException {
        return query(this::read);
    }

    /**
     * Every row in list order, read by {@code reader}: one query, whatever the size of the list. The rows'
     * revisions are learnt on the way, so what was read is what later writes name.
     */
    final List<T> query(RowReader<T> reader) throws SQLException {
        List<T> items = new ArrayList<>();
        HashMap<Object, Long> seen = new HashMap<>();
        int revision = columns.size() + 1;
        try (PreparedStatement ps = c.prepareStatement("SELECT " + String.join(", ", columns)
                + ", revision FROM " + table + " ORDER BY position");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                T item = reader.read(rs);
                items.add(item);
                seen.put(idOf(item), rs.getLong(revision));
            }
        }
        revisions.readAll(seen);
        return items;
    }

    /**
     * The row of an id as the file holds it now, or {@code null}. Its revision is not learnt: this reads what a
     * change replaces, for the record of it, not for an edit.
     */
    final T find(UUID id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + String.join(", ", columns) + " FROM " + table
                + " WHERE id = ?")) {
            Columns.id(ps, 1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? read(rs) : null;
            }
        }
    }

    /** Learns every row's revision, for a write to a table this document has not read since it was opened. */
    private void requireRevisions() throws SQLException {
        if (revisions.isKnown()) {
            return;
        }
        HashMap<Object, Long> seen = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, revision FROM " + table);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                seen.put(Columns.id(rs, 1), rs.getLong(2));
            }
        }
        revisions.readAll(seen);
    }

    /** The row's revision in the file now, or {@code null} when there is no such row. */
    private Long revisionInFile(UUID id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT revision FROM " + table + " WHERE id = ?")) {
            Columns.id(ps, 1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }

    /**
     * Inserts the item at the end of the list, or updates the item with its id where it stands. An item deleted
     * earlier while this document was open goes back to the place it had, when that place is still free: undoing a
     * delete then restores the list as it was, not merely its items.
     */
    void save(T item) throws SQLException {
        requireRevisions();
        UUID id = idOf(item);
        Long known = revisions.known(id);
        if (known == null) {
            if (revisionInFile(id) != null) {
                throw new StaleRowException(table, id); // added meanwhile by another window or program
            }
            try (PreparedStatement ps = c.prepareStatement(insert)) {
                bind(ps, item);
                ps.executeUpdate();
            }
            revisions.wrote(id, 0);
            restorePlace(id);
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(update)) {
            bind(ps, item);
            Columns.id(ps, columns.size() + 1, id);
            ps.setLong(columns.size() + 2, known);
            if (ps.executeUpdate() == 0) {
                throw new StaleRowException(table, id); // changed or deleted meanwhile elsewhere
            }
        }
        revisions.wrote(id, known + 1);
    }

    private void restorePlace(UUID id) throws SQLException {
        Long place = freedPlaces.remove(id);
        if (place != null && isFree(place)) {
            try (PreparedStatement ps = c.prepareStatement("UPDATE " + table + " SET position = ? WHERE id = ?")) {
                ps.setLong(1, place);
                Columns.id(ps, 2, id);
                ps.executeUpdate();
            }
        }
    }

    private boolean isFree(long place) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM " + table + " WHERE position = ?")) {
            ps.setLong(1, place);
            try (ResultSet rs = ps.executeQuery()) {
                return !rs.next();
            }
        }
    }

    /** Appends all items in order, in one batch; an id already present is an error (UNIQUE constraint). */
    void insertAll(List<T> items) throws SQLException {
        if (items.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(insert)) {
            for (T item : items) {
                bind(ps, item);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        for (T item : items) {
            revisions.wrote(idOf(item), 0);
        }
    }

    /**
     * Deletes the item, if this document knows of it, at the revision it knows; foreign keys cascade to its
     * children. Whether there was one.
     */
    boolean delete(UUID id) throws SQLException {
        requireRevisions();
        Long known = revisions.known(id);
        if (known == null) {
            return false;
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT position FROM " + table + " WHERE id = ?")) {
            Columns.id(ps, 1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    freedPlaces.put(id, rs.getLong(1));
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE id = ? AND revision = ?")) {
            Columns.id(ps, 1, id);
            ps.setLong(2, known);
            if (ps.executeUpdate() == 0) {
                throw new StaleRowException(table, id);
            }
        }
        revisions.removed(id);
        return true;
    }

    /**
     * Deletes the rows whose {@code column} is {@code parent}, whatever their revision: the rows that depend on a
     * parent being deleted (a milestone's dependencies), named here so that this document forgets them too instead
     * of learning of the cascade only when a later write finds them gone.
     */
    void deleteWhere(String column, UUID parent) throws SQLException {
        requireRevisions();
        List<UUID> ids = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM " + table + " WHERE " + column + " = ?")) {
            Columns.id(ps, 1, parent);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(Columns.id(rs, 1));
                }
            }
        }
        for (UUID id : ids) {
            Long known = revisions.known(id);
            if (known == null) {
                throw new StaleRowException(table, id); // added by another window: not ours to delete unseen
            }
            delete(id);
        }
    }

    void deleteAll() throws SQLException {
        freedPlaces.clear(); // the whole list is replaced: no old place means anything any more
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table)) {
            ps.executeUpdate();
        }
        revisions.removedAll();
    }
}
