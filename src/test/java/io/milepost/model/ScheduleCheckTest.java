package io.milepost.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ScheduleCheckTest {

    private final Sector trade = new Sector(UUID.randomUUID(), "Trade", null, "#1565c0", 0);

    private Milestone item(String title, PlanDate start, PlanDate end) {
        return Milestone.builder().title(title).sectorId(trade.id()).start(start).end(end).build();
    }

    private List<Problem> warnings(Milestone pred, Milestone succ, DependencyType type, int lag) {
        RoadmapInfo info = new RoadmapInfo(UUID.randomUUID(), "R", null, "A", "B", LocalDate.of(2025, 1, 1),
                LocalDate.of(2027, 12, 31), null, "en", null);
        Dependency d = new Dependency(UUID.randomUUID(), pred.id(), succ.id(), type, lag);
        return ScheduleCheck.warnings(new Roadmap(info, List.of(trade), List.of(), List.of(), List.of(pred, succ),
                List.of(d), List.of()));
    }

    @Test
    void aSuccessorStartingBeforeItsPredecessorFinishesIsReportedWithBothDates() {
        Milestone jv = item("Tractor joint venture", PlanDate.month(2025, 2), PlanDate.month(2027, 3));
        Milestone first = item("First tractors assembled", PlanDate.month(2026, 6), null);
        assertThat(warnings(jv, first, DependencyType.FS, 0)).singleElement().satisfies(w ->
                assertThat(w.toString()).contains("'First tractors assembled' starts (Jun 2026)")
                        .contains("'Tractor joint venture' finishes (Mar 2027)"));
    }

    @Test
    void periodsAreReadGenerouslyASuccessorInTheSameQuarterMayStillFollow() {
        Milestone visit = item("Visit", PlanDate.quarter(2025, 2), null);
        Milestone signing = item("Signing", PlanDate.quarter(2025, 2), null);
        assertThat(warnings(visit, signing, DependencyType.FS, 0)).isEmpty();
    }

    @Test
    void aLagPushesTheDayASuccessorMayStart() {
        Milestone visit = item("Visit", PlanDate.day(2025, 4, 11), null);
        Milestone formalise = item("Formalise", PlanDate.day(2025, 4, 20), PlanDate.month(2025, 12));
        assertThat(warnings(visit, formalise, DependencyType.FS, 0)).isEmpty();
        assertThat(warnings(visit, formalise, DependencyType.FS, 30)).hasSize(1);
    }

    @Test
    void startToStartAndFinishToFinishCompareTheRightEnds() {
        Milestone a = item("A", PlanDate.day(2025, 5, 1), PlanDate.day(2025, 9, 30));
        Milestone b = item("B", PlanDate.day(2025, 4, 1), PlanDate.day(2025, 10, 31));
        assertThat(warnings(a, b, DependencyType.SS, 0)).singleElement()
                .satisfies(w -> assertThat(w.field()).isEqualTo("start"));
        assertThat(warnings(a, b, DependencyType.FF, 0)).isEmpty();
        assertThat(warnings(b, a, DependencyType.FF, 0)).singleElement()
                .satisfies(w -> assertThat(w.field()).isEqualTo("end"));
    }

    @Test
    void aContinuousPredecessorHasNoFinishToWaitFor() {
        Milestone talks = Milestone.builder().title("Consultations").sectorId(trade.id()).start(PlanDate.year(2025))
                .ongoing(true).build();
        Milestone review = item("Review", PlanDate.quarter(2025, 3), null);
        assertThat(warnings(talks, review, DependencyType.FS, 0)).isEmpty();
    }
}
