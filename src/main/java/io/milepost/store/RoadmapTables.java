package io.milepost.store;

import io.milepost.model.Commission;
import io.milepost.model.Milestone;
import io.milepost.model.Roadmap;
import io.milepost.model.RoadmapInfo;
import io.milepost.model.Sector;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;

/** The repositories of one document's connection, and what they do together: load, fill and empty a roadmap. */
final class RoadmapTables {

    final RoadmapInfoRepository info;
    final SectorRepository sectors;
    final CommissionRepository commissions;
    final SessionRepository sessions;
    final MilestoneRepository milestones;
    final DependencyRepository dependencies;
    final AgreementRepository agreements;
    final MilestoneHistory history;

    RoadmapTables(Connection c) {
        info = new RoadmapInfoRepository(c);
        sectors = new SectorRepository(c);
        commissions = new CommissionRepository(c);
        sessions = new SessionRepository(c);
        milestones = new MilestoneRepository(c);
        dependencies = new DependencyRepository(c);
        agreements = new AgreementRepository(c);
        history = new MilestoneHistory(c, Clock.systemUTC());
    }

    /**
     * The whole roadmap, every list in its saved order: one query per table.
     *
     * @throws Columns.DamagedValueException when the file holds something this build cannot read
     */
    Roadmap load() throws SQLException {
        RoadmapInfo roadmapInfo = info.load();
        if (roadmapInfo == null) {
            throw new Columns.DamagedValueException("the roadmap's own record is missing", null);
        }
        List<Sector> s = sectors.loadAll();
        List<Commission> c = commissions.loadAll();
        List<Milestone> m = milestones.loadAll();
        return new Roadmap(roadmapInfo, s, c, sessions.loadAll(), m, dependencies.loadAll(), agreements.loadAll());
    }

    /** Writes a whole roadmap into empty tables, parents first, in batches; call inside a transaction. */
    void insert(Roadmap roadmap) throws SQLException {
        info.save(roadmap.info());
        sectors.insertAll(roadmap.sectors());
        commissions.insertAll(roadmap.commissions());
        milestones.insertAll(roadmap.milestones());
        sessions.insertAll(roadmap.sessions());
        dependencies.insertAll(roadmap.dependencies());
        agreements.insertAll(roadmap.agreements());
    }

    /** Every table's revisions, to be told where a write transaction begins and how it ends. */
    private List<Revisions> allRevisions() {
        return List.of(info.revisions, sectors.revisions, commissions.revisions, sessions.revisions,
                milestones.revisions, dependencies.revisions, agreements.revisions);
    }

    void begin() {
        allRevisions().forEach(Revisions::begin);
    }

    void committed() {
        allRevisions().forEach(Revisions::commit);
    }

    void rolledBack() {
        allRevisions().forEach(Revisions::rollback);
    }

    /** Empties every table, children first; call inside a transaction. */
    void deleteAll() throws SQLException {
        agreements.deleteAll(); // and, by cascade, agreement_milestone
        dependencies.deleteAll();
        sessions.deleteAll();
        milestones.deleteAll(); // and milestone_tag
        commissions.deleteAll();
        sectors.deleteAll();
        info.delete();
    }
}
