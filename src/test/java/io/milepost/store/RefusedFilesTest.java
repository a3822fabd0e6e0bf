package io.milepost.store;

import io.milepost.store.DocumentException.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A planner double-clicks the wrong file: Milepost says what it is, in one line naming the file, and leaves it exactly
 * as it was: same bytes, same modification time, nothing created beside it. Each file is tried in both modes.
 */
class RefusedFilesTest {

    @TempDir
    Path dir;

    @Test
    void aMissingFileIsReportedAsNotFoundAndNotCreated() {
        Path file = dir.resolve("gone.milepost");
        assertRefused(file, Reason.NOT_FOUND, "does not exist");
        assertThat(file).doesNotExist();
    }

    @Test
    void anEmptyFileIsRefusedAndUntouched() throws IOException {
        Path file = Files.createFile(dir.resolve("empty.milepost"));
        assertRefused(file, Reason.NOT_SQLITE, "is not a SQLite database (it is empty)");
    }

    @Test
    void aTextFileRenamedMilepostIsRefusedAndUntouched() throws IOException {
        Path file = Files.writeString(dir.resolve("plan.milepost"),
                "\uFEFFtitle,start,end\nВизит в Минск,2025-04-14,2025-04-16\n", StandardCharsets.UTF_8);
        assertRefused(file, Reason.NOT_SQLITE, "is not a SQLite database (it starts with text)");
    }

    @Test
    void anExportedRoadmapOrAnotherToolsPlanOpenedInsteadOfImportedIsToldToImport() throws IOException {
        Path json = Files.writeString(dir.resolve("from-minsk.json"), "\uFEFF\n  {\"format\": \"milepost-roadmap\"}",
                StandardCharsets.UTF_8);
        assertRefused(json, Reason.NOT_SQLITE,
                "is not a SQLite database (it is a JSON file, such as an exported roadmap: Import reads it into a roadmap)");
        Path xml = Files.writeString(dir.resolve("plan.xml"), "<?xml version=\"1.0\"?>\n<Project/>");
        assertRefused(xml, Reason.NOT_SQLITE,
                "is not a SQLite database (it is an XML file, such as an MS Project plan: Import reads it into a roadmap)");
    }

    @Test
    void aSpreadsheetRenamedMilepostIsRefusedAndUntouched() throws IOException {
        byte[] zip = {'P', 'K', 3, 4, 20, 0, 6, 0, 8, 0, 0, 0, 33, 0};
        Path file = Files.write(dir.resolve("roadmap.xlsx.milepost"), zip);
        assertRefused(file, Reason.NOT_SQLITE,
                "is not a SQLite database (it is a ZIP archive, such as a Word or Excel file)");
    }

    @Test
    void anImageRenamedMilepostIsRefusedAndUntouched() throws IOException {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        Path file = Files.write(dir.resolve("chart.milepost"), png);
        assertRefused(file, Reason.NOT_SQLITE, "is not a SQLite database (it is some other kind of file)");
    }

