package io.milepost.store;

import io.milepost.model.Milestone;
import io.milepost.model.PlanDate;
import io.milepost.model.Roadmap;
import io.milepost.model.Sector;
import io.milepost.store.DocumentException.Reason;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import static io.milepost.store.SampleRoadmaps.EMPTY_SECTOR;
import static io.milepost.store.SampleRoadmaps.HALAL;
import static io.milepost.store.SampleRoadmaps.TRADE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Changes made together (an undo, an import) are saved together or not at all. */
class OneTransactionTest {

    @TempDir
    Path dir;

    private Path file;
    private RoadmapDocument doc;
    private final Roadmap start = SampleRoadmaps.everyFieldSet();

    @BeforeEach
    void createDocument() throws DocumentException {
        file = dir.resolve("roadmap.milepost");
        doc = RoadmapDocument.create(file, start);
    }

    @AfterEach
    void closeDocument() {
        doc.close();
    }

    private Roadmap reopened() throws DocumentException {
        doc.close();
        doc = RoadmapDocument.open(file, OpenMode.READ_WRITE);
        return doc.load();
    }

    @Test
    void movingAMilestoneToANewSectorSavesEveryPartOfTheMove() throws DocumentException {
        Sector halalTrade = new Sector(UUID.randomUUID(), "Halal trade", null, null, 9);
        Milestone moved = start.milestone(HALAL).orElseThrow().toBuilder().sectorId(halalTrade.id()).build();
        doc.edit(w -> {
            w.saveSector(halalTrade);
            w.saveMilestone(moved);
            w.deleteSector(EMPTY_SECTOR);
        });
        Roadmap expected = start.withSector(halalTrade).withMilestone(moved);
        expected = new Roadmap(expected.info(), expected.sectors().stream()
                .filter(s -> !s.id().equals(EMPTY_SECTOR)).toList(), expected.commissions(), expected.sessions(),
                expected.milestones(), expected.dependencies(), expected.agreements());
        assertThat(doc.load()).isEqualTo(expected);
        assertThat(reopened()).isEqualTo(expected);
    }

    @Test
    void anEditRefusedHalfWayLeavesTheDocumentAsItWas() throws DocumentException {
        Sector added = new Sector(UUID.randomUUID(), "Added first", null, null, 0);
        Milestone changed = start.milestone(HALAL).orElseThrow().withPercentComplete(90);
        assertThatThrownBy(() -> doc.edit(w -> {
            w.saveSector(added);
            w.saveMilestone(changed);
            w.deleteSector(TRADE); // still has milestones: refused
        })).isInstanceOfSatisfying(DocumentException.class, e -> assertThat(e.reason()).isEqualTo(Reason.REFUSED));
        assertThat(doc.load()).isEqualTo(start);
        assertThat(reopened()).isEqualTo(start);
    }

    @Test
    void anEditWhoseOwnCodeFailsIsRolledBackAndItsErrorPassedOn() throws DocumentException {
        IllegalArgumentException failure = new IllegalArgumentException("a bug in the command");
        assertThatThrownBy(() -> doc.edit(w -> {
            w.deleteMilestone(HALAL);
            throw failure;
        })).isSameAs(failure);
        assertThat(reopened()).isEqualTo(start);
    }

    @Test
    void anEditCanLookAtItsOwnChangesBeforeTheyAreSaved() throws DocumentException {
        AtomicReference<Roadmap> during = new AtomicReference<>();
        doc.edit(w -> {
            w.deleteMilestone(HALAL);
            during.set(doc.load());
        });
        assertThat(during.get()).isEqualTo(start.withoutMilestone(HALAL)).isEqualTo(doc.load());
    }

    @Test
    void aWriterIsOnlyValidDuringItsEdit() throws DocumentException {
        AtomicReference<DocumentWriter> kept = new AtomicReference<>();
        doc.edit(kept::set);
        assertThatThrownBy(() -> kept.get().deleteMilestone(HALAL)).isInstanceOf(IllegalStateException.class);
        assertThat(doc.load()).isEqualTo(start);
    }

    @Test
    void savingThroughTheDocumentInsideAnEditIsAMistakeAndSavesNothing() throws DocumentException {
        assertThatThrownBy(() -> doc.edit(w -> {
            w.deleteMilestone(HALAL);
            doc.edit(inner -> inner.deleteSector(EMPTY_SECTOR));
        })).isInstanceOf(IllegalStateException.class).hasMessageContaining("DocumentWriter");
        assertThat(doc.load()).isEqualTo(start);
    }

    @Test
    void anImportReplacesEverythingInTheDocument() throws DocumentException {
        Roadmap imported = GeneratedRoadmaps.generate(42);
        doc.replaceAll(imported);
        assertThat(doc.load()).isEqualTo(imported);
        assertThat(reopened()).isEqualTo(imported);
        assertThat(doc.integrityProblems()).isEmpty();
    }

    @Test
    void anImportReferringToItemsItDoesNotHoldIsRefusedAndTheDocumentKept() throws DocumentException {
        Milestone stray = Milestone.builder().title("Stray").sectorId(UUID.randomUUID())
                .start(PlanDate.year(2026)).build();
        Roadmap broken = SampleRoadmaps.empty().withMilestone(stray);
        assertThatThrownBy(() -> doc.replaceAll(broken)).isInstanceOfSatisfying(DocumentException.class, e -> {
            assertThat(e.reason()).isEqualTo(Reason.REFUSED);
            assertThat(e.getMessage()).isEqualTo(file + " refused the change: Milepost could not replace the roadmap "
                    + "with the imported one because it refers to an item that is not in the document "
                    + "(FOREIGN KEY constraint failed)");
        });
        assertThat(reopened()).isEqualTo(start);
    }

    @Test
    void anImportWithTwoItemsSharingOneIdIsRefusedAndTheDocumentKept() throws DocumentException {
        Sector sector = new Sector(UUID.randomUUID(), "Twice", null, null, 0);
        Roadmap twice = new Roadmap(start.info(), List.of(sector, sector), List.of(), List.of(), List.of(), List.of(),
                List.of());
        assertThatThrownBy(() -> doc.replaceAll(twice)).isInstanceOfSatisfying(DocumentException.class, e -> {
            assertThat(e.reason()).isEqualTo(Reason.REFUSED);
            assertThat(e.getMessage()).endsWith("because two items would share one id "
                    + "(UNIQUE constraint failed: sector.id)");
        });
        assertThat(reopened()).isEqualTo(start);
    }
}
