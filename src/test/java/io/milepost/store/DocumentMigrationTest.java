package io.milepost.store;

import io.milepost.model.Agreement;
import io.milepost.model.AgreementKind;
import io.milepost.model.AgreementStatus;
import io.milepost.model.Commission;
import io.milepost.model.CommissionKind;
import io.milepost.model.Dependency;
import io.milepost.model.DependencyType;
import io.milepost.model.Milestone;
import io.milepost.model.MilestoneKind;
import io.milepost.model.MilestoneStatus;
import io.milepost.model.PlanDate;
import io.milepost.model.Roadmap;
import io.milepost.model.RoadmapInfo;
import io.milepost.model.RoadmapValidator;
import io.milepost.model.Sector;
import io.milepost.model.SessionDetails;
import io.milepost.store.DocumentException.Reason;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A planner opens a roadmap saved by Milepost 0.1 (schema version 1, no tags, no baselines). */
class DocumentMigrationTest {

    @TempDir
    Path dir;

    private Path file;

    @BeforeEach
    void copyTheOldDocument() throws IOException {
        file = dir.resolve("roadmap.milepost");
        try (InputStream in = getClass().getResourceAsStream("/store/roadmap-v1.milepost")) {
            Files.copy(in, file);
        }
    }

    @Test
    void theOldDocumentIsGenuinelyOfSchemaVersion1() throws Exception {
        assertThat(userVersion(file)).isEqualTo(1);
        assertThat(ByteBuffer.wrap(Files.readAllBytes(file)).getInt(68)).isEqualTo(RoadmapDocument.APPLICATION_ID);
        assertThat(describeSchema(file)).noneMatch(line -> line.contains("milestone_tag"))
                .noneMatch(line -> line.contains("baseline"));
    }

    @Test
    void openedForEditingItIsCopiedBesideItThenBroughtUpToDate() throws Exception {
        List<String> version1Schema = describeSchema(file);
        try (RoadmapDocument doc = RoadmapDocument.open(file, OpenMode.READ_WRITE)) {
            assertThat(doc.load()).isEqualTo(asWrittenByVersion1());
            assertThat(doc.integrityProblems()).isEmpty();
        }
        assertThat(userVersion(file)).isEqualTo(RoadmapDocument.SCHEMA_VERSION);
        Path backup = dir.resolve("roadmap.milepost.v1.bak");
        assertThat(userVersion(backup)).isEqualTo(1);
        assertThat(describeSchema(backup)).isEqualTo(version1Schema);
        assertThat(DocumentCreationTest.filesIn(dir))
                .containsExactlyInAnyOrder("roadmap.milepost", "roadmap.milepost.v1.bak");
    }

    @Test
    void onceUpToDateItTakesTagsAndBaselinesAndIsNotCopiedAgain() throws Exception {
        Milestone halal = asWrittenByVersion1().milestone(id(402)).orElseThrow().toBuilder()
                .tags(List.of("halal", "сертификация")).baselineStart(LocalDate.of(2025, 1, 1)).build();
        try (RoadmapDocument doc = RoadmapDocument.open(file, OpenMode.READ_WRITE)) {
            doc.edit(w -> w.saveMilestone(halal));
        }
        try (RoadmapDocument doc = RoadmapDocument.open(file, OpenMode.READ_WRITE)) {
            assertThat(doc.load()).isEqualTo(asWrittenByVersion1().withMilestone(halal));
        }
        assertThat(DocumentCreationTest.filesIn(dir)).hasSize(2);
    }

    @Test
    void anEarlierBackupOfTheSameVersionIsKept() throws Exception {
        Path earlier = Files.writeString(dir.resolve("roadmap.milepost.v1.bak"), "an earlier backup");
        RoadmapDocument.open(file, OpenMode.READ_WRITE).close();
        assertThat(earlier).hasContent("an earlier backup");
        assertThat(userVersion(dir.resolve("roadmap.milepost.v1.2.bak"))).isEqualTo(1);
    }

    @Test
    void openedReadOnlyItIsShownUpToDateFromMemoryAndTheFileIsNotTouched() throws Exception {
        FolderState before = FolderState.of(dir);
        try (RoadmapDocument doc = RoadmapDocument.open(file, OpenMode.READ_ONLY)) {
            assertThat(doc.isReadOnly()).isTrue();
            assertThat(doc.load()).isEqualTo(asWrittenByVersion1());
            assertThatThrownBy(() -> doc.edit(w -> w.deleteMilestone(id(403))))
                    .isInstanceOfSatisfying(DocumentException.class,
                    e -> assertThat(e.reason()).isEqualTo(Reason.READ_ONLY));
        }
        assertThat(FolderState.of(dir)).isEqualTo(before);
    }

