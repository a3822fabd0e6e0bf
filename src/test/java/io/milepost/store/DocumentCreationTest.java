package io.milepost.store;

import io.milepost.model.Milestone;
import io.milepost.model.PlanDate;
import io.milepost.store.DocumentException.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A planner starts a new roadmap: one complete, self-contained file appears, or none at all. */
class DocumentCreationTest {

    @TempDir
    Path dir;

    @Test
    void aNewDocumentIsStampedAsMilepostsAtTheCurrentSchemaVersion() throws Exception {
        Path file = dir.resolve("new.milepost");
        RoadmapDocument.create(file, SampleRoadmaps.everyFieldSet()).close();
        ByteBuffer header = ByteBuffer.wrap(Arrays.copyOf(Files.readAllBytes(file), 100));
        assertThat(header.getInt(68)).isEqualTo(RoadmapDocument.APPLICATION_ID).isEqualTo(0x4D4C5053);
        assertThat(header.getInt(60)).isEqualTo(RoadmapDocument.SCHEMA_VERSION).isEqualTo(7);
        assertThat(header.get(18)).as("file format write version: 1 = rollback journal, not WAL").isEqualTo((byte) 1);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("PRAGMA journal_mode")) {
            assertThat(rs.getString(1)).isEqualTo("delete");
        }
    }

    @Test
    void whileOpenTheDocumentHasOnlyItsLockBesideItAndAfterClosingNothing() throws Exception {
        Path file = dir.resolve("roadmap.milepost");
        try (RoadmapDocument doc = RoadmapDocument.create(file, SampleRoadmaps.everyFieldSet())) {
            doc.edit(w -> w.saveMilestone(Milestone.builder().title("One more").sectorId(SampleRoadmaps.TRADE)
                    .start(PlanDate.year(2026)).build()));
            assertThat(filesIn(dir)).containsExactlyInAnyOrder("roadmap.milepost", ".roadmap.milepost.lock");
        }
        assertThat(filesIn(dir)).containsExactly("roadmap.milepost");
    }

    @Test
    void creatingOverAnExistingFileIsRefusedAndTheFileKept() throws Exception {
        Path file = Files.writeString(dir.resolve("taken.milepost"), "someone's notes");
        FolderState before = FolderState.of(dir);
        assertThatThrownBy(() -> RoadmapDocument.create(file, SampleRoadmaps.empty()))
                .isInstanceOfSatisfying(DocumentException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.REFUSED);
                    assertThat(e.getMessage())
                            .isEqualTo(file + " already exists; a new document needs a name no file has yet");
                });
        assertThat(FolderState.of(dir)).isEqualTo(before);
    }

    @Test
    void aRoadmapThatCannotBeSavedLeavesNoFileBehind() {
        Milestone stray = Milestone.builder().title("Stray").sectorId(UUID.randomUUID())
                .start(PlanDate.year(2026)).build();
        Path file = dir.resolve("broken.milepost");
        assertThatThrownBy(() -> RoadmapDocument.create(file, SampleRoadmaps.empty().withMilestone(stray)))
                .isInstanceOfSatisfying(DocumentException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.REFUSED));
        assertThat(filesIn(dir)).isEmpty();
    }

    @Test
    void creatingInAFolderThatDoesNotExistIsReportedAsNotFound() {
        Path file = dir.resolve("no such folder").resolve("roadmap.milepost");
        assertThatThrownBy(() -> RoadmapDocument.create(file, SampleRoadmaps.empty()))
                .isInstanceOfSatisfying(DocumentException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.NOT_FOUND);
                    assertThat(e.getMessage()).isEqualTo(file + " cannot be created: the folder "
                            + file.getParent() + " does not exist");
                });
    }

    static java.util.List<String> filesIn(Path folder) {
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(p -> p.getFileName().toString()).toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
