package io.milepost.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.milepost.app.DocumentSession;
import io.milepost.app.SampleRoadmap;
import io.milepost.app.edit.Edit;
import io.milepost.model.Milestone;
import io.milepost.model.Roadmap;
import io.milepost.model.RoadmapInfo;
import io.milepost.store.DocumentException;
import io.milepost.store.OpenMode;
import io.milepost.store.RoadmapDocument;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the main window says about the open document, checked without a window. */
class MainViewModelTest {

    @TempDir
    Path dir;

    private Path file;
    private Roadmap sample;
    private final MainViewModel model = new MainViewModel();

    @BeforeEach
    void createTheSample() throws Exception {
        sample = SampleRoadmap.load();
        file = dir.resolve("pakistan-belarus.milepost");
        RoadmapDocument.create(file, sample).close();
    }

    @AfterEach
    void closeTheDocument() {
        model.close();
    }

    @Test
    void newsOfSomethingDoneIsToldApartFromARefusal() {
        model.tell("Exported roadmap.pdf");
        assertThat(model.messageProperty().get()).isEqualTo("Exported roadmap.pdf");
        assertThat(model.newsProperty().get()).isTrue();

        model.say("The sector still has milestones");
        assertThat(model.newsProperty().get()).isFalse();
    }

    @Test
    void beforeADocumentIsOpenTheWindowSaysSo() {
        assertThat(model.windowTitleProperty().get()).isEqualTo("Milepost");
        assertThat(model.headingProperty().get()).isEqualTo("No document open");
        assertThat(model.sessionProperty().get()).isNull();
    }

    @Test
    void anOpenedDocumentShowsItsTitlePartiesPeriodAndCounts() throws Exception {
        DocumentSession session = DocumentSession.open(file, OpenMode.READ_WRITE);

        model.show(session);

        assertThat(model.sessionProperty().get()).isSameAs(session);
        assertThat(model.roadmapProperty().get()).isEqualTo(sample);
        assertThat(model.headingProperty().get())
                .isEqualTo("Roadmap for Comprehensive Cooperation between Pakistan and Belarus 2025–2027");
        assertThat(model.subheadingProperty().get())
                .isEqualTo("Pakistan – Belarus · 1 Jan 2025 – 31 Dec 2027 · " + sample.info().subtitle());
        assertThat(model.windowTitleProperty().get()).isEqualTo("pakistan-belarus.milepost — Milepost");
        assertThat(model.readOnlyProperty().get()).isFalse();
        assertThat(model.statusProperty().get())
                .startsWith(session.path().toString() + "   ·   ")
                .doesNotContain("read-only")
                .contains(counts(sample));
    }

    @Test
    void anEditIsCountedAtOnce() throws Exception {
        DocumentSession session = DocumentSession.open(file, OpenMode.READ_WRITE);
        model.show(session);
        List<String> statuses = new ArrayList<>();
        model.statusProperty().addListener((o, was, now) -> statuses.add(now));
        Milestone linked = sample.milestones().stream()
                .filter(m -> sample.dependencies().stream().anyMatch(d -> d.predecessorId().equals(m.id())))
                .findFirst().orElseThrow();

        session.apply(Edit.deleteMilestone(session.roadmap(), linked));

        Roadmap afterDelete = session.roadmap();
        assertThat(afterDelete.milestones()).hasSize(sample.milestones().size() - 1);
        assertThat(model.roadmapProperty().get()).isSameAs(afterDelete);
        assertThat(model.statusProperty().get()).contains(counts(afterDelete)).doesNotContain(counts(sample));
        assertThat(statuses).hasSize(1);

        session.undo();
        assertThat(model.statusProperty().get()).contains(counts(sample));
    }

    @Test
    void anUndoneDeleteAndARedoneAddTellWhichItemsTheyPutBack() throws Exception {
        model.show(DocumentSession.open(file, OpenMode.READ_WRITE));
        List<List<UUID>> told = new ArrayList<>();
        model.addItemsBackListener(told::add);
        Milestone first = sample.milestones().get(0);

        model.apply(Edit.deleteMilestone(model.roadmapProperty().get(), first));
        model.undo();
        assertThat(told).containsExactly(List.of(first.id()));

        model.redo(); // the delete again: nothing comes back
        assertThat(told).hasSize(1);

        model.undo();
        model.make(io.milepost.app.edit.ItemEdits.add(model.roadmapProperty().get(), first.sectorId(),
                java.time.LocalDate.of(2026, 3, 1), first.id()));
        UUID added = model.roadmapProperty().get().milestones().stream()
                .filter(m -> sample.milestone(m.id()).isEmpty()).findFirst().orElseThrow().id();
        model.undo(); // the add taken back: nothing comes back
        model.redo();
        assertThat(told).containsExactly(List.of(first.id()), List.of(first.id()), List.of(added));
    }

    @Test
    void aDocumentOpenedReadOnlySaysSoInTheTitleAndTheStatus() throws Exception {
        model.show(DocumentSession.open(file, OpenMode.READ_ONLY));

        assertThat(model.readOnlyProperty().get()).isTrue();
        assertThat(model.windowTitleProperty().get()).isEqualTo("pakistan-belarus.milepost (read-only) — Milepost");
        assertThat(model.statusProperty().get()).contains("(read-only)").contains(counts(sample));
    }

    @Test
    void openingAnotherDocumentClosesTheOneShownAndForgetsItsEdits() throws Exception {
        DocumentSession first = DocumentSession.open(file, OpenMode.READ_WRITE);
        model.show(first);
        Path other = dir.resolve("empty.milepost");
        RoadmapInfo i = sample.info();
        Roadmap empty = Roadmap.empty(new RoadmapInfo(UUID.randomUUID(), i.title(), null, i.partyA(), i.partyB(),
                i.periodStart(), i.periodEnd(), null, i.primaryLanguage(), null));
        RoadmapDocument.create(other, empty).close();

        model.show(DocumentSession.open(other, OpenMode.READ_ONLY));

        assertThat(model.windowTitleProperty().get()).startsWith("empty.milepost (read-only)");
        assertThat(model.subheadingProperty().get()).isEqualTo("Pakistan – Belarus · 1 Jan 2025 – 31 Dec 2027");
        assertThat(model.statusProperty().get()).contains(" 0 milestones ");
        // the first document was closed: its lock is free for the next window
        DocumentSession.open(file, OpenMode.READ_WRITE).close();
    }

    private static String counts(Roadmap r) {
        return r.sectors().size() + " sectors · " + r.milestones().size() + " milestones · "
                + r.commissions().size() + " commissions · " + r.sessions().size() + " sessions · "
                + r.dependencies().size() + " dependencies · " + r.agreements().size() + " agreements";
    }
}
