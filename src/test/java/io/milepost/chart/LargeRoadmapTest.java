package io.milepost.chart;

import static org.assertj.core.api.Assertions.assertThat;

import io.milepost.model.Dependency;
import io.milepost.model.DependencyType;
import io.milepost.model.Milestone;
import io.milepost.model.MilestoneKind;
import io.milepost.model.MilestoneStatus;
import io.milepost.model.PlanDate;
import io.milepost.model.Roadmap;
import io.milepost.model.RoadmapInfo;
import io.milepost.model.Sector;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A frame's work follows the viewport, not the roadmap. Proven by what a frame reads, never by a stopwatch: the rows
 * are wrapped in a {@link CountingRowModel}, and a frame may read only the rows it shows plus the far ends of links
 * that touch them.
 */
class LargeRoadmapTest {

    private static final int SECTORS = 20;
    private static final ChartOptions OPTIONS = ChartOptions.defaults().withShowBaselines(true)
            .withToday(LocalDate.of(2026, 3, 1));
    private static final TextMeasurer MEASURER = new FixedWidthTextMeasurer();

    @Test
    void aFrameOfAHundredThousandMilestonesLaysOutOnlyTheRowsInView() {
        Roadmap roadmap = roadmap(100_000, new Random(1));
        CountingRowModel rows = new CountingRowModel(ChartRows.build(roadmap, OPTIONS));
        double rowHeight = OPTIONS.rowHeight();
        Viewport view = new Viewport(300, 50_000 * rowHeight, 1200, 25 * rowHeight);

        ChartScene scene = GanttLayout.layout(rows, OPTIONS, view, MEASURER);

        assertThat(scene.firstRow()).isEqualTo(50_000);
        assertThat(scene.lastRow()).isEqualTo(50_024);
        int visible = 25;
        assertThat(scene.bars().size() + scene.markers().size()).isLessThanOrEqualTo(2 * visible);
        assertThat(scene.groupHeaders().size() + items(scene).size()).isLessThanOrEqualTo(visible);
        assertThat(scene.labels()).hasSizeLessThanOrEqualTo(2 * visible);
        assertThat(scene.baselines()).hasSizeLessThanOrEqualTo(visible);
        assertThat(rows.rowsRead).as("rows read: the visible ones and the ends of links touching them")
                .isSubsetOf(union(range(50_000, 50_024), rows.linkEnds));
        assertThat(rows.linksVisited).as("links visited of " + roadmap.dependencies().size())
                .isLessThan(100);
        assertThat(rows.groupListings).isZero();
    }

    @Test
    void aLinkCrossingTheViewFromFarAboveToFarBelowIsDrawnThoughNeitherEndIsInView() {
        Roadmap roadmap = roadmap(100_000, new Random(2));
        ChartRows rows = ChartRows.build(roadmap, OPTIONS);
        Viewport view = new Viewport(0, 50_000 * OPTIONS.rowHeight(), 30_000, 600);

        ChartScene scene = GanttLayout.layout(rows, OPTIONS, view, MEASURER);

        assertThat(scene.links()).anySatisfy(link -> {
            assertThat(link.points().get(0).y()).isLessThan(view.y());
            assertThat(link.points().get(link.points().size() - 1).y()).isGreaterThan(view.bottom());
        });
    }

    @Test
    void scrollingReusesTheRowsAndEachFrameReadsOnlyItsOwnRows() {
        Roadmap roadmap = roadmap(10_000, new Random(3));
        CountingRowModel rows = new CountingRowModel(ChartRows.build(roadmap, OPTIONS));
        double rowHeight = OPTIONS.rowHeight();

        for (int top = 0; top < 10_000; top += 997) {
            rows.reset();
            Viewport view = new Viewport(0, top * rowHeight + 5, 1500, 30 * rowHeight);

            ChartScene scene = GanttLayout.layout(rows, OPTIONS, view, MEASURER);

            int last = Math.min(scene.rowCount() - 1, top + 30);
            assertThat(scene.firstRow()).isEqualTo(top);
            assertThat(scene.lastRow()).isEqualTo(last);
            assertThat(rows.rowsRead).isSubsetOf(union(range(top, last), rows.linkEnds));
        }
    }

    /** The items a scene draws: a meeting dated to a period is a window and a circle, still one item. */
    private static Set<UUID> items(ChartScene scene) {
        Set<UUID> ids = new HashSet<>();
        scene.bars().forEach(b -> ids.add(b.id()));
        scene.markers().forEach(m -> ids.add(m.id()));
        return ids;
    }

    private static Set<Integer> range(int first, int last) {
        Set<Integer> s = new TreeSet<>();
        for (int i = first; i <= last; i++) {
            s.add(i);
        }
        return s;
    }

    private static Set<Integer> union(Set<Integer> a, Set<Integer> b) {
        Set<Integer> s = new TreeSet<>(a);
        s.addAll(b);
        return s;
    }

    /**
     * {@code n} items over 2025–2027 in twenty sectors; every tenth depends on the next, and fifty links run from
     * the first sector to the last, across everything between.
     */
    static Roadmap roadmap(int n, Random random) {
        List<Sector> sectors = new ArrayList<>();
        for (int s = 0; s < SECTORS; s++) {
            sectors.add(new Sector(new UUID(0, s), "Sector " + s, null, "#33669" + (s % 10), s));
        }
        List<Milestone> milestones = new ArrayList<>(n);
        LocalDate start = LocalDate.of(2025, 1, 1);
        MilestoneKind[] kinds = MilestoneKind.values();
        MilestoneStatus[] statuses = MilestoneStatus.values();
        for (int i = 0; i < n; i++) {
            LocalDate first = start.plusDays(random.nextInt(1000));
            MilestoneKind kind = kinds[random.nextInt(kinds.length)];
            PlanDate end = kind == MilestoneKind.MILESTONE ? null : PlanDate.day(first.plusDays(random.nextInt(90)));
            milestones.add(Milestone.builder().id(new UUID(1, i)).kind(kind).title("Item " + i)
                    .sectorId(sectors.get(i % SECTORS).id()).start(PlanDate.day(first)).end(end)
                    .status(statuses[random.nextInt(statuses.length)]).percentComplete(random.nextInt(101))
                    .baselineStart(random.nextInt(5) == 0 ? first.minusDays(10) : null).order(i).build());
        }
        List<Dependency> dependencies = new ArrayList<>();
        for (int i = 0; i + SECTORS < n; i += 10) {
            dependencies.add(new Dependency(new UUID(2, i), milestones.get(i).id(),
                    milestones.get(i + SECTORS).id(), DependencyType.FS, 0));
        }
        for (int k = 0; k < 50; k++) {
            dependencies.add(new Dependency(new UUID(3, k), milestones.get(k * SECTORS).id(),
                    milestones.get(k * SECTORS + SECTORS - 1).id(), DependencyType.values()[k % 4], 0));
        }
        RoadmapInfo info = new RoadmapInfo(new UUID(9, 9), "Large", null, "A", "B", LocalDate.of(2025, 1, 1),
                LocalDate.of(2027, 12, 31), null, "en", null);
        return new Roadmap(info, sectors, List.of(), List.of(), milestones, dependencies, List.of());
    }
}