    @Test
    void aCopySavedFromTheReadOnlyViewIsAnUpToDateDocument() throws Exception {
        Path copy = dir.resolve("copy.milepost");
        try (RoadmapDocument doc = RoadmapDocument.open(file, OpenMode.READ_ONLY)) {
            doc.saveCopyAs(copy);
        }
        assertThat(userVersion(copy)).isEqualTo(RoadmapDocument.SCHEMA_VERSION);
        assertThat(userVersion(file)).isEqualTo(1);
        try (RoadmapDocument doc = RoadmapDocument.open(copy, OpenMode.READ_WRITE)) {
            assertThat(doc.load()).isEqualTo(asWrittenByVersion1());
        }
        assertThat(DocumentCreationTest.filesIn(dir)).containsExactlyInAnyOrder("roadmap.milepost", "copy.milepost");
    }

    @Test
    void anUpdatedDocumentHasTheSameTablesColumnsKeysAndIndexesAsANewOne() throws Exception {
        RoadmapDocument.open(file, OpenMode.READ_WRITE).close();
        Path fresh = dir.resolve("fresh.milepost");
        RoadmapDocument.create(fresh, SampleRoadmaps.empty()).close();
        assertThat(describeSchema(file)).isEqualTo(describeSchema(fresh)).isNotEmpty();
    }

