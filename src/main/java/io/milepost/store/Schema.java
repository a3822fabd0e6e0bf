package io.milepost.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The tables of a document at the current {@link RoadmapDocument#SCHEMA_VERSION}. Older files reach this schema
 * through {@link Migrations}; a test checks that a migrated file and a new one end with the same tables, columns,
 * keys and indexes.
 *
 * <p>Conventions:
 * <ul>
 *   <li>Ids are UUIDs as lower-case text. Every list of the roadmap keeps its order in {@code position}, the row's
 *       {@code INTEGER PRIMARY KEY}: a new row gets the next number, an updated row keeps its own, so the document
 *       keeps lists exactly as the model's {@code Roadmap.with*} does, and loading reads each table in key order
 *       without sorting.</li>
 *   <li>A {@code PlanDate} is two columns: {@code *_date}, its first day as ISO text ({@code 2025-07-01}), and
 *       {@code *_precision}, one of {@code DAY MONTH QUARTER HALF_YEAR YEAR}. A plain date is ISO text.</li>
 *   <li>Enums are stored by name. A new enum constant needs a new schema version, so that an older Milepost
 *       refuses the file instead of failing on an unknown value.</li>
 *   <li>Tables are {@code STRICT}: a value of the wrong type is an error, not silently converted.</li>
 * </ul>
 */
final class Schema {

    /** Every table of the current schema, parents before children. */
    static final List<String> TABLES = List.of("roadmap", "sector", "commission", "milestone", "session_details",
            "milestone_tag", "dependency", "agreement", "agreement_milestone", "exchange_base", "milestone_change");

    private static final String PRECISIONS = "('DAY', 'MONTH', 'QUARTER', 'HALF_YEAR', 'YEAR')";

    static final List<String> CREATE = List.of("""
            CREATE TABLE roadmap (
                singleton        INTEGER PRIMARY KEY CHECK (singleton = 1),
                id               TEXT NOT NULL,
                title            TEXT NOT NULL,
                subtitle         TEXT,
                party_a          TEXT,
                party_b          TEXT,
                period_start     TEXT NOT NULL,
                period_end       TEXT NOT NULL,
                description      TEXT,
                primary_language TEXT NOT NULL,
                second_language  TEXT,
                revision         INTEGER NOT NULL DEFAULT 0,
                title_alt        TEXT,
                subtitle_alt     TEXT
            ) STRICT""", """
            CREATE TABLE sector (
                position   INTEGER PRIMARY KEY,
                id         TEXT NOT NULL UNIQUE,
                name       TEXT NOT NULL,
                name_alt   TEXT,
                color      TEXT,
                sort_order INTEGER NOT NULL,
                revision   INTEGER NOT NULL DEFAULT 0
            ) STRICT""", """
            CREATE TABLE commission (
                position    INTEGER PRIMARY KEY,
                id          TEXT NOT NULL UNIQUE,
                kind        TEXT NOT NULL,
                name        TEXT NOT NULL,
                name_alt    TEXT,
                co_chair_a  TEXT,
                co_chair_b  TEXT,
                description TEXT,
                revision    INTEGER NOT NULL DEFAULT 0
            ) STRICT""", """
            CREATE TABLE milestone (
                position         INTEGER PRIMARY KEY,
                id               TEXT NOT NULL UNIQUE,
                kind             TEXT NOT NULL,
                title            TEXT NOT NULL,
                title_alt        TEXT,
                description      TEXT,
                sector_id        TEXT NOT NULL REFERENCES sector (id) ON DELETE RESTRICT,
                commission_id    TEXT REFERENCES commission (id) ON DELETE SET NULL,
                start_date       TEXT NOT NULL,
                start_precision  TEXT NOT NULL CHECK (start_precision IN %1$s),
                end_date         TEXT,
                end_precision    TEXT CHECK (end_precision IN %1$s),
                ongoing          INTEGER NOT NULL CHECK (ongoing IN (0, 1)),
                status           TEXT NOT NULL,
                percent_complete INTEGER NOT NULL,
                lead_agency_a    TEXT,
                lead_agency_b    TEXT,
                expected_outcome TEXT,
                remarks          TEXT,
                sort_order       INTEGER NOT NULL,
                baseline_start   TEXT,
                baseline_end     TEXT,
                revision         INTEGER NOT NULL DEFAULT 0,
                CHECK ((end_date IS NULL) = (end_precision IS NULL))
            ) STRICT""".formatted(PRECISIONS),
            "CREATE INDEX milestone_by_sector ON milestone (sector_id)",
            "CREATE INDEX milestone_by_commission ON milestone (commission_id)", """
            CREATE TABLE session_details (
                position  INTEGER PRIMARY KEY,
                id        TEXT NOT NULL UNIQUE REFERENCES milestone (id) ON DELETE CASCADE,
                number    INTEGER NOT NULL,
                venue     TEXT,
                decisions TEXT,
                revision  INTEGER NOT NULL DEFAULT 0
            ) STRICT""", """
            CREATE TABLE milestone_tag (
                milestone_id TEXT NOT NULL REFERENCES milestone (id) ON DELETE CASCADE,
                position     INTEGER NOT NULL,
                tag          TEXT NOT NULL,
                PRIMARY KEY (milestone_id, position)
            ) STRICT, WITHOUT ROWID""", """
            CREATE TABLE dependency (
                position       INTEGER PRIMARY KEY,
                id             TEXT NOT NULL UNIQUE,
                predecessor_id TEXT NOT NULL REFERENCES milestone (id) ON DELETE CASCADE,
                successor_id   TEXT NOT NULL REFERENCES milestone (id) ON DELETE CASCADE,
                type           TEXT NOT NULL,
                lag_days       INTEGER NOT NULL,
                revision       INTEGER NOT NULL DEFAULT 0
            ) STRICT""",
            "CREATE INDEX dependency_by_predecessor ON dependency (predecessor_id)",
            "CREATE INDEX dependency_by_successor ON dependency (successor_id)", """
            CREATE TABLE agreement (
                position    INTEGER PRIMARY KEY,
                id          TEXT NOT NULL UNIQUE,
                kind        TEXT NOT NULL,
                title       TEXT NOT NULL,
                title_alt   TEXT,
                sector_id   TEXT REFERENCES sector (id) ON DELETE SET NULL,
                signed      TEXT,
                status      TEXT NOT NULL,
                description TEXT,
                revision    INTEGER NOT NULL DEFAULT 0
            ) STRICT""",
            "CREATE INDEX agreement_by_sector ON agreement (sector_id)", """
            CREATE TABLE agreement_milestone (
                agreement_id TEXT NOT NULL REFERENCES agreement (id) ON DELETE CASCADE,
                position     INTEGER NOT NULL,
                milestone_id TEXT NOT NULL REFERENCES milestone (id) ON DELETE CASCADE,
                PRIMARY KEY (agreement_id, position)
            ) STRICT, WITHOUT ROWID""",
            "CREATE INDEX agreement_milestone_by_milestone ON agreement_milestone (milestone_id)", """
            CREATE TABLE exchange_base (
                roadmap_id   TEXT NOT NULL,
                partner      TEXT NOT NULL,
                exchanged_at TEXT NOT NULL,
                snapshot     TEXT NOT NULL,
                PRIMARY KEY (roadmap_id, partner)
            ) STRICT, WITHOUT ROWID""", MilestoneHistory.TABLE, MilestoneHistory.INDEX);

    private Schema() {
    }

    /** Creates the current schema and stamps the file as Milepost's; call inside the creating transaction. */
    static void create(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String ddl : CREATE) {
                s.execute(ddl);
            }
            s.execute("PRAGMA application_id = " + RoadmapDocument.APPLICATION_ID);
            s.execute("PRAGMA user_version = " + RoadmapDocument.SCHEMA_VERSION);
        }
    }

    static int pragmaInt(Connection c, String pragma) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA " + pragma)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    /** The tables the file has (reading them makes SQLite parse the whole schema, so damage shows here). */
    static Set<String> tablesIn(Connection c) throws SQLException {
        Set<String> names = new HashSet<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT name FROM sqlite_schema WHERE type = 'table'")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    /**
     * The triggers and views in a file. Milepost makes none, so any there were put by someone else, and would run
     * SQL of theirs whenever Milepost reads or writes the tables (SQLite's advice for files from untrusted sources).
     */
    static Set<String> triggersAndViewsIn(Connection c) throws SQLException {
        Set<String> names = new java.util.TreeSet<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT type || ' ' || name FROM sqlite_schema "
                     + "WHERE type IN ('trigger', 'view')")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }
}
