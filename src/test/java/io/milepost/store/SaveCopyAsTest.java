package io.milepost.store;

import io.milepost.model.Roadmap;
import io.milepost.store.DocumentException.Reason;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;

import static io.milepost.store.SampleRoadmaps.HALAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** "Save a copy as…": a complete document to send to the other side, while the planner keeps editing the first. */
class SaveCopyAsTest {

    @TempDir
    Path dir;

    private Path file;
    private RoadmapDocument doc;
    private final Roadmap roadmap = SampleRoadmaps.everyFieldSet();

    @BeforeEach
    void createDocument() throws DocumentException {
        file = dir.resolve("roadmap.milepost");
        doc = RoadmapDocument.create(file, roadmap);
    }

    @AfterEach
    void closeDocument() {
        doc.close();
    }

    @Test
    void aCopyIsACompleteDocumentWithEveryEditMadeBeforeIt() throws Exception {
        doc.edit(w -> w.deleteMilestone(HALAL));
        Path copy = dir.resolve("for Minsk.milepost");
        doc.saveCopyAs(copy);
        doc.edit(w -> w.deleteSector(SampleRoadmaps.EMPTY_SECTOR));
        ByteBuffer header = ByteBuffer.wrap(Files.readAllBytes(copy));
        assertThat(header.getInt(68)).isEqualTo(RoadmapDocument.APPLICATION_ID);
        assertThat(header.getInt(60)).isEqualTo(RoadmapDocument.SCHEMA_VERSION);
        try (RoadmapDocument sent = RoadmapDocument.open(copy, OpenMode.READ_WRITE)) {
            assertThat(sent.load()).isEqualTo(roadmap.withoutMilestone(HALAL));
            assertThat(sent.integrityProblems()).isEmpty();
        }
        assertThat(DocumentCreationTest.filesIn(dir))
                .containsExactlyInAnyOrder("roadmap.milepost", ".roadmap.milepost.lock", "for Minsk.milepost");
    }

    @Test
    void aCopyReplacesAnOlderFileOfThatName() throws Exception {
        Path copy = Files.writeString(dir.resolve("copy.milepost"), "last week's copy");
        doc.saveCopyAs(copy);
        try (RoadmapDocument sent = RoadmapDocument.open(copy, OpenMode.READ_ONLY)) {
            assertThat(sent.load()).isEqualTo(roadmap);
        }
    }

    @Test
    void aCopyOverTheOpenDocumentItselfIsRefusedHoweverItsNameIsWritten() throws Exception {
        Path link = Files.createSymbolicLink(dir.resolve("link.milepost"), file);
        for (Path same : new Path[] {file, dir.resolve(".").resolve("roadmap.milepost"), link}) {
            FolderState before = FolderState.of(dir);
            assertThatThrownBy(() -> doc.saveCopyAs(same)).as(same.toString())
                    .isInstanceOfSatisfying(DocumentException.class, e -> {
                        assertThat(e.reason()).isEqualTo(Reason.REFUSED);
                        assertThat(e.getMessage())
                                .endsWith(" is the document that is open; a copy needs a name of its own");
                    });
            assertThat(FolderState.of(dir)).isEqualTo(before);
        }
        assertThat(doc.load()).isEqualTo(roadmap);
    }

    @Test
    void aCopyIsNotWrittenOverADocumentOpenForEditingInAnotherWindow() throws Exception {
        Path other = dir.resolve("other.milepost");
        try (RoadmapDocument otherDoc = RoadmapDocument.create(other, SampleRoadmaps.empty())) {
            assertThatThrownBy(() -> doc.saveCopyAs(other)).isInstanceOfSatisfying(DocumentException.class,
                    e -> assertThat(e.reason()).isEqualTo(Reason.LOCKED));
            assertThat(otherDoc.load()).isEqualTo(SampleRoadmaps.empty());
        }
    }

    @Test
    void aCopyIntoAFolderThatDoesNotExistIsReportedAsNotFound() {
        Path copy = dir.resolve("missing").resolve("copy.milepost");
        assertThatThrownBy(() -> doc.saveCopyAs(copy)).isInstanceOfSatisfying(DocumentException.class, e -> {
            assertThat(e.reason()).isEqualTo(Reason.NOT_FOUND);
            assertThat(e.getMessage()).isEqualTo(copy + " cannot be written: the folder " + copy.getParent()
                    + " does not exist");
        });
    }
}
