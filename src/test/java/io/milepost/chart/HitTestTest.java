package io.milepost.chart;

import static io.milepost.chart.Plan.day;
import static org.assertj.core.api.Assertions.assertThat;

import io.milepost.model.Dependency;
import io.milepost.model.DependencyType;
import io.milepost.model.Milestone;
import io.milepost.model.PlanDate;
import io.milepost.model.Sector;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Pointing at the chart of {@link GanttLayoutTest} (2025 at 2 px a day, 24 px rows) drawn with its 40 px header at
 * the top of the canvas: a content point (x, y) is at view (x, y + 40).
 * Row 0: the Trade header. Row 1: the study, 118–180, 30–42, half done. Row 2: the signing diamond at 279.
 * Row 3: a June meeting, circle at 332 over a window 302–362. Row 4: an ongoing dialogue from 546 to the edge.
 */
class HitTestTest {

    private static final ChartOptions OPTIONS = ChartOptions.defaults()
            .withRange(new DateRange(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31))).withPxPerDay(2);

    private final Plan plan = Plan.pakistanBelarus();
    private final Sector trade = plan.sector("Trade", "#1565c0");
    private final Milestone study = plan.activity(trade, "Feasibility study", day(2025, 3, 1), day(2025, 3, 31),
            b -> b.percentComplete(50));
    private final Milestone signing = plan.milestone(trade, "Agreement signed", day(2025, 5, 20));
    private final Milestone meeting = plan.meeting(trade, "Working group", PlanDate.month(2025, 6), null);
    private final Milestone dialogue = plan.activity(trade, "Dialogue", day(2025, 10, 1), null, b -> b.ongoing(true));
    private final Dependency studyThenSigning = plan.link(study, signing, DependencyType.FS);
    private final ChartScene scene = GanttLayout.layout(plan.roadmap(), OPTIONS, new Viewport(0, 0, 730, 480),
            new FixedWidthTextMeasurer());

    @Test
    void pointingIntoABarFindsItsBody() {
        assertThat(at(130, 36)).hasValue(new Hit(HitKind.BAR_BODY, study.id(), null, null, 1));
    }

    @Test
    void pointingNearABarsEndsFindsTheEdgesToResizeBy() {
        assertThat(kindAt(116, 36)).isEqualTo(HitKind.BAR_START_EDGE);
        assertThat(kindAt(121, 36)).isEqualTo(HitKind.BAR_START_EDGE);
        assertThat(kindAt(178, 36)).isEqualTo(HitKind.BAR_END_EDGE);
        assertThat(kindAt(183.5, 36)).isEqualTo(HitKind.BAR_END_EDGE);
        assertThat(at(185, 31)).as("past the edge, clear of the link leaving it").isEmpty();
    }

    @Test
    void pointingAtTheBottomOfTheBarWhereTheDonePartEndsFindsThePercentHandle() {
        assertThat(at(149, 41)).hasValue(new Hit(HitKind.PERCENT_HANDLE, study.id(), null, null, 1));
        assertThat(kindAt(149, 32)).as("the top of the bar is still the body").isEqualTo(HitKind.BAR_BODY);
    }

    @Test
    void anOngoingBarHasNoEndToGrab() {
        assertThat(at(729, 108)).hasValue(new Hit(HitKind.BAR_BODY, dialogue.id(), null, null, 4));
    }

    @Test
    void pointingAtADiamondOrJustOffItsTipFindsTheMilestone() {
        assertThat(at(279, 60)).hasValue(new Hit(HitKind.DIAMOND, signing.id(), null, null, 2));
        assertThat(kindAt(279 + 7.2 + 1.5, 60)).isEqualTo(HitKind.DIAMOND);
    }

    @Test
    void pointingAtAMeetingsCircleOrItsWindowFindsTheMeeting() {
        assertThat(at(332, 84)).hasValue(new Hit(HitKind.MEETING, meeting.id(), null, null, 3));
        assertThat(at(305, 84)).hasValue(new Hit(HitKind.MEETING, meeting.id(), null, null, 3));
    }

    @Test
    void pointingAtALinksPathFindsTheDependency() {
        Optional<Hit> hit = at(189, 48);

        assertThat(hit).map(Hit::kind).hasValue(HitKind.LINK);
        assertThat(hit).map(Hit::dependencyId).hasValue(studyThenSigning.id());
    }

    @Test
    void pointingAnywhereAlongAGroupsRowFindsTheGroup() {
        assertThat(at(600, 12)).hasValue(new Hit(HitKind.GROUP_HEADER, null, null, RowGroup.sectorKey(trade.id()), 0));
    }

    @Test
    void theHeaderAndEmptyRowSpaceFindNothing() {
        assertThat(scene.hitTest(130, 10)).as("in the time header").isEmpty();
        assertThat(at(600, 36)).isEmpty();
        assertThat(at(100, 24 * 30)).as("below the last row").isEmpty();
    }

    @Test
    void aScrolledPrintedTileConvertsItsViewPointsBackToTheContent() {
        ChartScene tile = GanttLayout.layout(plan.roadmap(), OPTIONS.withLabelColumnWidth(150),
                new Viewport(100, 0, 300, 200), new FixedWidthTextMeasurer());

        assertThat(tile.bodyOffsetX()).isEqualTo(50);
        assertThat(tile.hitTest(130 + 50, 36 + 40)).map(Hit::kind).hasValue(HitKind.BAR_BODY);
        assertThat(tile.hitTest(20, 12 + 40)).map(Hit::kind).hasValue(HitKind.GROUP_HEADER);
        assertThat(tile.hitTest(20, 36 + 40)).as("an item's printed label").isEmpty();
    }

    private Optional<Hit> at(double contentX, double contentY) {
        return scene.hitTest(contentX, contentY + 40);
    }

    private HitKind kindAt(double contentX, double contentY) {
        return at(contentX, contentY).map(Hit::kind).orElse(null);
    }
}
