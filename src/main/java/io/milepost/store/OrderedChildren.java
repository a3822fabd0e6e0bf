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
import java.util.function.Function;

/**
 * An ordered list of values kept for each row of a list table in a child table of (parent id, position, value):
 * a milestone's tags, the milestones that carry an agreement. Loading reads every parent's values in one query;
 * saving a parent replaces its values; a bulk insert batches them all.
 *
 * @param <P> the parent item
 * @param <V> one value of its list
 */
final class OrderedChildren<P, V> {

    @FunctionalInterface
    interface Binder<V> {
        void bind(PreparedStatement ps, int index, V value) throws SQLException;
    }

    @FunctionalInterface
    interface Reader<V> {
        V read(ResultSet rs, int index) throws SQLException;
    }

    private final Connection c;
    private final String select;
    private final String delete;
    private final String insert;
    private final Function<P, UUID> parentId;
    private final Function<P, List<V>> values;
    private final Binder<V> binder;
    private final Reader<V> reader;

    OrderedChildren(Connection c, String table, String parentColumn, String valueColumn, Function<P, UUID> parentId,
                    Function<P, List<V>> values, Binder<V> binder, Reader<V> reader) {
        this.c = c;
        this.select = "SELECT " + parentColumn + ", " + valueColumn + " FROM " + table + " ORDER BY " + parentColumn
                + ", position";
        this.delete = "DELETE FROM " + table + " WHERE " + parentColumn + " = ?";
        this.insert = "INSERT INTO " + table + " (" + parentColumn + ", position, " + valueColumn
                + ") VALUES (?, ?, ?)";
        this.parentId = parentId;
        this.values = values;
        this.binder = binder;
        this.reader = reader;
    }

    /** Every parent's values in order, by the parent's id. */
    Map<UUID, List<V>> loadAll() throws SQLException {
        Map<UUID, List<V>> byParent = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(select); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                byParent.computeIfAbsent(Columns.id(rs, 1), k -> new ArrayList<>()).add(reader.read(rs, 2));
            }
        }
        return byParent;
    }

    /** Replaces one parent's values with those it holds now. */
    void replace(P parent) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(delete)) {
            Columns.id(ps, 1, parentId.apply(parent));
            ps.executeUpdate();
        }
        insertAll(List.of(parent));
    }

    /** Inserts the values of every parent, in one batch. */
    void insertAll(List<P> parents) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(insert)) {
            int rows = 0;
            for (P parent : parents) {
                List<V> list = values.apply(parent);
                for (int i = 0; i < list.size(); i++) {
                    Columns.id(ps, 1, parentId.apply(parent));
                    ps.setInt(2, i);
                    binder.bind(ps, 3, list.get(i));
                    ps.addBatch();
                    rows++;
                }
            }
            if (rows > 0) {
                ps.executeBatch();
            }
        }
    }
}