    @Test
    void anotherApplicationsDatabaseIsRefusedAndUntouched() throws Exception {
        Path file = dir.resolve("contacts.milepost");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = c.createStatement()) {
            s.execute("CREATE TABLE contact (name TEXT)");
        }
        assertRefused(file, Reason.FOREIGN, "is not a Milepost document: it is a SQLite database of another "
                + "application (application_id 0x00000000)");
    }

    @Test
    void aFossilRepositoryIsRefusedNamingItsApplicationId() throws Exception {
        Path file = dir.resolve("repo.milepost");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = c.createStatement()) {
            s.execute("PRAGMA application_id = " + 0x0F055112);
            s.execute("CREATE TABLE blob (rid INTEGER PRIMARY KEY)");
        }
        assertRefused(file, Reason.FOREIGN, "is not a Milepost document: it is a SQLite database of another "
                + "application (application_id 0x0F055112)");
    }

    @Test
    void aDocumentFromANewerMilepostIsRefusedAndUntouched() throws Exception {
        Path file = sampleDocument("from-the-future.milepost");
        patchInt(file, 60, 9); // user_version
        assertRefused(file, Reason.NEWER_VERSION,
                "was written by a newer Milepost (schema version 9; this build reads up to 7)");
    }

    @Test
    void aDocumentWithNoSchemaVersionIsRefusedAsDamaged() throws Exception {
        Path file = sampleDocument("unversioned.milepost");
        patchInt(file, 60, 0);
        assertRefused(file, Reason.CORRUPT, "is damaged: its header gives no schema version (user_version 0)");
    }

    @Test
    void aTruncatedCopyIsRefusedAndUntouched() throws Exception {
        Path file = sampleDocument("half-copied.milepost");
        byte[] whole = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(whole, whole.length / 2));
        assertRefused(file, Reason.CORRUPT, "is damaged: the file is shorter than its header says (truncated copy?)");
    }

    @Test
    void aCopyCutOffInsideItsHeaderIsRefusedAsTruncated() throws Exception {
        Path file = sampleDocument("cut.milepost");
        Files.write(file, Arrays.copyOf(Files.readAllBytes(file), 40));
        assertRefused(file, Reason.CORRUPT, "is damaged: the file is shorter than its header says (truncated copy?)");
    }

    @Test
    void aDocumentWhoseTableOfContentsIsOverwrittenIsRefusedAsDamagedAndUntouched() throws Exception {
        Path file = sampleDocument("scrambled.milepost");
        overwritePage(file, 1, 100); // sqlite_schema's root page, after the 100-byte header
        for (OpenMode mode : OpenMode.values()) {
            FolderState before = FolderState.of(dir);
            assertThatThrownBy(() -> RoadmapDocument.open(file, mode).close())
                    .isInstanceOfSatisfying(DocumentException.class, e -> {
                        assertThat(e.reason()).isEqualTo(Reason.CORRUPT);
                        assertThat(e.file()).isEqualTo(file);
                        assertThat(e.getMessage()).startsWith(file + " is damaged: SQLite cannot read it (")
                                .doesNotContain("\n");
                    });
            assertThat(FolderState.of(dir)).isEqualTo(before);
        }
    }

    @Test
    void aDocumentWithADamagedMilestoneTableOpensButLoadingItReportsTheDamage() throws Exception {
        Path file = dir.resolve("damaged-milestones.milepost");
        RoadmapDocument.create(file, SampleRoadmaps.large(300)).close();
        int page;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT rootpage FROM sqlite_schema WHERE name = 'milestone'")) {
            page = rs.getInt(1);
        }
        overwritePage(file, page, 0);
        FolderState before = FolderState.of(dir);
        try (RoadmapDocument doc = RoadmapDocument.open(file, OpenMode.READ_WRITE)) {
            assertThatThrownBy(doc::load).isInstanceOfSatisfying(DocumentException.class, e -> {
                assertThat(e.reason()).isEqualTo(Reason.CORRUPT);
                assertThat(e.getMessage()).startsWith(file + " is damaged: SQLite cannot read it (");
            });
            assertThat(doc.integrityProblems()).isNotEmpty();
        }
        assertThat(FolderState.of(dir)).isEqualTo(before);
    }

    @Test
    void aMilestoneWhoseIdIsNotAnIdIsReportedNamingTheColumnAndTheValue() throws Exception {
        Path file = dir.resolve("bad-id.milepost");
        RoadmapDocument.create(file, SampleRoadmaps.large(30)).close();
        String notAnId = "1234567g-0000-0000-0000-000000000000"; // 36 characters, dashes in place, one not hex
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = c.createStatement()) {
            s.execute("PRAGMA foreign_keys = OFF");
            s.execute("UPDATE milestone SET id = '" + notAnId + "' WHERE position = (SELECT min(position) FROM milestone)");
        }
        try (RoadmapDocument doc = RoadmapDocument.open(file, OpenMode.READ_ONLY)) {
            assertThatThrownBy(doc::load).hasMessageContaining("milestone.id '" + notAnId + "' is not an id");
        }
    }

    @Test
    void anIdWrittenInCapitalsByAnotherProgramReadsAsTheSameId() throws Exception {
        Path file = dir.resolve("capital-id.milepost");
        RoadmapDocument.create(file, SampleRoadmaps.large(30)).close();
        String id;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT id FROM milestone ORDER BY position LIMIT 1")) {
                id = rs.getString(1);
            }
            s.execute("PRAGMA foreign_keys = OFF");
            s.execute("UPDATE milestone SET id = upper(id) WHERE id = '" + id + "'");
        }
        try (RoadmapDocument doc = RoadmapDocument.open(file, OpenMode.READ_ONLY)) {
            assertThat(doc.load().milestones().get(0).id()).isEqualTo(java.util.UUID.fromString(id));
        }
    }

    @Test
    void aFolderNamedLikeADocumentIsNotOpened() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("archive.milepost"));
        assertRefused(folder, Reason.NOT_FOUND, "is a folder, not a Milepost document");
    }

    /** Opening {@code file} in either mode fails with {@code reason} and exactly "{@code <file> <tail>}". */
    private void assertRefused(Path file, Reason reason, String tail) {
        for (OpenMode mode : OpenMode.values()) {
            FolderState before = FolderState.of(dir);
            assertThatThrownBy(() -> RoadmapDocument.open(file, mode).close()).as(mode.name())
                    .isInstanceOfSatisfying(DocumentException.class, e -> {
                        assertThat(e.reason()).isEqualTo(reason);
                        assertThat(e.file()).isEqualTo(file);
                        assertThat(e.getMessage()).isEqualTo(file + " " + tail);
                    });
            assertThat(FolderState.of(dir)).as("the folder after a %s open", mode).isEqualTo(before);
        }
    }

    private Path sampleDocument(String name) throws DocumentException {
        Path file = dir.resolve(name);
        RoadmapDocument.create(file, SampleRoadmaps.everyFieldSet()).close();
        return file;
    }

    private static void patchInt(Path file, int offset, int value) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.write(ByteBuffer.allocate(4).putInt(0, value), offset);
        }
    }

    /** Fills page {@code page} (1-based) with noise, from {@code from} bytes into the page. */
    private static void overwritePage(Path file, int page, int from) throws IOException {
        byte[] header = Arrays.copyOf(Files.readAllBytes(file), 100);
        int pageSize = ByteBuffer.wrap(header).getShort(16) & 0xFFFF;
        byte[] noise = new byte[pageSize - from];
        for (int i = 0; i < noise.length; i++) {
            noise[i] = (byte) (i * 31 + 7);
        }
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.write(ByteBuffer.wrap(noise), (long) (page - 1) * pageSize + from);
        }
    }
}
