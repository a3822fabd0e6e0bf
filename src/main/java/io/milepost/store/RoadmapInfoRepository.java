package io.milepost.store;

import io.milepost.model.RoadmapInfo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/** The one row of the {@code roadmap} table: what the roadmap is. */
final class RoadmapInfoRepository {

    private static final String COLUMNS = "id, title, subtitle, party_a, party_b, period_start, period_end, "
            + "description, primary_language, second_language, title_alt, subtitle_alt";

    private static final String KEY = "roadmap";

    private final Connection c;
    /** The revision of the one row as this document last saw it (see {@link Revisions}). */
    final Revisions revisions = new Revisions();

    RoadmapInfoRepository(Connection c) {
        this.c = c;
    }

    /** The roadmap's info, or {@code null} when the row is missing (a damaged file). */
    RoadmapInfo load() throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS
                + ", revision FROM roadmap WHERE singleton = 1");
             ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                revisions.removedAll();
                return null;
            }
            revisions.readAll(new HashMap<>(Map.of(KEY, rs.getLong(13))));
            return new RoadmapInfo(Columns.id(rs, 1), Columns.text(rs, 2), Columns.text(rs, 3),
                    Columns.text(rs, 4), Columns.text(rs, 5), Columns.date(rs, 6), Columns.date(rs, 7),
                    Columns.text(rs, 8), Columns.text(rs, 9), Columns.text(rs, 10), Columns.text(rs, 11),
                    Columns.text(rs, 12));
        }
    }

    /**
     * Writes the info, replacing what was there (including its id), at the revision this document last saw.
     *
     * @throws StaleRowException when another window or program changed it meanwhile
     */
    void save(RoadmapInfo info) throws SQLException {
        if (!revisions.isKnown()) {
            load();
        }
        Long known = revisions.known(KEY);
        String sql = known == null
                ? "INSERT INTO roadmap (" + COLUMNS + ", singleton) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)"
                : "UPDATE roadmap SET (" + COLUMNS + ") = (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?), revision = revision + 1"
                        + " WHERE singleton = 1 AND revision = ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
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
            Columns.text(ps, 11, info.titleAlt());
            Columns.text(ps, 12, info.subtitleAlt());
            if (known != null) {
                ps.setLong(13, known);
            }
            if (ps.executeUpdate() == 0) {
                throw new StaleRowException("roadmap", "record");
            }
        } catch (SQLException e) {
            if (known == null && (e.getErrorCode() & 0xFF) == 19) { // a record added meanwhile elsewhere
                throw new StaleRowException("roadmap", "record");
            }
            throw e;
        }
        revisions.wrote(KEY, known == null ? 0 : known + 1);
    }

    void delete() throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM roadmap")) {
            ps.executeUpdate();
        }
        revisions.removedAll();
    }
}
