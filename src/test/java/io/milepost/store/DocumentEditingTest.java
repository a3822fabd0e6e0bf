package io.milepost.store;

import io.milepost.model.Agreement;
import io.milepost.model.AgreementKind;
import io.milepost.model.AgreementStatus;
import io.milepost.model.Commission;
import io.milepost.model.CommissionKind;
import io.milepost.model.Dependency;
import io.milepost.model.DependencyType;
import io.milepost.model.Milestone;
import io.milepost.model.MilestoneKind;
import io.milepost.model.MilestoneStatus;
import io.milepost.model.PlanDate;
import io.milepost.model.Roadmap;
import io.milepost.model.RoadmapInfo;
import io.milepost.model.Sector;
import io.milepost.model.SessionDetails;
import io.milepost.store.DocumentException.Reason;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static io.milepost.store.SampleRoadmaps.COMMISSION;
import static io.milepost.store.SampleRoadmaps.EDUCATION;
import static io.milepost.store.SampleRoadmaps.EMPTY_SECTOR;
import static io.milepost.store.SampleRoadmaps.HALAL;
import static io.milepost.store.SampleRoadmaps.MOU;
import static io.milepost.store.SampleRoadmaps.SESSION_MEETING;
import static io.milepost.store.SampleRoadmaps.TRADE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each change a planner makes is saved at once, and the file then holds what the model would. */
class DocumentEditingTest {

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

    /** The document holds {@code expected} now, and still after closing and reopening it. */
    private void assertHolds(Roadmap expected) throws DocumentException {
        assertThat(doc.load()).isEqualTo(expected);
        doc.close();
        doc = RoadmapDocument.open(file, OpenMode.READ_WRITE);
        assertThat(doc.load()).isEqualTo(expected);
    }

    @Test
    void retitlingTheRoadmapSavesItsNewInfo() throws DocumentException {
        RoadmapInfo info = new RoadmapInfo(UUID.randomUUID(), "Дорожная карта 2025–2028", "", null, "Беларусь",
                LocalDate.of(2025, 1, 1), LocalDate.of(2028, 12, 31), null, "ru", "en");
        doc.edit(w -> w.saveInfo(info));
        assertHolds(start.withInfo(info));
    }

    @Test
    void aNewSectorGoesToTheEndAndARenamedOneKeepsItsPlace() throws DocumentException {
        Sector halal = new Sector(UUID.randomUUID(), "Halal trade", "Халяльная торговля", "#ff8f00", 0);
        Sector renamed = new Sector(TRADE, "Trade", null, "#000000", 5);
        doc.edit(w -> w.saveSector(halal));
        doc.edit(w -> w.saveSector(renamed));
        assertHolds(start.withSector(halal).withSector(renamed));
        assertThat(doc.load().sectors()).extracting(Sector::name)
                .containsExactly("Vocational education", "Trade", "Science & technology", "Halal trade");
    }

    @Test
    void deletingASectorWithoutMilestonesLeavesItsAgreementsWithoutASector() throws DocumentException {
        Agreement inEmptySector = new Agreement(UUID.randomUUID(), AgreementKind.MOU, "MoU on science", null,
                EMPTY_SECTOR, null, AgreementStatus.SIGNED_MOU, null, List.of());
        doc.edit(w -> w.saveAgreement(inEmptySector));
        doc.edit(w -> w.deleteSector(EMPTY_SECTOR));
        Roadmap expected = new Roadmap(start.info(),
                start.sectors().stream().filter(s -> !s.id().equals(EMPTY_SECTOR)).toList(), start.commissions(),
                start.sessions(), start.milestones(), start.dependencies(),
                start.withAgreement(new Agreement(inEmptySector.id(), AgreementKind.MOU, "MoU on science", null, null,
                        null, AgreementStatus.SIGNED_MOU, null, List.of())).agreements());
        assertHolds(expected);
    }

    @Test
    void deletingASectorThatStillHasMilestonesIsRefusedAndChangesNothing() throws DocumentException {
        assertThatThrownBy(() -> doc.edit(w -> w.deleteSector(TRADE)))
                .isInstanceOfSatisfying(DocumentException.class, e -> {
            assertThat(e.reason()).isEqualTo(Reason.REFUSED);
            assertThat(e.getMessage()).isEqualTo(file + " still has 2 milestones in the sector "
                    + "'Trade & economic cooperation'; move or delete them before deleting the sector");
        });
        assertHolds(start);
    }

    @Test
    void aCommissionAndItsSessionsAreAddedAndUpdatedInPlace() throws DocumentException {
        Commission group = new Commission(UUID.randomUUID(), CommissionKind.HIGH_LEVEL_MECHANISM,
                "High-level mechanism", null, "Prime Minister", "Премьер-министр", null);
        Milestone firstMeeting = Milestone.builder().id(UUID.randomUUID()).kind(MilestoneKind.MEETING)
                .title("First meeting of the mechanism").sectorId(TRADE).commissionId(group.id())
                .start(PlanDate.quarter(2025, 4)).status(MilestoneStatus.PLANNED).build();
        SessionDetails first = new SessionDetails(firstMeeting.id(), 1, null, null);
        SessionDetails eighth = new SessionDetails(SESSION_MEETING, 8, "Islamabad", "Eleven decisions");
        doc.edit(w -> w.saveCommission(group));
        doc.edit(w -> w.saveMilestone(firstMeeting));
        doc.edit(w -> w.saveSession(first));
        doc.edit(w -> w.saveSession(eighth));
        assertHolds(start.withCommission(group).withMilestone(firstMeeting).withSession(first).withSession(eighth));
    }

