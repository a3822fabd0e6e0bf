package io.milepost.store;

import io.milepost.i18n.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The ordered steps that bring an older document up to {@link RoadmapDocument#SCHEMA_VERSION}, keyed by the file's
 * {@code user_version}. Each step runs in its own transaction and sets {@code user_version} in it, so a crash leaves
 * the file at one version or the next, never between. Before the first step of a file being edited,
 * {@link DocumentOpener} keeps a copy of the file beside it ({@code <name>.v<N>.bak}).
 *
 * <p>A step's SQL is frozen: it says what that step did then, and is never edited to follow later schema changes.
 */
final class Migrations {

    private static final Logger LOG = LoggerFactory.getLogger(Migrations.class);

    /** Work of a step that SQL alone cannot say, run after its statements in the same transaction. */
    @FunctionalInterface
    interface StepCode {
        void run(Connection c, Path file) throws SQLException, DocumentException;
    }

    /** One step, from {@code from} to {@code from + 1}. */
    record Step(int from, String description, List<String> tablesAdded, List<String> tablesRemoved,
                List<String> statements, StepCode code) {
        Step(int from, String description, List<String> tablesAdded, List<String> statements) {
            this(from, description, tablesAdded, List.of(), statements, null);
        }

        int to() {
            return from + 1;
        }
    }

    /**
     * Version 1 (Milepost 0.1): milestones had no tags and no baseline dates. Version 2: rows had no revisions.
     * Version 3: a commission session was a row of its own, its dates and status repeated by a meeting milestone.
     * Version 4: the bases of merges with partner copies were kept outside the document.
     * Version 5: no record was kept of what changed when.
     * Version 6: the roadmap's own title and subtitle had no second-language value.
     */
    static final List<Step> STEPS = List.of(
            new Step(1, "milestones get tags and a baseline", List.of("milestone_tag"), List.of(
                    "ALTER TABLE milestone ADD COLUMN baseline_start TEXT",
                    "ALTER TABLE milestone ADD COLUMN baseline_end TEXT",
                    """
                    CREATE TABLE milestone_tag (
                        milestone_id TEXT NOT NULL REFERENCES milestone (id) ON DELETE CASCADE,
                        position     INTEGER NOT NULL,
                        tag          TEXT NOT NULL,
                        PRIMARY KEY (milestone_id, position)
                    ) STRICT, WITHOUT ROWID""")),
            new Step(2, "every row gets a revision, which each write names", List.of(), List.of(
                    "ALTER TABLE roadmap ADD COLUMN revision INTEGER NOT NULL DEFAULT 0",
                    "ALTER TABLE sector ADD COLUMN revision INTEGER NOT NULL DEFAULT 0",
                    "ALTER TABLE commission ADD COLUMN revision INTEGER NOT NULL DEFAULT 0",
                    "ALTER TABLE commission_session ADD COLUMN revision INTEGER NOT NULL DEFAULT 0",
                    "ALTER TABLE milestone ADD COLUMN revision INTEGER NOT NULL DEFAULT 0",
                    "ALTER TABLE dependency ADD COLUMN revision INTEGER NOT NULL DEFAULT 0",
                    "ALTER TABLE agreement ADD COLUMN revision INTEGER NOT NULL DEFAULT 0")),
            new Step(3, "commission sessions become their meetings, with the session's details beside them",
                    List.of("session_details"), List.of("commission_session"), List.of("""
                    CREATE TABLE session_details (
                        position  INTEGER PRIMARY KEY,
                        id        TEXT NOT NULL UNIQUE REFERENCES milestone (id) ON DELETE CASCADE,
                        number    INTEGER NOT NULL,
                        venue     TEXT,
                        decisions TEXT,
                        revision  INTEGER NOT NULL DEFAULT 0
                    ) STRICT"""), SessionsBecomeMeetings::run),
            new Step(4, "the document remembers, per partner copy, the roadmap last exchanged with it",
                    List.of("exchange_base"), List.of("""
                    CREATE TABLE exchange_base (
                        roadmap_id   TEXT NOT NULL,
                        partner      TEXT NOT NULL,
                        exchanged_at TEXT NOT NULL,
                        snapshot     TEXT NOT NULL,
                        PRIMARY KEY (roadmap_id, partner)
                    ) STRICT, WITHOUT ROWID""")),
            new Step(5, "the document records what changed in each milestone and when", List.of("milestone_change"),
                    List.of("""
                    CREATE TABLE milestone_change (
                        position     INTEGER PRIMARY KEY,
                        milestone_id TEXT NOT NULL,
                        changed_at   TEXT NOT NULL,
                        what         TEXT NOT NULL,
                        before       TEXT NOT NULL,
                        after        TEXT NOT NULL,
                        title        TEXT NOT NULL,
                        commission_id TEXT
                    ) STRICT""", "CREATE INDEX milestone_change_by_time ON milestone_change (changed_at)")),
            new Step(6, "the roadmap's title and subtitle get a second-language value", List.of(), List.of(
                    "ALTER TABLE roadmap ADD COLUMN title_alt TEXT",
                    "ALTER TABLE roadmap ADD COLUMN subtitle_alt TEXT")));

    /** The oldest version this build can still migrate. */
    static final int OLDEST = 1;

    private Migrations() {
    }

    /** The tables a sound document of {@code version} has. */
    static Set<String> tablesAt(int version) {
        Set<String> tables = new HashSet<>(Schema.TABLES);
        for (Step step : STEPS) {
            if (step.from() >= version) {
                tables.removeAll(step.tablesAdded());
                tables.addAll(step.tablesRemoved());
            }
        }
        return tables;
    }

    /**
     * Runs every step from {@code version} up to the current schema, each in its own transaction. A step that
     * fails leaves the file at the version before it.
     *
     * @param file  the document, for messages
     * @param where "in place" or "in memory", for the log
     */
    static void migrate(Connection c, int version, Path file, String where) throws SQLException, DocumentException {
        for (Step step : STEPS) {
            if (step.from() < version) {
                continue;
            }
            LOG.info("Migrating {} {} from schema version {} to {}: {}", file, where, step.from(), step.to(),
                    step.description());
            Transactions.immediate(c, () -> {
                try (Statement s = c.createStatement()) {
                    for (String sql : step.statements()) {
                        s.execute(sql);
                    }
                    if (step.code() != null) {
                        step.code().run(c, file);
                    }
                    s.execute("PRAGMA user_version = " + step.to());
                    requireNoDanglingKeys(s, step, file);
                }
            });
        }
    }

    /** A step must not leave rows that point at nothing (nor carry such rows over from the old file). */
    private static void requireNoDanglingKeys(Statement s, Step step, Path file)
            throws SQLException, DocumentException {
        try (ResultSet rs = s.executeQuery("PRAGMA foreign_key_check")) {
            if (rs.next()) {
                throw new DocumentException(DocumentException.Reason.CORRUPT, file, Messages.text("store.danglingKey",
                        rs.getString(1), rs.getString(3), step.to()));
            }
        }
    }
}
