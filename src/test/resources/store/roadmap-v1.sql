-- A Milepost document of schema version 1, as Milepost 0.1 wrote it: milestones had no tags and no baseline
-- dates. roadmap-v1.milepost beside this script was made from it with the sqlite3 command-line tool:
--
--     sqlite3 roadmap-v1.milepost < roadmap-v1.sql
--
-- RoadmapMigrationTest opens copies of that file; do not regenerate it with a newer schema.
PRAGMA page_size = 1024; -- small pages keep this fixture small
PRAGMA application_id = 1296846931; -- 0x4D4C5053, "MLPS"
PRAGMA user_version = 1;
PRAGMA journal_mode = DELETE;

BEGIN;

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
    second_language  TEXT
) STRICT;

CREATE TABLE sector (
    position   INTEGER PRIMARY KEY,
    id         TEXT NOT NULL UNIQUE,
    name       TEXT NOT NULL,
    name_alt   TEXT,
    color      TEXT,
    sort_order INTEGER NOT NULL
) STRICT;

CREATE TABLE commission (
    position    INTEGER PRIMARY KEY,
    id          TEXT NOT NULL UNIQUE,
    kind        TEXT NOT NULL,
    name        TEXT NOT NULL,
    name_alt    TEXT,
    co_chair_a  TEXT,
    co_chair_b  TEXT,
    description TEXT
) STRICT;

CREATE TABLE commission_session (
    position        INTEGER PRIMARY KEY,
    id              TEXT NOT NULL UNIQUE,
    commission_id   TEXT NOT NULL REFERENCES commission (id) ON DELETE CASCADE,
    number          INTEGER NOT NULL,
    start_date      TEXT NOT NULL,
    start_precision TEXT NOT NULL CHECK (start_precision IN ('DAY', 'MONTH', 'QUARTER', 'HALF_YEAR', 'YEAR')),
    end_date        TEXT,
    end_precision   TEXT CHECK (end_precision IN ('DAY', 'MONTH', 'QUARTER', 'HALF_YEAR', 'YEAR')),
    venue           TEXT,
    status          TEXT NOT NULL,
    outcome         TEXT,
    CHECK ((end_date IS NULL) = (end_precision IS NULL))
) STRICT;
CREATE INDEX commission_session_by_commission ON commission_session (commission_id);

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
    start_precision  TEXT NOT NULL CHECK (start_precision IN ('DAY', 'MONTH', 'QUARTER', 'HALF_YEAR', 'YEAR')),
    end_date         TEXT,
    end_precision    TEXT CHECK (end_precision IN ('DAY', 'MONTH', 'QUARTER', 'HALF_YEAR', 'YEAR')),
    ongoing          INTEGER NOT NULL CHECK (ongoing IN (0, 1)),
    status           TEXT NOT NULL,
    percent_complete INTEGER NOT NULL,
    lead_agency_a    TEXT,
    lead_agency_b    TEXT,
    expected_outcome TEXT,
    remarks          TEXT,
    sort_order       INTEGER NOT NULL,
    CHECK ((end_date IS NULL) = (end_precision IS NULL))
) STRICT;
CREATE INDEX milestone_by_sector ON milestone (sector_id);
CREATE INDEX milestone_by_commission ON milestone (commission_id);

CREATE TABLE dependency (
    position       INTEGER PRIMARY KEY,
    id             TEXT NOT NULL UNIQUE,
    predecessor_id TEXT NOT NULL REFERENCES milestone (id) ON DELETE CASCADE,
    successor_id   TEXT NOT NULL REFERENCES milestone (id) ON DELETE CASCADE,
    type           TEXT NOT NULL,
    lag_days       INTEGER NOT NULL
) STRICT;
CREATE INDEX dependency_by_predecessor ON dependency (predecessor_id);
CREATE INDEX dependency_by_successor ON dependency (successor_id);

CREATE TABLE agreement (
    position    INTEGER PRIMARY KEY,
    id          TEXT NOT NULL UNIQUE,
    kind        TEXT NOT NULL,
    title       TEXT NOT NULL,
    title_alt   TEXT,
    sector_id   TEXT REFERENCES sector (id) ON DELETE SET NULL,
    signed      TEXT,
    status      TEXT NOT NULL,
    description TEXT
) STRICT;
CREATE INDEX agreement_by_sector ON agreement (sector_id);