    @Test
    void deletingACommissionDeletesItsSessionsAndLeavesItsMilestonesWithoutOne() throws DocumentException {
        doc.edit(w -> w.deleteCommission(COMMISSION));
        Roadmap loaded = doc.load();
        assertThat(loaded.commissions()).extracting(Commission::id).doesNotContain(COMMISSION);
        assertThat(loaded.sessions()).isEmpty();
        assertThat(loaded.milestone(SESSION_MEETING).orElseThrow().commissionId()).isNull();
        assertThat(loaded.milestones()).hasSameSizeAs(start.milestones());
    }

    @Test
    void deletingASessionsDetailsLeavesItsMeeting() throws DocumentException {
        doc.edit(w -> w.deleteSession(SESSION_MEETING));
        assertThat(doc.load().sessions()).isEmpty();
        assertThat(doc.load().milestone(SESSION_MEETING)).isPresent();
    }

    @Test
    void deletingAMeetingDeletesItsSessionDetails() throws DocumentException {
        doc.edit(w -> w.deleteMilestone(SESSION_MEETING));
        assertThat(doc.load().sessions()).isEmpty();
        assertThat(doc.integrityProblems()).isEmpty();
    }

    @Test
    void savingAMilestoneKeepsItsPlaceAndReplacesItsTagsInOrder() throws DocumentException {
        Milestone halal = start.milestone(HALAL).orElseThrow().toBuilder().status(MilestoneStatus.DONE)
                .percentComplete(100).end(null).baselineEnd(null).tags(List.of("z", "a", "ы")).build();
        Milestone added = Milestone.builder().title("Visit of the Prime Minister to Minsk").sectorId(EDUCATION)
                .start(PlanDate.half(2025, 2)).tags(List.of("visit")).build();
        doc.edit(w -> w.saveMilestone(halal));
        doc.edit(w -> w.saveMilestone(added));
        assertHolds(start.withMilestone(halal).withMilestone(added));
    }

    @Test
    void deletingAMilestoneRemovesItsDependenciesAndItsPlaceInAgreements() throws DocumentException {
        doc.edit(w -> w.deleteMilestone(HALAL));
        Roadmap expected = start.withoutMilestone(HALAL);
        assertThat(expected.dependencies()).isEmpty();
        assertThat(expected.agreements().get(0).milestoneIds()).hasSize(2);
        assertHolds(expected);
    }

    @Test
    void dependenciesAreAddedChangedAndDeleted() throws DocumentException {
        Dependency added = new Dependency(UUID.randomUUID(), SESSION_MEETING, SampleRoadmaps.SIGNING,
                DependencyType.SF, 0);
        Dependency changed = new Dependency(SampleRoadmaps.DEPENDENCY_2, SESSION_MEETING, HALAL, DependencyType.FS,
                7);
        doc.edit(w -> w.saveDependency(added));
        doc.edit(w -> w.saveDependency(changed));
        doc.edit(w -> w.deleteDependency(SampleRoadmaps.DEPENDENCY_1));
        assertHolds(start.withDependency(added).withDependency(changed)
                .withoutDependency(SampleRoadmaps.DEPENDENCY_1));
    }

    @Test
    void anAgreementKeepsItsMilestonesInTheOrderGiven() throws DocumentException {
        Agreement formalised = new Agreement(MOU, AgreementKind.AGREEMENT, "Agreement on halal trade", null, TRADE,
                LocalDate.of(2025, 8, 1), AgreementStatus.AGREEMENT_SIGNED, null,
                List.of(SESSION_MEETING, HALAL, SESSION_MEETING));
        doc.edit(w -> w.saveAgreement(formalised));
        assertHolds(start.withAgreement(formalised));
        doc.edit(w -> w.deleteAgreement(SampleRoadmaps.PROTOCOL));
        assertThat(doc.load().agreements()).containsExactly(formalised);
    }

    @Test
    void deletingWhatIsNotThereChangesNothing() throws DocumentException {
        UUID nothing = UUID.randomUUID();
        doc.edit(w -> w.deleteSector(nothing));
        doc.edit(w -> w.deleteCommission(nothing));
        doc.edit(w -> w.deleteSession(nothing));
        doc.edit(w -> w.deleteMilestone(nothing));
        doc.edit(w -> w.deleteDependency(nothing));
        doc.edit(w -> w.deleteAgreement(nothing));
        assertHolds(start);
    }

    @Test
    void aMilestoneInASectorThatIsNotInTheDocumentIsRefused() throws DocumentException {
        Milestone stray = Milestone.builder().title("Stray").sectorId(UUID.randomUUID())
                .start(PlanDate.year(2026)).build();
        assertThatThrownBy(() -> doc.edit(w -> w.saveMilestone(stray)))
                .isInstanceOfSatisfying(DocumentException.class, e -> {
            assertThat(e.reason()).isEqualTo(Reason.REFUSED);
            assertThat(e.getMessage()).isEqualTo(file + " refused the change: Milepost could not save the milestone "
                    + "'Stray' because it refers to an item that is not in the document (FOREIGN KEY constraint failed)");
        });
        assertHolds(start);
    }
}
