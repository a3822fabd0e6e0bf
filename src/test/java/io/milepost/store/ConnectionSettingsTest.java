package io.milepost.store;

import io.milepost.store.sqlite.SqliteConnections;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every connection to a document is made the same careful way, and the document can vouch for itself. */
class ConnectionSettingsTest {

    @TempDir
    Path dir;

    private Path file;

    @BeforeEach
    void createDocument() throws DocumentException {
        file = dir.resolve("roadmap.milepost");
        RoadmapDocument.create(file, SampleRoadmaps.everyFieldSet()).close();
    }

    @Test
    void anEditingConnectionEnforcesKeysDistrustsTheSchemaAndKeepsOneFile() throws SQLException {
        try (Connection c = SqliteConnections.openFile(file, false)) {
            assertThat(pragma(c, "foreign_keys")).isEqualTo("1");
            assertThat(pragma(c, "trusted_schema")).isEqualTo("0");
            assertThat(pragma(c, "journal_mode")).isEqualTo("delete");
            assertThat(pragma(c, "synchronous")).isEqualTo("2"); // FULL
            assertThat(Integer.parseInt(pragma(c, "busy_timeout"))).isPositive();
        }
    }

    @Test
    void aReadingConnectionEnforcesTheSameAndCannotWrite() throws SQLException {
        try (Connection c = SqliteConnections.openFile(file, true)) {
            assertThat(pragma(c, "foreign_keys")).isEqualTo("1");
            assertThat(pragma(c, "trusted_schema")).isEqualTo("0");
            assertThat(pragma(c, "query_only")).isEqualTo("1");
            assertThatThrownBy(() -> {
                try (Statement s = c.createStatement()) {
                    s.executeUpdate("DELETE FROM milestone");
                }
            }).isInstanceOf(SQLException.class);
        }
    }

    @Test
    void noConnectionCreatesAFileThatIsNotThere() {
        Path missing = dir.resolve("missing.milepost");
        assertThatThrownBy(() -> SqliteConnections.openFile(missing, false).close()).isInstanceOf(SQLException.class);
        assertThat(missing).doesNotExist();
    }

    @Test
    void aSoundDocumentReportsNoIntegrityProblems() throws DocumentException {
        try (RoadmapDocument doc = RoadmapDocument.open(file, OpenMode.READ_ONLY)) {
            assertThat(doc.integrityProblems()).isEmpty();
        }
    }

    @Test
    void aDependencyOnAMissingMilestoneWrittenByAnotherToolIsReported() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("INSERT INTO dependency (id, predecessor_id, successor_id, type, lag_days) VALUES ('"
                    + UUID.randomUUID() + "', '" + SampleRoadmaps.HALAL + "', '" + UUID.randomUUID() + "', 'FS', 0)");
        }
        try (RoadmapDocument doc = RoadmapDocument.open(file, OpenMode.READ_WRITE)) {
            assertThat(doc.integrityProblems())
                    .containsExactly("a row of dependency refers to a milestone that is not in the document");
        }
    }

    @Test
    void aValueThisBuildCannotReadIsReportedAsDamageNamingTheColumn() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("UPDATE milestone SET status = 'ADJOURNED' WHERE id = '" + SampleRoadmaps.HALAL + "'");
        }
        try (RoadmapDocument doc = RoadmapDocument.open(file, OpenMode.READ_ONLY)) {
            assertThatThrownBy(doc::load).isInstanceOfSatisfying(DocumentException.class, e -> {
                assertThat(e.reason()).isEqualTo(DocumentException.Reason.CORRUPT);
                assertThat(e.getMessage()).isEqualTo(file + " is damaged: milestone.status 'ADJOURNED' is not a "
                        + "MilestoneStatus this Milepost knows");
            });
        }
    }

    private static String pragma(Connection c, String name) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA " + name)) {
            return rs.getString(1);
        }
    }
}
