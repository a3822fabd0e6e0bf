package io.milepost.chart;

import static io.milepost.chart.Plan.day;
import static org.assertj.core.api.Assertions.assertThat;

import io.milepost.model.Commission;
import io.milepost.model.DependencyType;
import io.milepost.model.Milestone;
import io.milepost.model.MilestoneStatus;
import io.milepost.model.PlanDate;
import io.milepost.model.Roadmap;
import io.milepost.model.Sector;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ChartRowsTest {

    private final Plan plan = Plan.pakistanBelarus();
    private final Sector trade = plan.sector("Trade and economic cooperation", "#1565c0");
    private final Sector environment = plan.sector("Environmental protection", "#2e7d32");
    private final Sector science = plan.sector("Science and technology", "#6a1b9a");
    private final Milestone commission = plan.meeting(trade, "Joint commission, 9th session", day(2025, 2, 10),
            day(2025, 2, 12));
    private final Milestone halal = plan.activity(trade, "Halal trade standards", PlanDate.quarter(2025, 3),
            PlanDate.quarter(2025, 4), b -> b.status(MilestoneStatus.IN_PROGRESS));
    private final Milestone mou = plan.milestone(environment, "MoU on environmental protection", day(2025, 5, 20),
            b -> b.status(MilestoneStatus.DONE));

    @Test
    void groupedBySectorEachSectorHasAHeaderRowThenItsItemsInOrder() {
        ChartRows rows = ChartRows.build(plan.roadmap(), ChartOptions.defaults());

        assertThat(describe(rows)).containsExactly(
                "# Trade and economic cooperation", "  Joint commission, 9th session", "  Halal trade standards",
                "# Environmental protection", "  MoU on environmental protection",
                "# Science and technology");
        assertThat(rows.rowOf(halal.id())).isEqualTo(2);
        assertThat(rows.groups().get(0).key()).isEqualTo(RowGroup.sectorKey(trade.id()));
    }

    @Test
    void sortedByAColumnTheItemsOfEachGroupFollowItAndTiesKeepThePlansOrder() {
        ChartOptions byStartDescending = ChartOptions.defaults().withOrder(new RowOrder(RowOrder.Key.START, true));

        ChartRows rows = ChartRows.build(plan.roadmap(), byStartDescending);

        assertThat(describe(rows)).containsExactly(
                "# Trade and economic cooperation", "  Halal trade standards", "  Joint commission, 9th session",
                "# Environmental protection", "  MoU on environmental protection",
                "# Science and technology");
        assertThat(ChartOptions.defaults().sameRowsAs(byStartDescending)).isFalse();
        assertThat(new RowOrder(RowOrder.Key.PLAN, true)).isEqualTo(RowOrder.PLAN);

        // An edit that moves an item past its neighbour in the sort builds the rows again; patched rows never
        // disagree with built ones.
        Roadmap later = plan.roadmap().withMilestone(commission.toBuilder().start(PlanDate.quarter(2026, 1))
                .end(PlanDate.quarter(2026, 1)).build());
        ChartRows patched = rows.patchedTo(later, byStartDescending);
        assertThat(patched).isNull();
        assertThat(describe(ChartRows.build(later, byStartDescending))).startsWith(
                "# Trade and economic cooperation", "  Joint commission, 9th session", "  Halal trade standards");
    }

    @Test
    void anEditThatMovesNoRowPatchesTheRowsToWhatBuildingThemAgainGives() {
        Roadmap before = plan.roadmap();
        ChartRows rows = ChartRows.build(before, ChartOptions.defaults());
        // Halal trade runs on to the end of 2026 and is at risk: same lane, same place, a longer summary.
        Roadmap after = before.withMilestone(halal.toBuilder().end(PlanDate.quarter(2026, 4))
                .status(MilestoneStatus.AT_RISK).build());

        ChartRows patched = rows.patchedTo(after, ChartOptions.defaults());

        ChartRows built = ChartRows.build(after, ChartOptions.defaults());
        assertThat(patched).isNotNull();
        assertThat(allRows(patched)).isEqualTo(allRows(built));
        assertThat(patched.groups()).isEqualTo(built.groups());
        assertThat(patched.groups().get(0).lastDay()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(patched.itemSpan()).isEqualTo(built.itemSpan());
        assertThat(patched.matches(after, ChartOptions.defaults())).isTrue();
    }

    @Test
    void anEditThatMovesARowIsBuiltAgain() {
        Roadmap before = plan.roadmap();
        ChartRows rows = ChartRows.build(before, ChartOptions.defaults());

        assertThat(rows.patchedTo(before.withMilestone(halal.toBuilder().sectorId(science.id()).build()),
                ChartOptions.defaults())).as("into another sector").isNull();
        assertThat(rows.patchedTo(before.withMilestone(halal.toBuilder().order(commission.order() - 1).build()),
                ChartOptions.defaults())).as("before the meeting in its sector").isNull();
        assertThat(rows.patchedTo(before, ChartOptions.defaults().withGrouping(Grouping.STATUS)))
                .as("another grouping").isNull();

        ChartOptions inProgressOnly = ChartOptions.defaults()
                .withFilter(MilestoneFilter.NONE.withStatuses(java.util.Set.of(MilestoneStatus.IN_PROGRESS)));
        ChartRows filtered = ChartRows.build(before, inProgressOnly);
        assertThat(filtered.patchedTo(before.withMilestone(halal.toBuilder().status(MilestoneStatus.DONE).build()),
                inProgressOnly)).as("out of the filter").isNull();
    }

    private static java.util.List<ChartRow> allRows(ChartRows rows) {
        java.util.List<ChartRow> all = new java.util.ArrayList<>();
        for (int i = 0; i < rows.rowCount(); i++) {
            all.add(rows.row(i));
        }
        return all;
    }

    @Test
    void aSectorsSummarySpansFromItsFirstToItsLastDay() {
        ChartRows rows = ChartRows.build(plan.roadmap(), ChartOptions.defaults());

        RowGroup tradeGroup = rows.groups().get(0);
        assertThat(tradeGroup.firstDay()).isEqualTo(LocalDate.of(2025, 2, 10));
        assertThat(tradeGroup.lastDay()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(tradeGroup.itemCount()).isEqualTo(2);
        assertThat(rows.groups().get(2).isEmpty()).isTrue();
    }

    @Test
    void foldingASectorLeavesItsHeaderAndHidesItsItems() {
        ChartOptions folded = ChartOptions.defaults().withGroupCollapsed(RowGroup.sectorKey(trade.id()), true);

        ChartRows rows = ChartRows.build(plan.roadmap(), folded);

        assertThat(describe(rows)).containsExactly("# Trade and economic cooperation", "# Environmental protection",
                "  MoU on environmental protection", "# Science and technology");
        assertThat(rows.groups().get(0).collapsed()).isTrue();
        assertThat(rows.rowOf(halal.id())).isEqualTo(-1);
    }

    @Test
    void groupedByStatusOnlyStatusesInUseGetAHeader() {
        ChartRows rows = ChartRows.build(plan.roadmap(), ChartOptions.defaults().withGrouping(Grouping.STATUS));

        assertThat(rows.groups()).extracting(RowGroup::label).containsExactly("Planned", "In progress", "Done");
    }

    @Test
    void groupedByCommissionItemsWithoutOneGoUnderNoCommission() {
        Commission jmc = plan.commission("Joint Ministerial Commission");
        plan.activity(science, "Joint research programme", PlanDate.year(2026), null, b -> b.commissionId(jmc.id()));

        ChartRows rows = ChartRows.build(plan.roadmap(), ChartOptions.defaults().withGrouping(Grouping.COMMISSION));

        assertThat(describe(rows)).containsExactly("# Joint Ministerial Commission", "  Joint research programme",
                "# No commission", "  Joint commission, 9th session", "  Halal trade standards",
                "  MoU on environmental protection");
    }

    @Test
    void ungroupedTheItemsFollowTheSectorOrderWithoutHeaders() {
        ChartRows rows = ChartRows.build(plan.roadmap(), ChartOptions.defaults().withGrouping(Grouping.NONE));

        assertThat(describe(rows)).containsExactly("Joint commission, 9th session", "Halal trade standards",
                "MoU on environmental protection");
        assertThat(rows.groups()).isEmpty();
    }

    @Test
    void inTheSecondLanguageSectorsUseTheirSecondName() {
        ChartRows rows = ChartRows.build(plan.roadmap(), ChartOptions.defaults().withLanguage(Language.SECOND));

        assertThat(rows.groups().get(0).label()).isEqualTo("Trade and economic cooperation (ru)");
    }

    @Test
    void rowsAreReusedAcrossZoomAndScrollButNotAcrossRegroupingOrAnEdit() {
        Roadmap roadmap = plan.roadmap();
        ChartOptions options = ChartOptions.defaults();
        ChartRows rows = ChartRows.build(roadmap, options);

        assertThat(rows.matches(roadmap, options.withZoom(Zoom.DAYS).withColorBy(ColorBy.SECTOR))).isTrue();
        assertThat(rows.matches(roadmap, options.withGrouping(Grouping.STATUS))).isFalse();
        assertThat(rows.matches(roadmap.withMilestone(halal.withPercentComplete(50)), options)).isFalse();
    }

    @Test
    void aLinkIsFoundFromAnyRowItSpansButNotWhenAnEndIsFolded() {
        Milestone later = plan.activity(science, "Technology park", PlanDate.half(2026, 1), null);
        plan.link(commission, later, DependencyType.FS);
        ChartRows rows = ChartRows.build(plan.roadmap(), ChartOptions.defaults());
        int from = rows.rowOf(commission.id());
        int to = rows.rowOf(later.id());

        assertThat(linksTouching(rows, from, from)).hasSize(1);
        assertThat(linksTouching(rows, from + 2, from + 2)).as("a row the link passes").hasSize(1);
        assertThat(linksTouching(rows, to + 1, to + 5)).isEmpty();

        ChartRows folded = ChartRows.build(plan.roadmap(),
                ChartOptions.defaults().withGroupCollapsed(RowGroup.sectorKey(science.id()), true));
        assertThat(linksTouching(folded, 0, folded.rowCount() - 1)).isEmpty();
    }

    @Test
    void theIntervalIndexFindsExactlyTheIntervalsMeetingARange() {
        Random random = new Random(7);
        int n = 2000;
        int[] los = new int[n];
        int[] his = new int[n];
        for (int i = 0; i < n; i++) {
            los[i] = random.nextInt(10_000);
            his[i] = los[i] + (random.nextInt(10) == 0 ? random.nextInt(10_000) : random.nextInt(20));
        }
        RowIntervalIndex index = new RowIntervalIndex(los, his);
        for (int q = 0; q < 300; q++) {
            int a = random.nextInt(12_000);
            int b = a + random.nextInt(60);
            Set<Integer> found = new HashSet<>();
            index.query(a, b, found::add);
            Set<Integer> expected = new HashSet<>();
            IntStream.range(0, n).filter(i -> los[i] <= b && his[i] >= a).forEach(expected::add);
            assertThat(found).isEqualTo(expected);
        }
    }

    private static List<UUID> linksTouching(RowModel rows, int first, int last) {
        List<UUID> ids = new ArrayList<>();
        rows.forEachLinkTouching(first, last, (d, f, t) -> ids.add(d.id()));
        return ids;
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
