package io.milepost.store;

import io.milepost.model.Agreement;
import io.milepost.model.AgreementKind;
import io.milepost.model.AgreementStatus;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The {@code agreement} table and, in order, the milestones that carry each one in {@code agreement_milestone}. */
final class AgreementRepository extends ListTable<Agreement> {

    private final OrderedChildren<Agreement, UUID> links;

    AgreementRepository(Connection c) {
        super(c, "agreement", List.of("id", "kind", "title", "title_alt", "sector_id", "signed", "status",
                "description"));
        links = new OrderedChildren<>(c, "agreement_milestone", "agreement_id", "milestone_id", Agreement::id,
                Agreement::milestoneIds, Columns::id, Columns::id);
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

    private static Agreement read(ResultSet rs, Map<UUID, List<UUID>> links) throws SQLException {
        UUID id = Columns.id(rs, 1);
        return new Agreement(id, Columns.name(rs, 2, AgreementKind.class), Columns.text(rs, 3),
                Columns.text(rs, 4), Columns.id(rs, 5), Columns.date(rs, 6), Columns.name(rs, 7, AgreementStatus.class),
                Columns.text(rs, 8), links.getOrDefault(id, List.of()));
    }

    /** All agreements with their milestones: two queries, whatever the number of agreements. */
    @Override
    List<Agreement> loadAll() throws SQLException {
        Map<UUID, List<UUID>> carriers = links.loadAll();
        return query(rs -> read(rs, carriers));
    }

    @Override
    void save(Agreement a) throws SQLException {
        super.save(a);
        links.replace(a);
    }

    @Override
    void insertAll(List<Agreement> agreements) throws SQLException {
        super.insertAll(agreements);
        links.insertAll(agreements);
    }

    @Override
    UUID idOf(Agreement item) {
        return item.id();
    }
}
