package io.milepost.ui.views;

import static org.assertj.core.api.Assertions.assertThat;

import io.milepost.app.SampleRoadmap;
import io.milepost.model.AgreementStatus;
import io.milepost.model.Milestone;
import io.milepost.model.MilestoneKind;
import io.milepost.model.MilestoneStatus;
import io.milepost.model.PlanDate;
import io.milepost.model.Roadmap;
import io.milepost.ui.views.AgreementsViewModel.Carrier;
import io.milepost.ui.views.CommissionsViewModel.Entry;
import io.milepost.ui.views.CommissionsViewModel.Session;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The commissions, agreements and overview views' contents, from the sample roadmap on a fixed day. */
class RoadmapViewModelsTest {

    private static final LocalDate DAY = LocalDate.of(2026, 6, 1);

    private final Roadmap sample = SampleRoadmap.load();

    @Test
    void aCommissionListsItsSessionsInOrderAndItsNextSession() {
        Entry jmc = commission(sample, "Joint Ministerial Commission");

        assertThat(jmc.sessions()).extracting(Session::number).containsExactly(6, 7, 8, 9);
        assertThat(jmc.sessions().get(0).venue()).isEqualTo("Minsk");
        assertThat(jmc.sessions().get(0).decisions()).isNotBlank();
        assertThat(jmc.coChairA()).startsWith("Minister of Commerce");
        assertThat(jmc.next().number()).isEqualTo(9);
        assertThat(jmc.next().venue()).isEqualTo("Islamabad");
        assertThat(commission(sample, "Military").next()).isNull();
    }

    @Test
    void whatIsStillOpenBeforeTheNextSessionIsTheCommissionsUnfinishedItemsStartingBeforeIt() {
        Entry before = commission(sample, "Joint Ministerial Commission");
        Milestone open = Milestone.builder().id(UUID.randomUUID()).kind(MilestoneKind.ACTIVITY)
                .title("Draft the trade road map annex").sectorId(sample.milestone(before.next().meetingId())
                        .orElseThrow().sectorId()).commissionId(before.id()).start(PlanDate.quarter(2026, 1))
                .end(PlanDate.quarter(2026, 1)).status(MilestoneStatus.IN_PROGRESS).build();
        Milestone after = open.toBuilder().id(UUID.randomUUID()).title("Implement the annex")
                .start(PlanDate.year(2027)).end(PlanDate.year(2027)).build();
        Milestone finished = open.toBuilder().id(UUID.randomUUID()).title("Agree the agenda")
                .status(MilestoneStatus.DONE).build();

        Entry jmc = commission(sample.withMilestone(open).withMilestone(after).withMilestone(finished),
                "Joint Ministerial Commission");

        assertThat(jmc.openBeforeNext()).extracting(CommissionsViewModel.OpenItem::id).containsExactly(open.id());
        assertThat(jmc.openBeforeNext().get(0).overdue()).isTrue();
    }

    @Test
    void agreementsStandBySectorWithTheirStageSigningDayAndOverdueCarriers() {
        AgreementsViewModel model = new AgreementsViewModel(sample, DAY);

        assertThat(model.all()).hasSize(sample.agreements().size());
        AgreementsViewModel.Entry emergencies = model.all().stream()
                .filter(e -> e.title().startsWith("MoU on cooperation in emergencies")).findFirst().orElseThrow();
        assertThat(emergencies.status()).isEqualTo(AgreementStatus.BEING_FORMALISED);
        assertThat(emergencies.stage()).isEqualTo("Being formalised");
        assertThat(emergencies.step()).isEqualTo(2);
        assertThat(emergencies.signed()).isEqualTo(LocalDate.of(2024, 11, 26));
        assertThat(emergencies.overdue()).isTrue();
        Carrier late = emergencies.carriers().stream().filter(Carrier::overdue).findFirst().orElseThrow();
        assertThat(late.status()).isEqualTo(MilestoneStatus.DELAYED);
        assertThat(emergencies.itemToShow()).isEqualTo(late.id());
        // The signing, done, comes first: carriers are in date order.
        assertThat(emergencies.carriers().get(0).status()).isEqualTo(MilestoneStatus.DONE);
        // Sectors in the roadmap's order, each agreement under its own.
        assertThat(model.sectors()).allSatisfy(s -> assertThat(s.agreements()).isNotEmpty());
    }

    @Test
    void theOverviewCountsEveryMilestoneByStatusAndBySector() {
        OverviewViewModel model = new OverviewViewModel(sample, DAY);

        int n = sample.milestones().size();
        assertThat(model.byStatus().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(n);
        assertThat(model.bySector().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(n);
        assertThat(model.byStatus().get(MilestoneStatus.DONE))
                .isEqualTo((int) sample.milestones().stream().filter(m -> m.status() == MilestoneStatus.DONE).count());
        assertThat(model.bySector().keySet()).first().isEqualTo(sample.sectorsInOrder().get(0).name());
    }

    @Test
    void itemsNeedingAttentionAreOverdueAtRiskOrDelayedOverdueFirstWithTheirLeadAgencies() {
        OverviewViewModel model = new OverviewViewModel(sample, DAY);

        assertThat(model.attention()).isNotEmpty();
        assertThat(model.attention()).allSatisfy(a -> {
            Milestone m = sample.milestone(a.id()).orElseThrow();
            assertThat(a.reason().equals("Overdue") || m.status() == MilestoneStatus.AT_RISK
                    || m.status() == MilestoneStatus.DELAYED).isTrue();
            assertThat(a.leadAgencyA()).isEqualTo(m.leadAgencyA());
        });
        assertThat(model.attention().get(0).reason()).isEqualTo("Overdue");
        assertThat(model.attention()).extracting(OverviewViewModel.Attention::status)
                .contains(MilestoneStatus.AT_RISK);
    }

    @Test
    void comingUpAreOpenItemsStartingOrEndingInTheNextSixtyDaysInDateOrder() {
        LocalDate from = LocalDate.of(2026, 12, 1);
        OverviewViewModel model = new OverviewViewModel(sample, from);

        assertThat(model.upcoming()).isNotEmpty();
        assertThat(model.upcoming()).allSatisfy(u -> {
            assertThat(u.day()).isBetween(from, from.plusDays(OverviewViewModel.DAYS_AHEAD));
            assertThat(sample.milestone(u.id()).orElseThrow().status())
                    .isNotIn(MilestoneStatus.DONE, MilestoneStatus.CANCELLED);
        });
        assertThat(model.upcoming()).isSortedAccordingTo(java.util.Comparator.comparing(
                OverviewViewModel.Upcoming::day));
    }

    private static Entry commission(Roadmap roadmap, String name) {
        return new CommissionsViewModel(roadmap, DAY).entries().stream().filter(e -> e.name().contains(name))
                .findFirst().orElseThrow();
    }
}