    @Test
    void anOldDocumentWithRowsPointingAtNothingIsLeftAtItsVersionAndReportedDamaged() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("INSERT INTO dependency VALUES (2, '" + UUID.randomUUID() + "', '" + id(401) + "', '"
                    + UUID.randomUUID() + "', 'FS', 0)"); // this connection does not enforce foreign keys
        }
        assertThatThrownBy(() -> RoadmapDocument.open(file, OpenMode.READ_WRITE))
                .isInstanceOfSatisfying(DocumentException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.CORRUPT);
                    assertThat(e.getMessage()).isEqualTo(file + " is damaged: a row of dependency refers to a "
                            + "milestone that is not in the document, so it cannot be brought up to schema version 2");
                });
        assertThat(userVersion(file)).isEqualTo(1);
        assertThat(describeSchema(file)).noneMatch(line -> line.contains("milestone_tag"));
        // Left as it was, the file needs no copy of itself beside it, however often the planner tries.
        assertThatThrownBy(() -> RoadmapDocument.open(file, OpenMode.READ_WRITE)).isInstanceOf(DocumentException.class);
        assertThat(DocumentCreationTest.filesIn(dir)).containsExactly("roadmap.milepost");
    }

    @Test
    void aSessionWithoutAMeetingGetsOneAndASessionWithOneBecomesItsDetails() throws Exception {
        try (Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = c.createStatement()) {
            s.execute("INSERT INTO commission_session VALUES (2, '" + id(302) + "', '" + id(201) + "', 9, "
                    + "'2026-09-01', 'DAY', '2026-09-02', 'DAY', 'Islamabad', 'HELD', 'Nine decisions')");
        }
        Roadmap migrated;
        try (RoadmapDocument doc = RoadmapDocument.open(file, OpenMode.READ_WRITE)) {
            migrated = doc.load();
            assertThat(doc.integrityProblems()).isEmpty();
        }
        assertThat(migrated.sessions()).containsExactly(new SessionDetails(id(401), 8, "Minsk", null),
                new SessionDetails(id(302), 9, "Islamabad", "Nine decisions"));
        Milestone made = migrated.milestone(id(302)).orElseThrow();
        assertThat(made).isEqualTo(Milestone.builder().id(id(302)).kind(MilestoneKind.MEETING)
                .title("Joint Ministerial Commission — session 9").sectorId(id(101)).commissionId(id(201))
                .start(PlanDate.day(2026, 9, 1)).end(PlanDate.day(2026, 9, 2)).status(MilestoneStatus.DONE)
                .percentComplete(100).order(21).build());
        assertThat(migrated.sessionsOf(id(201))).extracting(SessionDetails::number).containsExactly(8, 9);
        assertThat(RoadmapValidator.validate(migrated)).isEmpty();
        assertThat(describeSchema(file)).noneMatch(line -> line.contains("commission_session"));
    }

    /** What roadmap-v1.sql wrote. */
    static Roadmap asWrittenByVersion1() {
        RoadmapInfo info = new RoadmapInfo(id(1),
                "Roadmap for Comprehensive Cooperation between Pakistan and Belarus 2025–2027", "Signed in Islamabad",
                "Pakistan", "Belarus", LocalDate.of(2025, 1, 1), LocalDate.of(2027, 12, 31), "", "en", "ru");
        List<Sector> sectors = List.of(
                new Sector(id(101), "Trade & economic cooperation", "Торгово-экономическое сотрудничество", "#2e7d32",
                        1),
                new Sector(id(102), "Vocational education", null, null, 2));
        Commission commission = new Commission(id(201), CommissionKind.INTERGOVERNMENTAL_COMMISSION,
                "Joint Ministerial Commission", "Совместная министерская комиссия", "Minister of Commerce",
                "Министр промышленности", null);
        // The 8th session was a row of its own then; it is the meeting of its commission starting the same day.
        SessionDetails session = new SessionDetails(id(401), 8, "Minsk", null);
        List<Milestone> milestones = List.of(
                Milestone.builder().id(id(401)).kind(MilestoneKind.MEETING).title("Eighth session of the commission")
                        .titleAlt("Восьмое заседание комиссии").sectorId(id(101)).commissionId(id(201))
                        .start(PlanDate.quarter(2025, 2)).leadAgencyA("Ministry of Commerce")
                        .leadAgencyB("Министерство промышленности").expectedOutcome("Protocol of the session")
                        .remarks("").order(10).build(),
                Milestone.builder().id(id(402)).kind(MilestoneKind.ACTIVITY).title("Halal trade certification")
                        .description("Mutual recognition of halal certificates").sectorId(id(101))
                        .start(PlanDate.month(2025, 1)).end(PlanDate.half(2026, 1))
                        .status(MilestoneStatus.IN_PROGRESS).percentComplete(25).order(20).build(),
                Milestone.builder().id(id(403)).kind(MilestoneKind.ACTIVITY).title("Exchange of vocational teachers")
                        .sectorId(id(102)).start(PlanDate.year(2025)).ongoing(true).remarks("continuous").order(10)
                        .build());
        Dependency dependency = new Dependency(id(501), id(401), id(402), DependencyType.FS, 14);
        Agreement mou = new Agreement(id(601), AgreementKind.MOU, "MoU on halal trade",
                "Меморандум о халяльной торговле", id(101), LocalDate.of(2024, 11, 26), AgreementStatus.SIGNED_MOU,
                null, List.of(id(402), id(401)));
        return new Roadmap(info, sectors, List.of(commission), List.of(session), milestones, List.of(dependency),
                List.of(mou));
    }

    private static UUID id(int n) {
        return UUID.fromString(String.format("7f1c2a40-0000-4000-8000-%012d", n));
    }

    private static int userVersion(Path file) throws IOException {
        byte[] header = Files.readAllBytes(file);
        return ByteBuffer.wrap(header).getInt(60);
    }

    /** Every table's columns, keys and indexes, as text that compares equal for equal schemas. */
    static List<String> describeSchema(Path file) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:file:" + file.toUri().getRawPath() + "?mode=ro");
             Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = s.executeQuery(
                    "SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String table : tables) {
                rows(s, "PRAGMA table_list(" + table + ")", "table " + table, lines);
                rows(s, "PRAGMA table_xinfo(" + table + ")", table + " column", lines);
                rows(s, "PRAGMA foreign_key_list(" + table + ")", table + " foreign key", lines);
                List<String> indexes = new ArrayList<>();
                try (ResultSet rs = s.executeQuery("PRAGMA index_list(" + table + ")")) {
                    while (rs.next()) {
                        indexes.add(rs.getString("name"));
                    }
                }
                for (String index : indexes.stream().sorted().toList()) {
                    rows(s, "PRAGMA index_xinfo(" + index + ")", table + " index " + index, lines);
                }
            }
        }
        return lines;
    }

    private static void rows(Statement s, String pragma, String prefix, List<String> lines) throws SQLException {
        try (ResultSet rs = s.executeQuery(pragma)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder line = new StringBuilder(prefix).append(':');
                for (int i = 1; i <= columns; i++) {
                    line.append(' ').append(rs.getMetaData().getColumnName(i)).append('=').append(rs.getString(i));
                }
                lines.add(line.toString());
            }
        }
    }
}