CREATE TABLE agreement_milestone (
    agreement_id TEXT NOT NULL REFERENCES agreement (id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    milestone_id TEXT NOT NULL REFERENCES milestone (id) ON DELETE CASCADE,
    PRIMARY KEY (agreement_id, position)
) STRICT, WITHOUT ROWID;
CREATE INDEX agreement_milestone_by_milestone ON agreement_milestone (milestone_id);

INSERT INTO roadmap VALUES (1, '7f1c2a40-0000-4000-8000-000000000001',
    'Roadmap for Comprehensive Cooperation between Pakistan and Belarus 2025–2027', 'Signed in Islamabad',
    'Pakistan', 'Belarus', '2025-01-01', '2027-12-31', '', 'en', 'ru');

INSERT INTO sector VALUES (1, '7f1c2a40-0000-4000-8000-000000000101', 'Trade & economic cooperation',
    'Торгово-экономическое сотрудничество', '#2e7d32', 1);
INSERT INTO sector VALUES (2, '7f1c2a40-0000-4000-8000-000000000102', 'Vocational education', NULL, NULL, 2);

INSERT INTO commission VALUES (1, '7f1c2a40-0000-4000-8000-000000000201', 'INTERGOVERNMENTAL_COMMISSION',
    'Joint Ministerial Commission', 'Совместная министерская комиссия', 'Minister of Commerce',
    'Министр промышленности', NULL);

INSERT INTO commission_session VALUES (1, '7f1c2a40-0000-4000-8000-000000000301',
    '7f1c2a40-0000-4000-8000-000000000201', 8, '2025-04-01', 'QUARTER', NULL, NULL, 'Minsk', 'PLANNED', NULL);

INSERT INTO milestone VALUES (1, '7f1c2a40-0000-4000-8000-000000000401', 'MEETING', 'Eighth session of the commission',
    'Восьмое заседание комиссии', NULL, '7f1c2a40-0000-4000-8000-000000000101',
    '7f1c2a40-0000-4000-8000-000000000201', '2025-04-01', 'QUARTER', NULL, NULL, 0, 'PLANNED', 0,
    'Ministry of Commerce', 'Министерство промышленности', 'Protocol of the session', '', 10);
INSERT INTO milestone VALUES (2, '7f1c2a40-0000-4000-8000-000000000402', 'ACTIVITY', 'Halal trade certification',
    NULL, 'Mutual recognition of halal certificates', '7f1c2a40-0000-4000-8000-000000000101', NULL,
    '2025-01-01', 'MONTH', '2026-01-01', 'HALF_YEAR', 0, 'IN_PROGRESS', 25, NULL, NULL, NULL, NULL, 20);
INSERT INTO milestone VALUES (3, '7f1c2a40-0000-4000-8000-000000000403', 'ACTIVITY', 'Exchange of vocational teachers',
    NULL, NULL, '7f1c2a40-0000-4000-8000-000000000102', NULL, '2025-01-01', 'YEAR', NULL, NULL, 1, 'PLANNED', 0,
    NULL, NULL, NULL, 'continuous', 10);

INSERT INTO dependency VALUES (1, '7f1c2a40-0000-4000-8000-000000000501', '7f1c2a40-0000-4000-8000-000000000401',
    '7f1c2a40-0000-4000-8000-000000000402', 'FS', 14);

INSERT INTO agreement VALUES (1, '7f1c2a40-0000-4000-8000-000000000601', 'MOU', 'MoU on halal trade',
    'Меморандум о халяльной торговле', '7f1c2a40-0000-4000-8000-000000000101', '2024-11-26', 'SIGNED_MOU', NULL);
INSERT INTO agreement_milestone VALUES ('7f1c2a40-0000-4000-8000-000000000601', 0,
    '7f1c2a40-0000-4000-8000-000000000402');
INSERT INTO agreement_milestone VALUES ('7f1c2a40-0000-4000-8000-000000000601', 1,
    '7f1c2a40-0000-4000-8000-000000000401');

COMMIT;
