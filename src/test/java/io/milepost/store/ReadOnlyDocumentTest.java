package io.milepost.store;

import io.milepost.model.Roadmap;
import io.milepost.store.DocumentException.Reason;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.Map;

import static io.milepost.store.SampleRoadmaps.DEPENDENCY_1;
import static io.milepost.store.SampleRoadmaps.HALAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/** A planner looks at a roadmap without the right, or the wish, to change it. */
class ReadOnlyDocumentTest {

    @TempDir
    Path dir;

    private Path file;
    private final Roadmap roadmap = SampleRoadmaps.everyFieldSet();

    @BeforeEach
    void createDocument() throws DocumentException {
        file = dir.resolve("shared.milepost");
        RoadmapDocument.create(file, roadmap).close();
    }

    @Test
    void everyChangeToADocumentOpenedReadOnlyIsRefusedAndTheFileUntouched() throws Exception {
        FolderState before = FolderState.of(dir);
        try (RoadmapDocument doc = RoadmapDocument.open(file, OpenMode.READ_ONLY)) {
            assertThat(doc.isReadOnly()).isTrue();
            assertThat(doc.load()).isEqualTo(roadmap);
            Map<String, Executable> changes = new LinkedHashMap<>();
            changes.put("saveInfo", () -> doc.edit(w -> w.saveInfo(roadmap.info())));
            changes.put("saveSector", () -> doc.edit(w -> w.saveSector(roadmap.sectors().get(0))));
            changes.put("deleteSector", () -> doc.edit(w -> w.deleteSector(SampleRoadmaps.EMPTY_SECTOR)));
            changes.put("saveCommission", () -> doc.edit(w -> w.saveCommission(roadmap.commissions().get(0))));
            changes.put("deleteCommission", () -> doc.edit(w -> w.deleteCommission(SampleRoadmaps.COMMISSION)));
            changes.put("saveSession", () -> doc.edit(w -> w.saveSession(roadmap.sessions().get(0))));
            changes.put("deleteSession", () -> doc.edit(w -> w.deleteSession(SampleRoadmaps.SESSION_MEETING)));
            changes.put("saveMilestone", () -> doc.edit(w -> w.saveMilestone(roadmap.milestones().get(0))));
            changes.put("deleteMilestone", () -> doc.edit(w -> w.deleteMilestone(HALAL)));
            changes.put("saveDependency", () -> doc.edit(w -> w.saveDependency(roadmap.dependencies().get(0))));
            changes.put("deleteDependency", () -> doc.edit(w -> w.deleteDependency(DEPENDENCY_1)));
            changes.put("saveAgreement", () -> doc.edit(w -> w.saveAgreement(roadmap.agreements().get(0))));
            changes.put("deleteAgreement", () -> doc.edit(w -> w.deleteAgreement(SampleRoadmaps.MOU)));
            changes.put("edit", () -> doc.edit(w -> w.deleteMilestone(HALAL)));
            changes.put("replaceAll", () -> doc.replaceAll(SampleRoadmaps.empty()));
            changes.forEach((name, change) -> assertThatThrownBy(change::execute).as(name)
                    .isInstanceOfSatisfying(DocumentException.class, e -> {
                        assertThat(e.reason()).isEqualTo(Reason.READ_ONLY);
                        assertThat(e.getMessage()).isEqualTo(file
                                + " is open read-only, so the change was not saved; open it for editing to change it");
                    }));
            assertThat(doc.load()).isEqualTo(roadmap);
            assertThat(doc.integrityProblems()).isEmpty();
        }
        assertThat(FolderState.of(dir)).isEqualTo(before);
    }

    @Test
    void aDocumentOpenedReadOnlySeesTheEditorsSavedChanges() throws DocumentException {
        try (RoadmapDocument reader = RoadmapDocument.open(file, OpenMode.READ_ONLY);
             RoadmapDocument editor = RoadmapDocument.open(file, OpenMode.READ_WRITE)) {
            editor.edit(w -> w.deleteMilestone(HALAL));
            assertThat(reader.load()).isEqualTo(roadmap.withoutMilestone(HALAL));
        }
    }

    @Test
    void aFileWithoutWritePermissionOpensReadOnlyButNotForEditing() throws Exception {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        assumeFalse(Files.isWritable(file), "the user may write any file (root), so this cannot be shown");
        assertThatThrownBy(() -> RoadmapDocument.open(file, OpenMode.READ_WRITE))
                .isInstanceOfSatisfying(DocumentException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.READ_ONLY);
                    assertThat(e.getMessage()).isEqualTo(file
                            + " cannot be edited here: the file is read-only (open it read-only to look at it)");
                });
        try (RoadmapDocument doc = RoadmapDocument.open(file, OpenMode.READ_ONLY)) {
            assertThat(doc.load()).isEqualTo(roadmap);
        }
    }

    @Test
    void aClosedDocumentCannotBeUsed() throws DocumentException {
        RoadmapDocument doc = RoadmapDocument.open(file, OpenMode.READ_ONLY);
        doc.close();
        assertThatThrownBy(doc::load).isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
    }
}
