package io.milepost.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.milepost.model.Roadmap;
import io.milepost.store.DocumentException.Reason;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A planner opens a roadmap saved before the roadmap's title had a second-language value (schema version 6), and
 * later hands a version 7 file to a colleague whose Milepost is older still.
 */
class RoadmapTitleMigrationTest {

    @TempDir
    Path dir;

    private Path file;
    /** The roadmap as a version 6 file holds it: no title or subtitle in the second language. */
    private Roadmap asWrittenByVersion6;

    @BeforeEach
    void writeAVersion6Document() throws Exception {
        Roadmap everything = SampleRoadmaps.everyFieldSet();
        asWrittenByVersion6 = everything.withInfo(everything.info().withTitleAlt(null).withSubtitleAlt(null));
        file = dir.resolve("roadmap.milepost");
        RoadmapDocument.create(file, asWrittenByVersion6).close();
        // Schema 6 is schema 7 without the two columns step 6 adds at the end of the roadmap table.
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = c.createStatement()) {
            s.execute("ALTER TABLE roadmap DROP COLUMN subtitle_alt");
            s.execute("ALTER TABLE roadmap DROP COLUMN title_alt");
            s.execute("PRAGMA user_version = 6");
        }
    }

    @Test
    void theVersion6DocumentGenuinelyLacksTheColumns() throws Exception {
        assertThat(userVersion(file)).isEqualTo(6);
        assertThat(DocumentMigrationTest.describeSchema(file)).filteredOn(line -> line.startsWith("roadmap column"))
                .hasSize(12).noneMatch(line -> line.contains("title_alt"));
    }

    @Test
    void openedForEditingItIsCopiedThenGetsTheColumnsAndKeepsEverything() throws Exception {
        List<String> version6Schema = DocumentMigrationTest.describeSchema(file);
        try (RoadmapDocument doc = RoadmapDocument.open(file, OpenMode.READ_WRITE)) {
            assertThat(doc.load()).isEqualTo(asWrittenByVersion6);
            assertThat(doc.integrityProblems()).isEmpty();
        }
        assertThat(userVersion(file)).isEqualTo(7);
        Path backup = dir.resolve("roadmap.milepost.v6.bak");
        assertThat(userVersion(backup)).isEqualTo(6);
        assertThat(DocumentMigrationTest.describeSchema(backup)).isEqualTo(version6Schema);

        Path fresh = dir.resolve("fresh.milepost");
        RoadmapDocument.create(fresh, SampleRoadmaps.empty()).close();
        assertThat(DocumentMigrationTest.describeSchema(file))
                .isEqualTo(DocumentMigrationTest.describeSchema(fresh));
    }

    @Test
    void onceUpToDateTheRoadmapTakesItsRussianTitleAtTheNextRevision() throws Exception {
        String russian = "Дорожная карта всеобъемлющего сотрудничества между Пакистаном и Беларусью на 2025–2027 годы";
        try (RoadmapDocument doc = RoadmapDocument.open(file, OpenMode.READ_WRITE)) {
            doc.edit(w -> w.saveInfo(doc.load().info().withTitleAlt(russian).withSubtitleAlt("Образец")));
        }
        try (RoadmapDocument doc = RoadmapDocument.open(file, OpenMode.READ_ONLY)) {
            assertThat(doc.load().info().titleAlt()).isEqualTo(russian);
            assertThat(doc.load().info().subtitleAlt()).isEqualTo("Образец");
        }
        assertThat(revisionOfTheRoadmapRow()).isEqualTo(1);
    }

    @Test
    void openedReadOnlyItShowsUpToDateFromMemoryAndTheFileStaysVersion6() throws Exception {
        byte[] before = Files.readAllBytes(file);
        try (RoadmapDocument doc = RoadmapDocument.open(file, OpenMode.READ_ONLY)) {
            assertThat(doc.load()).isEqualTo(asWrittenByVersion6);
        }
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void aDocumentOfTheNextSchemaIsRefusedAsNewerAndLeftAlone() throws Exception {
        // What a version 6 build does with the files this build writes: the same refusal, one version up.
        Path newer = dir.resolve("newer.milepost");
        RoadmapDocument.create(newer, SampleRoadmaps.everyFieldSet()).close();
        byte[] bytes = Files.readAllBytes(newer);
        ByteBuffer.wrap(bytes).putInt(60, RoadmapDocument.SCHEMA_VERSION + 1);
        Files.write(newer, bytes);
        for (OpenMode mode : OpenMode.values()) {
            assertThatThrownBy(() -> RoadmapDocument.open(newer, mode).close()).as(mode.name())
                    .isInstanceOfSatisfying(DocumentException.class, e -> {
                        assertThat(e.reason()).isEqualTo(Reason.NEWER_VERSION);
                        assertThat(e.getMessage()).contains("newer Milepost")
                                .contains("schema version " + (RoadmapDocument.SCHEMA_VERSION + 1));
                    });
        }
        assertThat(Files.readAllBytes(newer)).isEqualTo(bytes);
    }

    private long revisionOfTheRoadmapRow() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = c.createStatement();
             var rs = s.executeQuery("SELECT revision FROM roadmap")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static int userVersion(Path f) throws IOException {
        return ByteBuffer.wrap(Files.readAllBytes(f)).getInt(60);
    }
}
