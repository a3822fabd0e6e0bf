package io.milepost.chart;

import static io.milepost.chart.Plan.day;
import static org.assertj.core.api.Assertions.assertThat;

import io.milepost.model.Dependency;
import io.milepost.model.DependencyType;
import io.milepost.model.Milestone;
import io.milepost.model.PlanDate;
import io.milepost.model.Sector;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Links in numbers, on the chart of {@link GanttLayoutTest}: 2025 at 2 px a day, 24 px rows. The predecessor, March
 * (118 to 180), sits on row 1 (centre y 36); the successor on row 2 (centre y 60).
 */
class LinkRouterTest {

    private static final ChartOptions OPTIONS = ChartOptions.defaults()
            .withRange(new DateRange(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31))).withPxPerDay(2);
    private static final Viewport WHOLE_YEAR = new Viewport(0, 0, 730, 480);

    private final Plan plan = Plan.pakistanBelarus();
    private final Sector trade = plan.sector("Trade", "#1565c0");
    private final Milestone study = plan.activity(trade, "Feasibility study", day(2025, 3, 1), day(2025, 3, 31));

    @Test
    void finishToStartLeavesTheEndRunsAlongTheRowBoundaryAndArrivesAtTheStartFromTheLeft() {
        Milestone agreement = plan.activity(trade, "Draft agreement", day(2025, 5, 1), day(2025, 5, 31));
        Dependency d = plan.link(study, agreement, DependencyType.FS);

        Link link = onlyLink(layout(WHOLE_YEAR));

        assertThat(link.dependencyId()).isEqualTo(d.id());
        // Only a stub on each row's middle, where the labels are; the way between along the rows' boundary, y 48.
        assertThat(link.points()).containsExactly(new Point(180, 36), new Point(188, 36), new Point(188, 48),
                new Point(232, 48), new Point(232, 60), new Point(240, 60));
        assertThat(link.arrowHead()).containsExactly(new Point(240, 60), new Point(234, 56.5), new Point(234, 63.5));
    }

    @Test
    void whenTheSuccessorStartsBeforeThePredecessorEndsTheLinkDoublesBackBetweenTheRows() {
        Milestone overlap = plan.activity(trade, "Consultations", day(2025, 3, 15), day(2025, 4, 30));
        plan.link(study, overlap, DependencyType.FS);

        Link link = onlyLink(layout(WHOLE_YEAR));

        assertThat(link.points()).containsExactly(new Point(180, 36), new Point(188, 36), new Point(188, 48),
                new Point(138, 48), new Point(138, 60), new Point(146, 60));
    }

    @Test
    void startToStartLeavesLeftwardsAndArrivesAtTheStart() {
        Milestone agreement = plan.activity(trade, "Draft agreement", day(2025, 5, 1), day(2025, 5, 31));
        plan.link(study, agreement, DependencyType.SS);

        assertThat(onlyLink(layout(WHOLE_YEAR)).points()).containsExactly(new Point(118, 36), new Point(110, 36),
                new Point(110, 48), new Point(232, 48), new Point(232, 60), new Point(240, 60));
    }

    @Test
    void finishToFinishArrivesAtTheEndFromTheRightWithTheArrowPointingLeft() {
        Milestone agreement = plan.activity(trade, "Draft agreement", day(2025, 5, 1), day(2025, 5, 31));
        plan.link(study, agreement, DependencyType.FF);

        Link link = onlyLink(layout(WHOLE_YEAR));

        assertThat(link.points()).containsExactly(new Point(180, 36), new Point(188, 36), new Point(188, 48),
                new Point(310, 48), new Point(310, 60), new Point(302, 60));
        assertThat(link.arrowHead().get(1).x()).isEqualTo(308);
    }

    @Test
    void startToFinishDoublesBackToReachTheEndFromTheRight() {
        Milestone agreement = plan.activity(trade, "Draft agreement", day(2025, 5, 1), day(2025, 5, 31));
        plan.link(study, agreement, DependencyType.SF);

        assertThat(onlyLink(layout(WHOLE_YEAR)).points()).containsExactly(new Point(118, 36), new Point(110, 36),
                new Point(110, 48), new Point(310, 48), new Point(310, 60), new Point(302, 60));
    }

    @Test
    void aLinkToAMilestoneArrivesAtTheDiamondsLeftTip() {
        Milestone signing = plan.milestone(trade, "Agreement signed", day(2025, 6, 10));
        plan.link(study, signing, DependencyType.FS);

        Link link = onlyLink(layout(WHOLE_YEAR));

        double cx = 2 * 160 + 1;
        assertThat(link.points().get(link.points().size() - 1)).isEqualTo(new Point(cx - 24 * 0.3, 60));
    }

    @Test
    void aLinkFarFromItsSuccessorTravelsAlongTheSuccessorsTopEdgeNotThroughItsMiddle() {
        // Rows: 1 the study, 2 a filler, 3 the signing (centre y 84, top edge 72), its left tip at 2·160 + 1 − 7.2.
        plan.activity(trade, "Filler", day(2025, 1, 1), day(2025, 1, 2));
        Milestone signing = plan.milestone(trade, "Agreement signed", day(2025, 6, 10));
        plan.link(study, signing, DependencyType.FS);

        Link link = onlyLink(layout(WHOLE_YEAR));

        double tip = 2 * 160 + 1 - 24 * 0.3;
        assertThat(link.points()).containsExactly(new Point(180, 36), new Point(188, 36), new Point(188, 72),
                new Point(tip - 8, 72), new Point(tip - 8, 84), new Point(tip, 84));
    }

    @Test
    void aTitleLeftOfAMilestoneLeavesTheArrowEnteringItItsRoom() {
        // The signing on 28 Dec: its diamond (715.8 to 730.2) leaves no room right of it, so its title goes left.
        Milestone signing = plan.milestone(trade, "Agreement signed", day(2025, 12, 28));
        plan.link(study, signing, DependencyType.FS);

        ChartScene scene = layout(WHOLE_YEAR);

        Link link = onlyLink(scene);
        Point tip = link.points().get(link.points().size() - 1);
        Point arrowStart = link.points().get(link.points().size() - 2);
        assertThat(tip.x()).isEqualTo(715.8, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(arrowStart.x()).isEqualTo(tip.x() - LinkRouter.STUB);
        TextLabel title = GanttLayoutTest.labels(scene, signing.id()).get(0);
        assertThat(title.placement()).isEqualTo(LabelPlacement.LEFT);
        assertThat(title.text()).isEqualTo("Agreement signed");
        assertThat(title.right()).as("a gap before the arrow's run")
                .isEqualTo(tip.x() - LinkRouter.STUB - LabelPlacer.GAP, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(title.y()).isEqualTo(tip.y());
    }

    @Test
    void aTitleRightOfABarLeavesTheLinkLeavingItsEndItsRoom() {
        Milestone agreement = plan.activity(trade, "Draft agreement", day(2025, 5, 1), day(2025, 5, 31));
        plan.link(study, agreement, DependencyType.FS);

        ChartScene scene = layout(WHOLE_YEAR);

        TextLabel title = GanttLayoutTest.labels(scene, study.id()).get(0);
        assertThat(title.placement()).isEqualTo(LabelPlacement.RIGHT);
        assertThat(title.x()).as("past the stub and the turn at 188").isEqualTo(180 + LinkRouter.STUB + LabelPlacer.GAP);
    }

    @Test
    void noLabelOfALinkedItemRunsIntoItsOwnLinksOnItsRowsMiddle() {
        Random random = new Random(20251126);
        for (int i = 0; i < 60; i++) {
            LocalDate start = LocalDate.of(2025, 1, 1).plusDays(random.nextInt(360));
            Milestone m = random.nextInt(3) == 0
                    ? plan.milestone(trade, "Milestone " + i,
                            day(start.getYear(), start.getMonthValue(), start.getDayOfMonth()))
                    : plan.activity(trade, "Activity " + i, PlanDate.day(start),
                            PlanDate.day(start.plusDays(random.nextInt(40))));
            if (random.nextBoolean()) {
                plan.link(study, m, DependencyType.values()[random.nextInt(4)]);
            }
        }

        ChartScene scene = GanttLayout.layout(plan.roadmap(), OPTIONS, new Viewport(0, 0, 730, 2000),
                new FixedWidthTextMeasurer());

        for (Link link : scene.links()) {
            List<Point> p = link.points();
            for (int k = 1; k < p.size(); k++) {
                Point s0 = p.get(k - 1);
                Point s1 = p.get(k);
                if (s0.y() != s1.y()) {
                    continue;
                }
                for (TextLabel l : scene.labels()) {
                    if (l.y() == s0.y() && l.placement() != LabelPlacement.INSIDE) {
                        double lo = Math.min(s0.x(), s1.x());
                        double hi = Math.max(s0.x(), s1.x());
                        assertThat(l.right() <= lo || l.x() >= hi).as("%s against %s", l.text(), p).isTrue();
                    }
                }
            }
        }
    }

    @Test
    void everyLinkOfEveryTypeTurnsOnlyAtRightAngles() {
        Random random = new Random(26112024);
        for (int i = 0; i < 60; i++) {
            LocalDate start = LocalDate.of(2025, 1, 1).plusDays(random.nextInt(300));
            Milestone m = random.nextInt(4) == 0
                    ? plan.milestone(trade, "M" + i, day(start.getYear(), start.getMonthValue(), start.getDayOfMonth()))
                    : plan.activity(trade, "A" + i, PlanDate.day(start),
                            PlanDate.day(start.plusDays(random.nextInt(60))));
            Milestone other = random.nextBoolean() ? study : m;
            if (other != m) {
                plan.link(random.nextBoolean() ? other : m, random.nextBoolean() ? m : other,
                        DependencyType.values()[random.nextInt(4)]);
            }
        }

        ChartScene scene = GanttLayout.layout(plan.roadmap(), OPTIONS, new Viewport(0, 0, 730, 2000),
                new FixedWidthTextMeasurer());

        assertThat(scene.links()).isNotEmpty();
        for (Link link : scene.links()) {
            List<Point> p = link.points();
            for (int k = 1; k < p.size(); k++) {
                assertThat(p.get(k).x() == p.get(k - 1).x() || p.get(k).y() == p.get(k - 1).y())
                        .as("segment %d of %s", k, p).isTrue();
            }
        }
    }

    @Test
    void onlyLinksTouchingTheVisibleRowsAreRoutedThoughTheirEndsMayBeOffScreen() {
        for (int i = 0; i < 40; i++) {
            plan.activity(trade, "Filler " + i, day(2025, 7, 1), day(2025, 7, 31));
        }
        Milestone last = plan.activity(trade, "Review", day(2025, 9, 1), day(2025, 9, 30));
        Milestone filler = plan.activity(trade, "Late filler", day(2025, 10, 1), day(2025, 10, 2));
        Dependency across = plan.link(study, last, DependencyType.FS);
        plan.link(last, filler, DependencyType.FS);

        ChartScene middle = layout(new Viewport(0, 20 * 24, 730, 5 * 24));

        assertThat(middle.links()).extracting(Link::dependencyId).containsExactly(across.id());
        assertThat(middle.links().get(0).points().get(0).y()).isLessThan(middle.viewport().y());
        assertThat(layout(WHOLE_YEAR.movedTo(0, 0)).links()).hasSize(1);
        assertThat(GanttLayout.layout(plan.roadmap(), OPTIONS.withShowLinks(false), WHOLE_YEAR,
                new FixedWidthTextMeasurer()).links()).isEmpty();
    }

    private ChartScene layout(Viewport viewport) {
        return GanttLayout.layout(plan.roadmap(), OPTIONS, viewport, new FixedWidthTextMeasurer());
    }

    private static Link onlyLink(ChartScene scene) {
        assertThat(scene.links()).hasSize(1);
        return scene.links().get(0);
    }
}
