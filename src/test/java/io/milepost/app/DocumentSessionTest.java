package io.milepost.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.milepost.app.edit.Change;
import io.milepost.app.edit.Edit;
import io.milepost.model.Agreement;
import io.milepost.model.DatePrecision;
import io.milepost.model.Dependency;
import io.milepost.model.Milestone;
import io.milepost.model.PlanDate;
import io.milepost.model.Roadmap;
import io.milepost.store.DocumentException;
import io.milepost.store.DocumentException.Reason;
import io.milepost.store.OpenMode;
import io.milepost.store.RoadmapDocument;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A planner edits the open document: every step is in the file at once, and can be undone and redone. */
class DocumentSessionTest {

    @TempDir
    Path dir;

    private Path file;
    private Roadmap sample;
    private DocumentSession session;

    @BeforeEach
    void openTheSample() throws Exception {
        sample = SampleRoadmap.load();
        file = dir.resolve("pakistan-belarus.milepost");
        RoadmapDocument.create(file, sample).close();
        session = DocumentSession.open(file, OpenMode.READ_WRITE);
    }

    @AfterEach
    void closeIt() {
        session.close();
    }

    @Test
    void openingShowsWhatTheFileHoldsAndIsNothingToUndo() throws Exception {
        assertThat(session.roadmap()).isEqualTo(sample);
        assertThat(session.path()).isEqualTo(file.toAbsolutePath().normalize());
        assertThat(session.isReadOnly()).isFalse();
        assertThat(session.canUndo()).isFalse();
        assertThat(session.canRedo()).isFalse();
        assertThat(session.undoName()).isEmpty();
        session.undo(); // nothing to undo: opening is not a step
        assertThat(inFile()).isEqualTo(sample);
    }

    @Test
    void aMovedMilestoneIsInTheFileAtOnce() throws Exception {
        Milestone before = aDayMilestone(session.roadmap());
        Milestone after = moved(before, 14);

        session.apply(Edit.updateMilestone("Move '" + before.title() + "'", before, after));

        assertThat(session.roadmap().milestone(before.id())).contains(after);
        assertThat(session.roadmap()).isEqualTo(sample.withMilestone(after));
        assertThat(inFile()).isEqualTo(session.roadmap());
    }

    @Test
    void aViewThatFailsToShowAnEditNeitherUndoesItNorKeepsOtherViewsFromHearingOfIt() throws Exception {
        Milestone before = aDayMilestone(session.roadmap());
        Milestone after = moved(before, 14);
        java.util.List<Roadmap> told = new java.util.ArrayList<>();
        session.addListener(r -> {
            throw new IllegalStateException("a broken view");
        });
        session.addListener(told::add);

        session.apply(Edit.updateMilestone("Move '" + before.title() + "'", before, after));

        assertThat(told).containsExactly(session.roadmap());
        assertThat(session.canUndo()).isTrue();
        assertThat(inFile()).isEqualTo(session.roadmap());
    }

    @Test
    void deletingACommissionTakesItsSessionsAndLinksAndUndoBringsThemAllBackInFileAndWindowAlike()
            throws Exception {
        io.milepost.model.Commission jmc = session.roadmap().commissions().stream()
                .filter(c -> !session.roadmap().sessionsOf(c.id()).isEmpty()).findFirst().orElseThrow();
        int sessions = session.roadmap().sessionsOf(jmc.id()).size();

        session.apply(io.milepost.app.edit.Edit.deleteCommission(session.roadmap(), jmc));
        assertThat(session.roadmap().sessionsOf(jmc.id())).isEmpty();
        assertThat(session.roadmap().milestones()).noneMatch(m -> jmc.id().equals(m.commissionId()));
        assertThat(inFile()).isEqualTo(session.roadmap());

        session.undo();
        assertThat(session.roadmap().sessionsOf(jmc.id())).hasSize(sessions);
        assertThat(inFile()).isEqualTo(session.roadmap());
        assertThat(session.roadmap()).as("the sample again, order included").isEqualTo(sample);
    }

