package io.milepost.chart;

import static io.milepost.chart.Plan.day;
import static org.assertj.core.api.Assertions.assertThat;

import io.milepost.model.Commission;
import io.milepost.model.Milestone;
import io.milepost.model.MilestoneKind;
import io.milepost.model.MilestoneStatus;
import io.milepost.model.PlanDate;
import io.milepost.model.Sector;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MilestoneFilterTest {

    private final Plan plan = Plan.pakistanBelarus();
    private final Sector trade = plan.sector("Trade and economic cooperation", "#1565c0");
    private final Sector environment = plan.sector("Environmental protection", "#2e7d32");
    private final Sector science = plan.sector("Science and technology", "#6a1b9a");
    private final Commission jmc = plan.commission("Joint Ministerial Commission");
    private final Milestone session = plan.add(trade, "Joint commission, 9th session",
            MilestoneKind.MEETING, day(2025, 2, 10), day(2025, 2, 12), b -> b.commissionId(jmc.id()).status(MilestoneStatus.DONE));
    private final Milestone halal = plan.activity(trade, "Halal trade standards", PlanDate.quarter(2025, 3),
            PlanDate.quarter(2025, 4), b -> b.status(MilestoneStatus.AT_RISK).titleAlt("Стандарты халяль")
                    .leadAgencyA("Pakistan Halal Authority").leadAgencyB("Belstandart").tags(List.of("WTO")));
    private final Milestone mou = plan.milestone(environment, "MoU on environmental protection", day(2025, 5, 20),
            b -> b.status(MilestoneStatus.PLANNED).description("Signed at the ministerial meeting in Minsk")
                    .leadAgencyA("Ministry of Climate Change"));
    private final Milestone research = plan.activity(science, "Joint research programme", PlanDate.year(2026),
            PlanDate.year(2027), b -> b.status(MilestoneStatus.IN_PROGRESS).ongoing(true));

    @Test
    void changedSinceShowsOnlyTheItemsTheDocumentRecordedAsChangedAndClearingTheDayShowsAllAgain() {
        MilestoneFilter since = MilestoneFilter.NONE.withChangedSince(LocalDate.of(2026, 11, 1), Set.of(halal.id()));

        assertThat(plan.roadmap().milestones().stream().filter(since::matches)).containsExactly(halal);
        assertThat(since.isNone()).isFalse();
        MilestoneFilter cleared = since.withChangedSince(null, Set.of(halal.id()));
        assertThat(cleared.isNone()).isTrue();
        assertThat(cleared.count(plan.roadmap())).isEqualTo(4);
    }

    @Test
    void noFilterLetsEverythingThrough() {
        assertThat(MilestoneFilter.NONE.isNone()).isTrue();
        assertThat(MilestoneFilter.NONE.count(plan.roadmap())).isEqualTo(4);
    }

    @Test
    void textMatchesTitlesInBothLanguagesDescriptionLeadAgenciesAndTags() {
        assertThat(matching(MilestoneFilter.NONE.withText("HALAL"))).containsExactly(halal);
        assertThat(matching(MilestoneFilter.NONE.withText("халяль"))).containsExactly(halal);
        assertThat(matching(MilestoneFilter.NONE.withText("minsk"))).containsExactly(mou);
        assertThat(matching(MilestoneFilter.NONE.withText("belstandart"))).containsExactly(halal);
        assertThat(matching(MilestoneFilter.NONE.withText("wto"))).containsExactly(halal);
        assertThat(matching(MilestoneFilter.NONE.withText("  "))).hasSize(4);
    }

    @Test
    void everyWordMustOccur() {
        assertThat(matching(MilestoneFilter.NONE.withText("joint session"))).containsExactly(session);
        assertThat(matching(MilestoneFilter.NONE.withText("joint"))).containsExactly(session, research);
    }

    @Test
    void sectorsStatusesAndCommissionNarrowTogether() {
        MilestoneFilter tradeOrScience = MilestoneFilter.NONE.withSectors(Set.of(trade.id(), science.id()));
        assertThat(matching(tradeOrScience)).containsExactly(session, halal, research);
        assertThat(matching(tradeOrScience.withStatuses(Set.of(MilestoneStatus.AT_RISK, MilestoneStatus.DONE))))
                .containsExactly(session, halal);
        assertThat(matching(MilestoneFilter.NONE.withCommission(jmc.id()))).containsExactly(session);
    }

    @Test
    void leadAgencyMatchesEitherSideIgnoringCase() {
        assertThat(matching(MilestoneFilter.NONE.withLeadAgency("belstandart"))).containsExactly(halal);
        assertThat(matching(MilestoneFilter.NONE.withLeadAgency("Ministry of Climate Change")))
                .containsExactly(mou);
    }

    @Test
    void overdueIsAnEndPassedOnAnItemNeitherDoneNorCancelledNorOngoing() {
        LocalDate day = LocalDate.of(2026, 3, 1);
        assertThat(matching(MilestoneFilter.NONE.withOverdueOn(day))).containsExactly(halal, mou);
        assertThat(MilestoneFilter.isOverdue(session, day)).isFalse();
        assertThat(MilestoneFilter.isOverdue(research, LocalDate.of(2030, 1, 1))).isFalse();
        assertThat(MilestoneFilter.isOverdue(halal, LocalDate.of(2025, 12, 31))).isFalse();
    }

    @Test
    void aDateRangeKeepsItemsThatRunWithinIt() {
        MilestoneFilter summer = MilestoneFilter.NONE.withDates(LocalDate.of(2025, 5, 1), LocalDate.of(2025, 7, 31));
        assertThat(matching(summer)).containsExactly(halal, mou);
        MilestoneFilter later = MilestoneFilter.NONE.withDates(LocalDate.of(2029, 1, 1), null);
        assertThat(matching(later)).containsExactly(research);
    }

    @Test
    void theChartsRowsHoldOnlyMatchingItemsAndNoLanesTheFilterEmptied() {
        ChartOptions options = ChartOptions.defaults()
                .withFilter(MilestoneFilter.NONE.withStatuses(Set.of(MilestoneStatus.AT_RISK)));

        ChartRows rows = ChartRows.build(plan.roadmap(), options);

        assertThat(describe(rows)).containsExactly("# Trade and economic cooperation", "  Halal trade standards");
        assertThat(rows.groups().get(0).itemCount()).isEqualTo(1);
        assertThat(rows.rowOf(mou.id())).isEqualTo(-1);
    }

    @Test
    void changingTheFilterChangesTheRows() {
        ChartOptions all = ChartOptions.defaults();
        ChartOptions some = all.withFilter(MilestoneFilter.NONE.withText("halal"));

        assertThat(all.sameRowsAs(some)).isFalse();
        assertThat(some.sameRowsAs(all.withFilter(MilestoneFilter.NONE.withText("halal")))).isTrue();
        assertThat(ChartRows.build(plan.roadmap(), some).matches(plan.roadmap(), all)).isFalse();
    }

    private List<Milestone> matching(MilestoneFilter filter) {
        return plan.roadmap().milestones().stream().filter(filter::matches).toList();
    }

    private static List<String> describe(RowModel rows) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < rows.rowCount(); i++) {
            ChartRow r = rows.row(i);
            lines.add(r.isGroupHeader() ? "# " + r.group().label() : "  ".repeat(r.depth()) + r.item().title());
        }
        return lines;
    }
}
