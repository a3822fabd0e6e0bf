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
    private final String upsert;
    /** Where items deleted while the document is open stood, by id, so that undo can put them back there. */
    private final Map<UUID, Long> freedPlaces = new HashMap<>();

    ListTable(Connection c, String table, List<String> columns) {
        this.c = c;
        this.table = table;
        this.columns = List.copyOf(columns);
        String names = String.join(", ", columns);
        String marks = columns.stream().map(x -> "?").collect(Collectors.joining(", "));
        this.insert = "INSERT INTO " + table + " (" + names + ") VALUES (" + marks + ")";
        this.upsert = insert + " ON CONFLICT (id) DO UPDATE SET " + columns.stream().skip(1)
                .map(x -> x + " = excluded." + x).collect(Collectors.joining(", "));
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

    /** Every row in list order, read by {@code reader}: one query, whatever the size of the list. */
    final List<T> query(RowReader<T> reader) throws SQLException {
        List<T> items = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT " + String.join(", ", columns) + " FROM " + table + " ORDER BY position");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                items.add(reader.read(rs));
            }
        }
        return items;
    }

    /**
     * Inserts the item at the end of the list, or updates the item with its id where it stands. An item deleted
     * earlier while this document was open goes back to the place it had, when that place is still free: undoing a
     * delete then restores the list as it was, not merely its items.
     */
    void save(T item) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(upsert)) {
            bind(ps, item);
            ps.executeUpdate();
        }
        Long place = freedPlaces.remove(idOf(item));
        if (place != null && isFree(place)) {
            try (PreparedStatement ps = c.prepareStatement("UPDATE " + table + " SET position = ? WHERE id = ?")) {
                ps.setLong(1, place);
                Columns.id(ps, 2, idOf(item));
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
    }

    /** Deletes the item; foreign keys cascade to its children. Whether there was one. */
    boolean delete(UUID id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT position FROM " + table + " WHERE id = ?")) {
            Columns.id(ps, 1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    freedPlaces.put(id, rs.getLong(1));
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE id = ?")) {
            Columns.id(ps, 1, id);
            return ps.executeUpdate() > 0;
        }
    }

    void deleteAll() throws SQLException {
        freedPlaces.clear(); // the whole list is replaced: no old place means anything any more
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table)) {
            ps.executeUpdate();
        }
    }
}
