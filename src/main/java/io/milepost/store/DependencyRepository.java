package io.milepost.store;

import io.milepost.model.Dependency;
import io.milepost.model.DependencyType;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

/** The {@code dependency} table; a dependency goes with either of its milestones (ON DELETE CASCADE). */
final class DependencyRepository extends ListTable<Dependency> {

    DependencyRepository(Connection c) {
        super(c, "dependency", List.of("id", "predecessor_id", "successor_id", "type", "lag_days"));
    }

    @Override
    void bind(PreparedStatement ps, Dependency d) throws SQLException {
        Columns.id(ps, 1, d.id());
        Columns.id(ps, 2, d.predecessorId());
        Columns.id(ps, 3, d.successorId());
        Columns.name(ps, 4, d.type());
        ps.setInt(5, d.lagDays());
    }

    @Override
    Dependency read(ResultSet rs) throws SQLException {
        return new Dependency(Columns.id(rs, 1), Columns.id(rs, 2), Columns.id(rs, 3),
                Columns.name(rs, 4, DependencyType.class), rs.getInt(5));
    }

    @Override
    UUID idOf(Dependency item) {
        return item.id();
    }
}
