package io.milepost.store;

import io.milepost.model.RoadmapInfo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** The one row of the {@code roadmap} table: what the roadmap is. */
final class RoadmapInfoRepository {

    private static final String COLUMNS = "id, title, subtitle, party_a, party_b, period_start, period_end, "
            + "description, primary_language, second_language";

    private final Connection c;

    RoadmapInfoRepository(Connection c) {
        this.c = c;
    }

    /** The roadmap's info, or {@code null} when the row is missing (a damaged file). */
    RoadmapInfo load() throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM roadmap WHERE singleton = 1");
             ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                return null;
            }
            return new RoadmapInfo(Columns.id(rs, 1), rs.getString(2), rs.getString(3), rs.getString(4),
                    rs.getString(5), Columns.date(rs, 6), Columns.date(rs, 7), rs.getString(8), rs.getString(9),
                    rs.getString(10));
        }
    }

    /** Writes the info, replacing what was there (including its id). */
    void save(RoadmapInfo info) throws SQLException {
        String set = COLUMNS.replaceAll("(\\w+)", "$1 = excluded.$1");
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO roadmap (singleton, " + COLUMNS
                + ") VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (singleton) DO UPDATE SET " + set)) {
            Columns.id(ps, 1, info.id());
            Columns.text(ps, 2, info.title());
            Columns.text(ps, 3, info.subtitle());
            Columns.text(ps, 4, info.partyA());
            Columns.text(ps, 5, info.partyB());
            Columns.date(ps, 6, info.periodStart());
            Columns.date(ps, 7, info.periodEnd());
            Columns.text(ps, 8, info.description());
            Columns.text(ps, 9, info.primaryLanguage());
            Columns.text(ps, 10, info.secondLanguage());
            ps.executeUpdate();
        }
    }

    void delete() throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM roadmap")) {
            ps.executeUpdate();
        }
    }
}
