package io.milepost.store;

import io.milepost.model.Sector;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

/** The {@code sector} table. */
final class SectorRepository extends ListTable<Sector> {

    SectorRepository(Connection c) {
        super(c, "sector", List.of("id", "name", "name_alt", "color", "sort_order"));
    }

    @Override
    void bind(PreparedStatement ps, Sector s) throws SQLException {
        Columns.id(ps, 1, s.id());
        Columns.text(ps, 2, s.name());
        Columns.text(ps, 3, s.nameAlt());
        Columns.text(ps, 4, s.color());
        ps.setInt(5, s.order());
    }

    @Override
    Sector read(ResultSet rs) throws SQLException {
        return new Sector(Columns.id(rs, 1), Columns.text(rs, 2), Columns.text(rs, 3), Columns.text(rs, 4),
                rs.getInt(5));
    }


    /** The sector's name, or {@code null} when there is no such sector. */
    String nameOf(UUID id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT name FROM sector WHERE id = ?")) {
            Columns.id(ps, 1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Columns.text(rs, 1) : null;
            }
        }
    }

    @Override
    UUID idOf(Sector item) {
        return item.id();
    }
}
