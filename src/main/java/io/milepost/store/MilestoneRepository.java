package io.milepost.store;

import io.milepost.model.Milestone;
import io.milepost.model.MilestoneKind;
import io.milepost.model.MilestoneStatus;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The {@code milestone} table and its tags, in order, in {@code milestone_tag}. */
final class MilestoneRepository extends ListTable<Milestone> {

    private static final String INSERT_TAG = "INSERT INTO milestone_tag (milestone_id, position, tag) VALUES (?, ?, ?)";

    MilestoneRepository(Connection c) {
        super(c, "milestone", List.of("id", "kind", "title", "title_alt", "description", "sector_id",
                "commission_id", "start_date", "start_precision", "end_date", "end_precision", "ongoing", "status",
                "percent_complete", "lead_agency_a", "lead_agency_b", "expected_outcome", "remarks", "sort_order",
                "baseline_start", "baseline_end"));
    }

    @Override
    void bind(PreparedStatement ps, Milestone m) throws SQLException {
        Columns.id(ps, 1, m.id());
        Columns.name(ps, 2, m.kind());
        Columns.text(ps, 3, m.title());
        Columns.text(ps, 4, m.titleAlt());
        Columns.text(ps, 5, m.description());
        Columns.id(ps, 6, m.sectorId());
        Columns.id(ps, 7, m.commissionId());
        Columns.planDate(ps, 8, m.start());
        Columns.planDate(ps, 10, m.end());
        ps.setInt(12, m.ongoing() ? 1 : 0);
        Columns.name(ps, 13, m.status());
        ps.setInt(14, m.percentComplete());
        Columns.text(ps, 15, m.leadAgencyA());
        Columns.text(ps, 16, m.leadAgencyB());
        Columns.text(ps, 17, m.expectedOutcome());
        Columns.text(ps, 18, m.remarks());
        ps.setInt(19, m.order());
        Columns.date(ps, 20, m.baselineStart());
        Columns.date(ps, 21, m.baselineEnd());
    }

    @Override
    Milestone read(ResultSet rs) throws SQLException {
        return read(rs, Map.of());
    }

    private static Milestone read(ResultSet rs, Map<String, List<String>> tags) throws SQLException {
        String id = rs.getString(1);
        return new Milestone(Columns.id(rs, 1), Columns.name(rs, 2, MilestoneKind.class), rs.getString(3),
                rs.getString(4), rs.getString(5), Columns.id(rs, 6), Columns.id(rs, 7), Columns.planDate(rs, 8),
                Columns.planDate(rs, 10), rs.getInt(12) != 0, Columns.name(rs, 13, MilestoneStatus.class),
                rs.getInt(14), rs.getString(15), rs.getString(16), Columns.date(rs, 20), Columns.date(rs, 21),
                rs.getString(17), rs.getString(18), tags.getOrDefault(id, List.of()), rs.getInt(19));
    }

    /** All milestones with their tags: two queries, whatever the number of milestones. */
    @Override
    List<Milestone> loadAll() throws SQLException {
        Map<String, List<String>> tags = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT milestone_id, tag FROM milestone_tag ORDER BY milestone_id, position");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                tags.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
            }
        }
        return query(rs -> read(rs, tags));
    }

    @Override
    void save(Milestone m) throws SQLException {
        super.save(m);
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM milestone_tag WHERE milestone_id = ?")) {
            Columns.id(ps, 1, m.id());
            ps.executeUpdate();
        }
        insertTags(List.of(m));
    }

    @Override
    void insertAll(List<Milestone> milestones) throws SQLException {
        super.insertAll(milestones);
        insertTags(milestones);
    }

    private void insertTags(List<Milestone> milestones) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(INSERT_TAG)) {
            int rows = 0;
            for (Milestone m : milestones) {
                for (int i = 0; i < m.tags().size(); i++) {
                    Columns.id(ps, 1, m.id());
                    ps.setInt(2, i);
                    Columns.text(ps, 3, m.tags().get(i));
                    ps.addBatch();
                    rows++;
                }
            }
            if (rows > 0) {
                ps.executeBatch();
            }
        }
    }

    int countInSector(UUID sectorId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM milestone WHERE sector_id = ?")) {
            Columns.id(ps, 1, sectorId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        }
    }

    @Override
    UUID idOf(Milestone item) {
        return item.id();
    }
}
