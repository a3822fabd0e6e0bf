package io.milepost.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.milepost.app.DocumentSession;
import io.milepost.app.SampleRoadmap;
import io.milepost.app.edit.Edit;
import io.milepost.model.Milestone;
import io.milepost.model.PlanDate;
import io.milepost.model.Roadmap;
import io.milepost.store.OpenMode;
import io.milepost.store.RoadmapDocument;
import io.milepost.ui.gantt.GanttEdit;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window's model turns chart requests into edits, names them for Undo and Redo, and says why one failed. */
class MainViewModelEditingTest {

    @TempDir
    Path dir;
    Path file;
    final MainViewModel model = new MainViewModel();

    @BeforeEach
    void open() throws Exception {
        file = dir.resolve("plan.milepost");
        RoadmapDocument.create(file, SampleRoadmap.load()).close();
        model.show(DocumentSession.open(file, OpenMode.READ_WRITE));
    }

    @AfterEach
    void close() {
        model.close();
    }

    private Milestone item(String title) {
        return model.roadmapProperty().get().milestones().stream().filter(m -> m.title().equals(title))
                .findFirst().orElseThrow();
    }

    private Roadmap inTheFile() throws Exception {
        try (RoadmapDocument doc = RoadmapDocument.open(file, OpenMode.READ_ONLY)) {
            return doc.load();
        }
    }

    @Test
    void aMoveBecomesOneUndoableEditNamedForTheMenu() throws Exception {
        Milestone audit = item("Formalise the audit MoU into an agreement");
        assertThat(model.canUndoProperty().get()).isFalse();
        assertThat(model.undoTextProperty().get()).isEqualTo("Undo");

        boolean changed = model.request(new GanttEdit.Move(audit.id(), PlanDate.month(2025, 7),
                PlanDate.month(2027, 1)));

        assertThat(changed).isTrue();
        assertThat(model.undoTextProperty().get()).isEqualTo("Undo Move 'Formalise the audit MoU into an agreement'");
        assertThat(model.canUndoProperty().get()).isTrue();
        assertThat(inTheFile().milestone(audit.id()).orElseThrow().start()).isEqualTo(PlanDate.month(2025, 7));

        model.undo();
        assertThat(inTheFile().milestone(audit.id())).contains(audit);
        assertThat(model.redoTextProperty().get()).startsWith("Redo Move");
        assertThat(model.canRedoProperty().get()).isTrue();
        model.redo();
        assertThat(model.roadmapProperty().get().milestone(audit.id()).orElseThrow().finish())
                .isEqualTo(PlanDate.month(2027, 1));
    }

    @Test
    void changingOneEndIsNamedForThatEnd() {
        Milestone audit = item("Formalise the audit MoU into an agreement");
        model.request(new GanttEdit.Move(audit.id(), audit.start(), PlanDate.month(2027, 2)));
        assertThat(model.undoTextProperty().get()).isEqualTo("Undo Change end of '" + audit.title() + "'");
        model.request(new GanttEdit.SetPercent(audit.id(), 60));
        assertThat(model.undoTextProperty().get()).isEqualTo("Undo Set '" + audit.title() + "' to 60 % done");
    }

    @Test
    void aRefusedRequestSaysWhyAndChangesNothing() throws Exception {
        Milestone training = item("Joint training of search-and-rescue teams");
        Milestone exercise = item("Joint flood-response exercise");
        Roadmap before = model.roadmapProperty().get();

        assertThat(model.request(new GanttEdit.Link(exercise.id(), training.id()))).isFalse();

        assertThat(model.messageProperty().get()).contains("loop");
        assertThat(model.roadmapProperty().get()).isSameAs(before);
        assertThat(inTheFile()).isEqualTo(before);
        assertThat(model.canUndoProperty().get()).isFalse();
    }

    @Test
    void aWriteTheDocumentRefusesLeavesTheRoadmapAsTheFileIsAndSaysWhy() throws Exception {
        Milestone audit = item("Formalise the audit MoU into an agreement");
        Roadmap before = model.roadmapProperty().get();
        // A sector the document does not hold: the store refuses to write a dangling reference.
        Milestone orphan = audit.toBuilder().sectorId(UUID.randomUUID()).build();

        boolean changed = model.apply(Edit.updateMilestone("Move to nowhere", audit, orphan));

        assertThat(changed).isFalse();
        assertThat(model.messageProperty().get()).startsWith("Move to nowhere was not saved: ")
                .contains(file.getFileName().toString());
        assertThat(model.roadmapProperty().get()).isSameAs(before);
        assertThat(inTheFile()).isEqualTo(before);
        assertThat(model.canUndoProperty().get()).isFalse();
    }

    @Test
    void aReadOnlyDocumentTakesNoEditAndOffersNoUndo() throws Exception {
        model.close();
        try (RoadmapDocument holder = RoadmapDocument.open(file, OpenMode.READ_WRITE)) {
            model.show(DocumentSession.open(file, OpenMode.READ_ONLY));
            Milestone audit = item("Formalise the audit MoU into an agreement");

            assertThat(model.readOnlyProperty().get()).isTrue();
            assertThat(model.request(new GanttEdit.SetPercent(audit.id(), 90))).isFalse();
            assertThat(model.messageProperty().get()).contains("read-only");
            assertThat(model.canUndoProperty().get()).isFalse();
            assertThat(holder.load().milestone(audit.id())).contains(audit);
        }
    }
}
