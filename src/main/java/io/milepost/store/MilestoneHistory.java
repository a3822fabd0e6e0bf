package io.milepost.store;

import io.milepost.model.Milestone;
import io.milepost.model.MilestoneChange;
import io.milepost.model.MilestoneChange.What;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;

/**
 * The {@code milestone_change} table: what changed in each milestone and when, written in the same transaction as the
 * change itself, so the record and the edit land or are lost together. It answers "what changed since the last
 * session" and the filter "changed since …". Rows are never updated; no foreign key, so a deleted milestone's history
 * stays.
 */
final class MilestoneHistory {

    /** The fields recorded, with how each is written; title, status, percent and dates are what an agenda asks. */
    private record Field(What what, Function<Milestone, String> value) {
    }

    private static final List<Field> FIELDS = List.of(
            new Field(What.TITLE, Milestone::title),
            new Field(What.STATUS, m -> m.status().name()),
            new Field(What.PERCENT, m -> Integer.toString(m.percentComplete())),
            new Field(What.START, m -> m.start().code()),
            new Field(What.END, MilestoneChange::endOf));

    static final String TABLE = """
            CREATE TABLE milestone_change (
                position     INTEGER PRIMARY KEY,
                milestone_id TEXT NOT NULL,
                changed_at   TEXT NOT NULL,
                what         TEXT NOT NULL,
                before       TEXT NOT NULL,
                after        TEXT NOT NULL,
                title        TEXT NOT NULL,
                commission_id TEXT
            ) STRICT""";
    static final String INDEX = "CREATE INDEX milestone_change_by_time ON milestone_change (changed_at)";

    private final Connection c;
    private final Clock clock;

    MilestoneHistory(Connection c, Clock clock) {
        this.c = c;
        this.clock = clock;
    }

    /** Records a save: {@code before} is the row as it was, or {@code null} for a new milestone. */
    void saved(Milestone before, Milestone after) throws SQLException {
        Instant now = clock.instant();
        if (before == null) {
            insert(new MilestoneChange(after.id(), now, What.ADDED, "", after.title(), after.title(),
                    after.commissionId()));
            return;
        }
        for (Field f : FIELDS) {
            String was = f.value().apply(before);
            String is = f.value().apply(after);
            if (!Objects.equals(was, is)) {
                insert(new MilestoneChange(after.id(), now, f.what(), was, is, after.title(),
                        after.commissionId()));
            }
        }
    }

    void deleted(Milestone before) throws SQLException {
        insert(new MilestoneChange(before.id(), clock.instant(), What.DELETED, before.title(), "", before.title(),
                before.commissionId()));
    }

    /** Every change made at or after {@code since}, oldest first. */
    List<MilestoneChange> since(Instant since) throws SQLException {
        List<MilestoneChange> changes = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT milestone_id, changed_at, what, before, after, title, "
                + "commission_id "
                + "FROM milestone_change WHERE changed_at >= ? ORDER BY position")) {
            ps.setString(1, since.toString());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    What what = known(rs.getString(3));
                    if (what != null) {
                        changes.add(new MilestoneChange(UUID.fromString(rs.getString(1)),
                                Instant.parse(rs.getString(2)), what, rs.getString(4), rs.getString(5),
                                rs.getString(6), rs.getString(7) == null ? null
                                        : UUID.fromString(rs.getString(7))));
                    }
                }
            }
        }
        return changes;
    }

    /** A kind of change this build knows; a newer build's kinds are skipped rather than refusing the history. */
    private static What known(String name) {
        for (What w : What.values()) {
            if (w.name().equals(name)) {
                return w;
            }
        }
        return null;
    }

    private void insert(MilestoneChange change) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO milestone_change "
                + "(milestone_id, changed_at, what, before, after, title, commission_id) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, change.milestoneId().toString());
            // Instant.toString is ISO-8601 in UTC with a fixed 'Z', so text order is time order for the index.
            ps.setString(2, change.at().toString());
            ps.setString(3, change.what().name());
            ps.setString(4, change.before());
            ps.setString(5, change.after());
            ps.setString(6, change.title());
            ps.setString(7, change.commission() == null ? null : change.commission().toString());
            ps.executeUpdate();
        }
    }
}