    @Test
    void aSectorAnAgreementNamesIsDeletedInFileAndWindowAlike() throws Exception {
        io.milepost.model.Sector empty = new io.milepost.model.Sector(java.util.UUID.randomUUID(), "Tourism", null,
                "#00897b", 99);
        session.apply(new Edit("Add sector", java.util.List.of(io.milepost.app.edit.Change.sector(null, empty))));
        io.milepost.model.Agreement a = session.roadmap().agreements().get(0);
        session.apply(new Edit("Move agreement", java.util.List.of(
                io.milepost.app.edit.Change.agreement(a, a.withSectorId(empty.id())))));

        session.apply(Edit.deleteSector(session.roadmap(), empty));
        assertThat(inFile()).isEqualTo(session.roadmap());
        session.undo();
        assertThat(inFile()).isEqualTo(session.roadmap());
        assertThat(session.roadmap().agreements().get(0).sectorId()).isEqualTo(empty.id());
    }

    @Test
    void undoPutsTheFileBackAndRedoMovesItAgain() throws Exception {
        Milestone before = aDayMilestone(session.roadmap());
        Milestone after = moved(before, 14);
        session.apply(Edit.updateMilestone("Move '" + before.title() + "'", before, after));

        session.undo();
        assertThat(session.roadmap()).isEqualTo(sample);
        assertThat(inFile()).isEqualTo(sample);
        assertThat(session.canUndo()).isFalse();
        assertThat(session.canRedo()).isTrue();

        session.redo();
        assertThat(session.roadmap().milestone(before.id())).contains(after);
        assertThat(inFile()).isEqualTo(session.roadmap()).isEqualTo(sample.withMilestone(after));
        assertThat(session.canUndo()).isTrue();
        assertThat(session.canRedo()).isFalse();

        session.redo(); // nothing left to redo
        assertThat(inFile()).isEqualTo(sample.withMilestone(after));
    }

    @Test
    void stepsAreUndoneInTheReverseOrderTheyWereMade() throws Exception {
        Milestone m = aDayMilestone(session.roadmap());
        Milestone once = moved(m, 7);
        Milestone twice = moved(once, 7);
        session.apply(Edit.updateMilestone("Move '" + m.title() + "'", m, once));
        session.apply(Edit.updateMilestone("Move '" + m.title() + "' again", once, twice));

        session.undo();
        assertThat(inFile().milestone(m.id())).contains(once);
        session.undo();
        assertThat(inFile()).isEqualTo(sample);
        session.redo();
        session.redo();
        assertThat(inFile().milestone(m.id())).contains(twice);
    }

    @Test
    void aNewStepForgetsWhatCouldBeRedone() throws Exception {
        Milestone m = aDayMilestone(session.roadmap());
        session.apply(Edit.updateMilestone("Move '" + m.title() + "'", m, moved(m, 7)));
        session.undo();
        assertThat(session.canRedo()).isTrue();

        Milestone elsewhere = moved(m, -3);
        session.apply(Edit.updateMilestone("Move '" + m.title() + "'", m, elsewhere));

        assertThat(session.canRedo()).isFalse();
        assertThat(session.redoName()).isEmpty();
        session.redo();
        assertThat(inFile().milestone(m.id())).contains(elsewhere);
    }

