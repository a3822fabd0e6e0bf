package io.milepost.store;

import io.milepost.model.Milestone;
import io.milepost.model.MilestoneKind;
import io.milepost.model.MilestoneStatus;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The {@code milestone} table and its tags, in order, in {@code milestone_tag}. */
final class MilestoneRepository extends ListTable<Milestone> {

    private final OrderedChildren<Milestone, String> tags;

    MilestoneRepository(Connection c) {
        super(c, "milestone", List.of("id", "kind", "title", "title_alt", "description", "sector_id",
                "commission_id", "start_date", "start_precision", "end_date", "end_precision", "ongoing", "status",
                "percent_complete", "lead_agency_a", "lead_agency_b", "expected_outcome", "remarks", "sort_order",
                "baseline_start", "baseline_end"));
        tags = new OrderedChildren<>(c, "milestone_tag", "milestone_id", "tag", Milestone::id, Milestone::tags,
                Columns::text, Columns::text);
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

    private static Milestone read(ResultSet rs, Map<UUID, List<String>> tags) throws SQLException {
        UUID id = Columns.id(rs, 1);
        return new Milestone(id, Columns.name(rs, 2, MilestoneKind.class), Columns.text(rs, 3),
                Columns.text(rs, 4), Columns.text(rs, 5), Columns.id(rs, 6), Columns.id(rs, 7),
                Columns.planDate(rs, 8), Columns.planDate(rs, 10), rs.getInt(12) != 0,
                Columns.name(rs, 13, MilestoneStatus.class), rs.getInt(14), Columns.text(rs, 15),
                Columns.text(rs, 16), Columns.date(rs, 20), Columns.date(rs, 21), Columns.text(rs, 17),
                Columns.text(rs, 18), tags.getOrDefault(id, List.of()), rs.getInt(19));
    }

    /** All milestones with their tags: two queries, whatever the number of milestones. */
    @Override
    List<Milestone> loadAll() throws SQLException {
        Map<UUID, List<String>> tagsByMilestone = tags.loadAll();
        return query(rs -> read(rs, tagsByMilestone));
    }

    @Override
    void save(Milestone m) throws SQLException {
        super.save(m);
        tags.replace(m);
    }

    @Override
    void insertAll(List<Milestone> milestones) throws SQLException {
        super.insertAll(milestones);
        tags.insertAll(milestones);
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
