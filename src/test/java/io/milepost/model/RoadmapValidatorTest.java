package io.milepost.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RoadmapValidatorTest {

    private final Sector trade = new Sector(UUID.randomUUID(), "Trade & economic cooperation", "Торговля", "#1565c0", 0);
    private final Commission jmc = new Commission(UUID.randomUUID(), CommissionKind.INTERGOVERNMENTAL_COMMISSION,
            "Joint Ministerial Commission", null, "Minister of Commerce", "Minister of Energy", null);
    private final Milestone session = item("8th session").kind(MilestoneKind.MEETING)
            .start(PlanDate.month(2025, 2)).build();
    private final Milestone roadmapSigned = item("Trade road map agreed").kind(MilestoneKind.MILESTONE)
            .start(PlanDate.day(2025, 2, 11)).build();

    private Milestone.Builder item(String title) {
        return Milestone.builder().title(title).sectorId(trade.id()).start(PlanDate.quarter(2025, 1));
    }

    private Roadmap roadmap(List<Milestone> milestones, List<Dependency> deps) {
        RoadmapInfo info = new RoadmapInfo(UUID.randomUUID(), "Roadmap 2025–2027", null, "Pakistan", "Belarus",
                LocalDate.of(2025, 1, 1), LocalDate.of(2027, 12, 31), null, "en", "ru");
        return new Roadmap(info, List.of(trade), List.of(jmc), List.of(), milestones, deps, List.of());
    }

    private List<Problem> problemsOf(Milestone m) {
        return RoadmapValidator.validate(roadmap(List.of(session, roadmapSigned, m), List.of()));
    }

    @Test
    void aSoundRoadmapHasNoProblems() {
        Roadmap r = roadmap(List.of(session, roadmapSigned),
                List.of(Dependency.finishToStart(session.id(), roadmapSigned.id())));
        assertThat(RoadmapValidator.validate(r)).isEmpty();
    }

    @Test
    void anItemThatEndsBeforeItStartsIsNamedWithItsEndField() {
        Milestone m = item("Customs data exchange").start(PlanDate.quarter(2026, 3)).end(PlanDate.quarter(2026, 1))
                .build();
        assertThat(problemsOf(m)).singleElement().satisfies(p -> {
            assertThat(p.itemId()).isEqualTo(m.id());
            assertThat(p.field()).isEqualTo("end");
            assertThat(p.toString()).contains("Customs data exchange").contains("Q1 2026").contains("Q3 2026");
        });
    }

    @Test
    void anEndInsideTheSamePeriodAsAVagueStartIsFine() {
        Milestone m = item("Pilot").start(PlanDate.year(2026)).end(PlanDate.month(2026, 3)).build();
        assertThat(problemsOf(m)).isEmpty();
    }

    @Test
    void percentCompleteOutsideZeroToHundredIsRefused() {
        assertThat(problemsOf(item("Over").percentComplete(120).build()))
                .extracting(Problem::field).containsExactly("percentComplete");
        assertThat(problemsOf(item("Under").percentComplete(-1).build()))
                .extracting(Problem::field).containsExactly("percentComplete");
    }

    @Test
    void datesOutsideAnySaneRangeAreReported() {
        Milestone m = item("Typo").start(PlanDate.day(1025, 4, 11)).end(PlanDate.year(2250)).build();
        assertThat(problemsOf(m)).extracting(Problem::field).containsExactlyInAnyOrder("start", "end");
    }

    @Test
    void danglingSectorAndCommissionAreBothReportedAtOnce() {
        Milestone m = item("Orphan").sectorId(UUID.randomUUID()).commissionId(UUID.randomUUID()).build();
        assertThat(problemsOf(m)).extracting(Problem::field).containsExactlyInAnyOrder("sectorId", "commissionId");
    }

    @Test
    void aContinuousItemCarriesNoEnd() {
        Milestone m = item("Regular consultations").ongoing(true).end(PlanDate.year(2027)).build();
        assertThat(problemsOf(m)).extracting(Problem::field).containsExactly("end");
    }

    @Test
    void aBaselineThatEndsBeforeItStartsIsReported() {
        Milestone m = item("Slipped").baselineStart(LocalDate.of(2025, 6, 1)).baselineEnd(LocalDate.of(2025, 5, 1))
                .build();
        assertThat(problemsOf(m)).extracting(Problem::field).containsExactly("baselineEnd");
    }

    @Test
    void aDependencyCycleIsReportedNamingTheItemsOnIt() {
        Roadmap r = roadmap(List.of(session, roadmapSigned), List.of(
                Dependency.finishToStart(session.id(), roadmapSigned.id()),
                Dependency.finishToStart(roadmapSigned.id(), session.id())));
        assertThat(RoadmapValidator.validate(r)).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("cycle").contains("'8th session'")
                        .contains("'Trade road map agreed'"));
    }

    @Test
    void aDependencyOnAMissingItemAndOnItselfAreReported() {
        UUID ghost = UUID.randomUUID();
        Roadmap r = roadmap(List.of(session, roadmapSigned), List.of(
                Dependency.finishToStart(session.id(), ghost),
                Dependency.finishToStart(session.id(), session.id())));
        assertThat(RoadmapValidator.validate(r)).extracting(Problem::field)
                .containsExactlyInAnyOrder("successorId", "successorId");
    }

    @Test
    void everyProblemOfABadRoadmapIsReportedTogether() {
        Milestone a = item("").percentComplete(101).build();
        Milestone b = item("B").start(PlanDate.year(2027)).end(PlanDate.year(2026)).sectorId(UUID.randomUUID()).build();
        Roadmap r = roadmap(List.of(a, b), List.of(Dependency.finishToStart(a.id(), UUID.randomUUID())));
        assertThat(RoadmapValidator.validate(r)).extracting(Problem::field)
                .containsExactlyInAnyOrder("title", "percentComplete", "end", "sectorId", "successorId");
    }

    @Test
    void aBadSectorColourAndAPeriodEndingBeforeItStartsAreReported() {
        Sector odd = new Sector(UUID.randomUUID(), "Odd", null, "green", 1);
        RoadmapInfo info = new RoadmapInfo(UUID.randomUUID(), "R", null, "A", "B", LocalDate.of(2027, 1, 1),
                LocalDate.of(2025, 1, 1), null, "en", null);
        Roadmap r = new Roadmap(info, List.of(odd), List.of(), List.of(), List.of(), List.of(), List.of());
        assertThat(RoadmapValidator.validate(r)).extracting(Problem::field)
                .containsExactlyInAnyOrder("color", "periodEnd");
    }

    @Test
    void sessionDetailsWithoutTheirMeetingOrOfAMeetingWithoutCommissionAreReported() {
        SessionDetails orphan = new SessionDetails(UUID.randomUUID(), 9, "Islamabad", null);
        Roadmap r = roadmap(List.of(), List.of()).withSession(orphan);
        assertThat(RoadmapValidator.validate(r)).extracting(Problem::field, Problem::message).containsExactly(
                tuple("meetingId", "has no meeting: the milestone " + orphan.meetingId() + " is not in the roadmap"));

        Milestone plainMeeting = Milestone.builder().id(UUID.randomUUID()).kind(MilestoneKind.MEETING)
                .title("Business forum").sectorId(trade.id()).start(PlanDate.day(2025, 4, 10))
                .status(MilestoneStatus.PLANNED).build();
        Roadmap noCommission = roadmap(List.of(plainMeeting), List.of())
                .withSession(new SessionDetails(plainMeeting.id(), 0, null, null));
        assertThat(RoadmapValidator.validate(noCommission)).extracting(Problem::field)
                .containsExactlyInAnyOrder("meetingId", "number");
    }

    @Test
    void anAgreementPointingAtAMissingMilestoneIsReported() {
        Agreement a = new Agreement(UUID.randomUUID(), AgreementKind.MOU, "MoU on disaster management", null,
                trade.id(), LocalDate.of(2024, 11, 26), AgreementStatus.SIGNED_MOU, null, List.of(UUID.randomUUID()));
        Roadmap r = roadmap(List.of(), List.of()).withAgreement(a);
        assertThat(RoadmapValidator.validate(r)).extracting(Problem::field).containsExactly("milestoneIds");
    }

    @Test
    void removingAMilestoneTakesItsDependenciesAndAgreementLinksWithIt() {
        Agreement a = new Agreement(UUID.randomUUID(), AgreementKind.MOU, "MoU", null, trade.id(),
                LocalDate.of(2024, 11, 26), AgreementStatus.SIGNED_MOU, null, List.of(session.id()));
        Roadmap r = roadmap(List.of(session, roadmapSigned),
                List.of(Dependency.finishToStart(session.id(), roadmapSigned.id()))).withAgreement(a);
        Roadmap after = r.withoutMilestone(session.id());
        assertThat(after.milestones()).containsExactly(roadmapSigned);
        assertThat(after.dependencies()).isEmpty();
        assertThat(after.agreements().get(0).milestoneIds()).isEmpty();
        assertThat(RoadmapValidator.validate(after)).isEmpty();
    }
}