    @Test
    void deletingALinkedMilestoneAndUndoingItRestoresItsDependenciesAndAgreements() throws Exception {
        Roadmap r = session.roadmap();
        Milestone linked = r.milestones().stream()
                .filter(m -> r.dependencies().stream().anyMatch(d -> touches(d, m.id())))
                .filter(m -> r.agreements().stream().anyMatch(a -> a.milestoneIds().contains(m.id())))
                .findFirst().orElseThrow(() -> new AssertionError("the sample has no milestone that is both linked "
                        + "and carries an agreement"));
        List<Dependency> itsDependencies = r.dependencies().stream().filter(d -> touches(d, linked.id())).toList();
        List<Agreement> itsAgreements = r.agreements().stream()
                .filter(a -> a.milestoneIds().contains(linked.id())).toList();

        session.apply(Edit.deleteMilestone(r, linked));

        assertThat(session.undoName()).contains("Delete '" + io.milepost.app.edit.Names.title(linked) + "'");
        Roadmap deleted = inFile();
        assertThat(deleted).isEqualTo(session.roadmap());
        assertThat(deleted.milestone(linked.id())).isEmpty();
        assertThat(deleted.dependencies()).noneMatch(d -> touches(d, linked.id()));
        assertThat(deleted.agreements()).noneMatch(a -> a.milestoneIds().contains(linked.id()));
        assertThat(deleted.agreements()).hasSameSizeAs(sample.agreements()); // agreements forget it, they stay

        session.undo();

        // Every item comes back equal to what it was and in its place: the roadmap is the sample again, exactly, in
        // the window and in the file.
        for (Roadmap restored : List.of(session.roadmap(), inFile())) {
            assertThat(restored.milestone(linked.id())).contains(linked);
            assertThat(restored.dependencies()).containsAll(itsDependencies);
            assertThat(restored.agreements()).containsAll(itsAgreements);
            assertThat(restored).isEqualTo(sample);
        }
        assertThat(inFile()).isEqualTo(session.roadmap());

        session.redo();
        assertThat(inFile()).isEqualTo(deleted).isEqualTo(session.roadmap());
    }

    @Test
    void aChangeTheDocumentRefusesChangesNothingAnywhere() throws Exception {
        Milestone m = aDayMilestone(session.roadmap());
        Milestone moved = moved(m, 7);
        session.apply(Edit.updateMilestone("Move '" + m.title() + "'", m, moved));
        session.undo(); // something to redo, which a refused step must not forget
        session.redo();
        session.undo();
        Roadmap shown = session.roadmap();
        List<Roadmap> told = new ArrayList<>();
        session.addListener(told::add);

        Milestone other = session.roadmap().milestones().stream().filter(x -> !x.id().equals(m.id())).findFirst()
                .orElseThrow();
        Milestone homeless = other.toBuilder().sectorId(UUID.randomUUID()).build();
        Edit refused = new Edit("Move two", List.of(Change.milestone(m, moved),
                Change.milestone(other, homeless)));

        assertThatThrownBy(() -> session.apply(refused)).isInstanceOf(DocumentProblem.class);

        assertThat(session.roadmap()).isSameAs(shown).isEqualTo(sample);
        assertThat(inFile()).isEqualTo(sample); // the first, valid change of the step was not kept either
        assertThat(told).isEmpty();
        assertThat(session.canUndo()).isFalse();
        assertThat(session.redoName()).contains("Move '" + m.title() + "'");
        session.redo();
        assertThat(inFile().milestone(m.id())).contains(moved);
    }

    @Test
    void aMilestoneInASectorThatIsNotThereIsRefusedAndTheStepBeforeCanStillBeUndone() throws Exception {
        Milestone m = aDayMilestone(session.roadmap());
        Milestone moved = moved(m, 7);
        session.apply(Edit.updateMilestone("Move '" + m.title() + "'", m, moved));

        Milestone homeless = moved.toBuilder().sectorId(UUID.randomUUID()).build();
        assertThatThrownBy(() -> session.apply(Edit.updateMilestone("Change sector", moved, homeless)))
                .isInstanceOf(DocumentProblem.class);

        assertThat(session.roadmap().milestone(m.id())).contains(moved);
        assertThat(inFile()).isEqualTo(session.roadmap());
        assertThat(session.undoName()).contains("Move '" + m.title() + "'");
        assertThat(session.canRedo()).isFalse();
        session.undo();
        assertThat(inFile()).isEqualTo(sample);
    }

