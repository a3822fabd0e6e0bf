package io.milepost.store;

import io.milepost.model.Commission;
import io.milepost.model.CommissionKind;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

/** The {@code commission} table. */
final class CommissionRepository extends ListTable<Commission> {

    CommissionRepository(Connection c) {
        super(c, "commission", List.of("id", "kind", "name", "name_alt", "co_chair_a", "co_chair_b", "description"));
    }

    @Override
    void bind(PreparedStatement ps, Commission x) throws SQLException {
        Columns.id(ps, 1, x.id());
        Columns.name(ps, 2, x.kind());
        Columns.text(ps, 3, x.name());
        Columns.text(ps, 4, x.nameAlt());
        Columns.text(ps, 5, x.coChairA());
        Columns.text(ps, 6, x.coChairB());
        Columns.text(ps, 7, x.description());
    }

    @Override
    Commission read(ResultSet rs) throws SQLException {
        return new Commission(Columns.id(rs, 1), Columns.name(rs, 2, CommissionKind.class), Columns.text(rs, 3),
                Columns.text(rs, 4), Columns.text(rs, 5), Columns.text(rs, 6), Columns.text(rs, 7));
    }

    @Override
    UUID idOf(Commission item) {
        return item.id();
    }
}
