package io.milepost.store;

import io.milepost.i18n.Messages;
import io.milepost.model.Agreement;
import io.milepost.model.Commission;
import io.milepost.model.SessionDetails;
import io.milepost.model.Dependency;
import io.milepost.model.Milestone;
import io.milepost.model.RoadmapInfo;
import io.milepost.model.Sector;
import io.milepost.store.DocumentException.Reason;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Objects;
import java.util.UUID;

/** The {@link DocumentWriter} handed to one {@link DocumentEdit}: valid only while its transaction is open. */
final class TransactionWriter implements DocumentWriter {

    /** One statement's worth of work against the tables. */
    @FunctionalInterface
    private interface Change {
        void run() throws SQLException, DocumentException;
    }

    private final RoadmapTables tables;
    private final Path file;
    private boolean open = true;

    TransactionWriter(RoadmapTables tables, Path file) {
        this.tables = tables;
        this.file = file;
    }

    void close() {
        open = false;
    }

    @Override
    public void saveInfo(RoadmapInfo info) throws DocumentException {
        Objects.requireNonNull(info, "info");
        change(Messages.text("store.action.saveInfo"), () -> tables.info.save(info));
    }

    @Override
    public void saveSector(Sector s) throws DocumentException {
        Objects.requireNonNull(s, "sector");
        change(Messages.text("store.action.saveSector", s.name()), () -> tables.sectors.save(s));
    }

    @Override
    public void deleteSector(UUID id) throws DocumentException {
        Objects.requireNonNull(id, "id");
        change(Messages.text("store.action.deleteSector"), () -> {
            int milestones = tables.milestones.countInSector(id);
            if (milestones > 0) {
                throw new DocumentException(Reason.REFUSED, file, Messages.text("store.sectorHasMilestones",
                        milestones, tables.sectors.nameOf(id)));
            }
            tables.sectors.delete(id);
        });
    }

    @Override
    public void saveCommission(Commission c) throws DocumentException {
        Objects.requireNonNull(c, "commission");
        change(Messages.text("store.action.saveCommission", c.name()), () -> tables.commissions.save(c));
    }

    @Override
    public void deleteCommission(UUID id) throws DocumentException {
        Objects.requireNonNull(id, "id");
        change(Messages.text("store.action.deleteCommission"), () -> {
            tables.sessions.deleteOfCommission(id);
            tables.commissions.delete(id);
        });
    }

    @Override
    public void saveSession(SessionDetails s) throws DocumentException {
        Objects.requireNonNull(s, "session");
        change(Messages.text("store.action.saveSession", s.number()), () -> tables.sessions.save(s));
    }

    @Override
    public void deleteSession(UUID meetingId) throws DocumentException {
        Objects.requireNonNull(meetingId, "meetingId");
        change(Messages.text("store.action.deleteSession"), () -> tables.sessions.delete(meetingId));
    }

    @Override
    public void saveMilestone(Milestone m) throws DocumentException {
        Objects.requireNonNull(m, "milestone");
        change(Messages.text("store.action.saveMilestone", m.title()), () -> {
            Milestone before = tables.milestones.find(m.id());
            tables.milestones.save(m);
            tables.history.saved(before, m);
        });
    }

    @Override
    public void deleteMilestone(UUID id) throws DocumentException {
        Objects.requireNonNull(id, "id");
        change(Messages.text("store.action.deleteMilestone"), () -> {
            Milestone before = tables.milestones.find(id);
            tables.dependencies.deleteWhere("predecessor_id", id);
            tables.dependencies.deleteWhere("successor_id", id);
            tables.sessions.deleteWhere("id", id);
            if (tables.milestones.delete(id) && before != null) {
                tables.history.deleted(before);
            }
        });
    }

    @Override
    public void saveDependency(Dependency d) throws DocumentException {
        Objects.requireNonNull(d, "dependency");
        change(Messages.text("store.action.saveDependency"), () -> tables.dependencies.save(d));
    }

    @Override
    public void deleteDependency(UUID id) throws DocumentException {
        Objects.requireNonNull(id, "id");
        change(Messages.text("store.action.deleteDependency"), () -> tables.dependencies.delete(id));
    }

    @Override
    public void saveAgreement(Agreement a) throws DocumentException {
        Objects.requireNonNull(a, "agreement");
        change(Messages.text("store.action.saveAgreement", a.title()), () -> tables.agreements.save(a));
    }

    @Override
    public void deleteAgreement(UUID id) throws DocumentException {
        Objects.requireNonNull(id, "id");
        change(Messages.text("store.action.deleteAgreement"), () -> tables.agreements.delete(id));
    }

    private void change(String action, Change change) throws DocumentException {
        if (!open) {
            throw new IllegalStateException("this DocumentWriter belonged to an edit that has ended");
        }
        try {
            change.run();
        } catch (SQLException e) {
            throw SqlFailures.of(file, action, e);
        } catch (StaleRowException e) {
            throw stale(file, action);
        }
    }

    /** A write refused because the file holds newer work than this document read (see {@link Revisions}). */
    static DocumentException stale(Path file, String action) {
        return new DocumentException(Reason.STALE, file, Messages.text("store.stale", action));
    }
}