    @Test
    void undoAndRedoAreNamedAfterThePlannersStep() throws Exception {
        Milestone m = aDayMilestone(session.roadmap());
        session.apply(Edit.updateMilestone("Move '" + m.title() + "'", m, moved(m, 1)));
        assertThat(session.undoName()).contains("Move '" + m.title() + "'");
        assertThat(session.redoName()).isEmpty();

        session.undo();
        assertThat(session.undoName()).isEmpty();
        assertThat(session.redoName()).contains("Move '" + m.title() + "'");
    }

    @Test
    void onlyTheLatestStepsUpToTheHistoryLimitCanBeUndone() throws Exception {
        Milestone first = aDayMilestone(session.roadmap());
        Milestone current = first;
        int steps = DocumentSession.HISTORY_LIMIT + 1;
        for (int i = 1; i <= steps; i++) {
            Milestone next = moved(current, i % 2 == 1 ? 1 : -1);
            session.apply(Edit.updateMilestone("Move #" + i, current, next));
            current = next;
        }

        int undone = 0;
        while (session.canUndo()) {
            session.undo();
            undone++;
        }

        assertThat(undone).isEqualTo(DocumentSession.HISTORY_LIMIT);
        assertThat(session.redoName()).contains("Move #2");
        Milestone afterTheForgottenStep = moved(first, 1);
        assertThat(session.roadmap().milestone(first.id())).contains(afterTheForgottenStep);
        assertThat(inFile()).isEqualTo(sample.withMilestone(afterTheForgottenStep));
    }

    @Test
    void listenersAreToldOfEveryStepUndoAndRedo() throws Exception {
        List<Roadmap> told = new ArrayList<>();
        Consumer<Roadmap> listener = told::add;
        session.addListener(listener);
        Milestone m = aDayMilestone(session.roadmap());

        session.apply(Edit.updateMilestone("Move '" + m.title() + "'", m, moved(m, 3)));
        Roadmap afterMove = session.roadmap();
        session.undo();
        session.redo();

        assertThat(told).containsExactly(afterMove, sample, afterMove);

        session.removeListener(listener);
        session.undo();
        assertThat(told).hasSize(3);
    }

    @Test
    void aReadOnlyDocumentRefusesEditsAndStaysAsItWas() throws Exception {
        session.close();
        session = DocumentSession.open(file, OpenMode.READ_ONLY);
        assertThat(session.isReadOnly()).isTrue();
        Milestone m = aDayMilestone(session.roadmap());

        assertThatThrownBy(() -> session.apply(Edit.updateMilestone("Move", m, moved(m, 1))))
                .isInstanceOfSatisfying(DocumentProblem.class,
                        e -> assertThat(e.storeFailure().reason()).isEqualTo(Reason.READ_ONLY));

        assertThat(session.roadmap()).isEqualTo(sample);
        assertThat(session.canUndo()).isFalse();
        assertThat(inFile()).isEqualTo(sample);
    }

    /** What another window opening the file read-only would see (it needs no lock). */
    private Roadmap inFile() throws Exception {
        try (RoadmapDocument reader = RoadmapDocument.open(file, OpenMode.READ_ONLY)) {
            return reader.load();
        }
    }

    private static boolean touches(Dependency d, UUID milestone) {
        return d.predecessorId().equals(milestone) || d.successorId().equals(milestone);
    }

    /** A milestone given to the day, so that a move by days always shows. */
    static Milestone aDayMilestone(Roadmap r) {
        return r.milestones().stream().filter(DocumentSessionTest::isToTheDay).findFirst()
                .orElseThrow(() -> new AssertionError("the sample has no milestone dated to the day"));
    }

    static boolean isToTheDay(Milestone m) {
        return !m.ongoing() && m.start().precision() == DatePrecision.DAY
                && (m.end() == null || m.end().precision() == DatePrecision.DAY);
    }

    /** The milestone dragged along the timeline by some days, keeping its length. */
    static Milestone moved(Milestone m, int days) {
        return m.withDates(PlanDate.day(m.start().firstDay().plusDays(days)),
                m.end() == null ? null : PlanDate.day(m.end().firstDay().plusDays(days)));
    }
}
