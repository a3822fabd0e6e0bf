package io.milepost.store;

import io.milepost.model.Agreement;
import io.milepost.model.AgreementKind;
import io.milepost.model.AgreementStatus;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The {@code agreement} table and, in order, the milestones that carry each one in {@code agreement_milestone}. */
final class AgreementRepository extends ListTable<Agreement> {

    private static final String INSERT_LINK =
            "INSERT INTO agreement_milestone (agreement_id, position, milestone_id) VALUES (?, ?, ?)";

    AgreementRepository(Connection c) {
        super(c, "agreement", List.of("id", "kind", "title", "title_alt", "sector_id", "signed", "status",
                "description"));
    }

    @Override
    void bind(PreparedStatement ps, Agreement a) throws SQLException {
        Columns.id(ps, 1, a.id());
        Columns.name(ps, 2, a.kind());
        Columns.text(ps, 3, a.title());
        Columns.text(ps, 4, a.titleAlt());
        Columns.id(ps, 5, a.sectorId());
        Columns.date(ps, 6, a.signed());
        Columns.name(ps, 7, a.status());
        Columns.text(ps, 8, a.description());
    }

    @Override
    Agreement read(ResultSet rs) throws SQLException {
        return read(rs, Map.of());
    }

    private static Agreement read(ResultSet rs, Map<String, List<UUID>> links) throws SQLException {
        return new Agreement(Columns.id(rs, 1), Columns.name(rs, 2, AgreementKind.class), rs.getString(3),
                rs.getString(4), Columns.id(rs, 5), Columns.date(rs, 6), Columns.name(rs, 7, AgreementStatus.class),
                rs.getString(8), links.getOrDefault(rs.getString(1), List.of()));
    }

    /** All agreements with their milestones: two queries, whatever the number of agreements. */
    @Override
    List<Agreement> loadAll() throws SQLException {
        Map<String, List<UUID>> links = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT agreement_id, milestone_id FROM agreement_milestone ORDER BY agreement_id, position");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                links.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(Columns.id(rs, 2));
            }
        }
        return query(rs -> read(rs, links));
    }

    @Override
    void save(Agreement a) throws SQLException {
        super.save(a);
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM agreement_milestone WHERE agreement_id = ?")) {
            Columns.id(ps, 1, a.id());
            ps.executeUpdate();
        }
        insertLinks(List.of(a));
    }

    @Override
    void insertAll(List<Agreement> agreements) throws SQLException {
        super.insertAll(agreements);
        insertLinks(agreements);
    }

    private void insertLinks(List<Agreement> agreements) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(INSERT_LINK)) {
            int rows = 0;
            for (Agreement a : agreements) {
                for (int i = 0; i < a.milestoneIds().size(); i++) {
                    Columns.id(ps, 1, a.id());
                    ps.setInt(2, i);
                    Columns.id(ps, 3, a.milestoneIds().get(i));
                    ps.addBatch();
                    rows++;
                }
            }
            if (rows > 0) {
                ps.executeBatch();
            }
        }
    }

    @Override
    UUID idOf(Agreement item) {
        return item.id();
    }
}
