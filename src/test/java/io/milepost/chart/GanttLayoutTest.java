package io.milepost.chart;

import static io.milepost.chart.Plan.day;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.milepost.model.Milestone;
import io.milepost.model.MilestoneStatus;
import io.milepost.model.PlanDate;
import io.milepost.model.Sector;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The scene in numbers. The chart spans 2025 at 2 px a day (months zoom), rows are 24 px, so a date's x is twice its
 * day of the year counted from 0: 1 Mar is 118, 1 Apr 180, 1 Jul 362, and the chart is 730 px wide.
 */
class GanttLayoutTest {

    private static final DateRange YEAR_2025 = new DateRange(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));
    private static final ChartOptions OPTIONS = ChartOptions.defaults().withRange(YEAR_2025).withPxPerDay(2);
    private static final TextMeasurer MEASURER = new FixedWidthTextMeasurer(7, 14);

    private final Plan plan = Plan.pakistanBelarus();
    private final Sector trade = plan.sector("Trade", "#1565c0");
    private final Sector environment = plan.sector("Environment", "#2e7d32");

    @Test
    void anActivityThroughMarchIsDrawnAcrossMarch() {
        Milestone study = plan.activity(trade, "Feasibility study", day(2025, 3, 1), day(2025, 3, 31));

        Bar bar = bar(layout(OPTIONS), study.id());

        assertThat(bar.x()).isEqualTo(118);
        assertThat(bar.width()).isEqualTo(62);
        assertThat(bar.y()).isEqualTo(24 + 6);
        assertThat(bar.height()).isEqualTo(12);
        assertThat(bar.styleKey()).isEqualTo("bar.status.PLANNED");
        assertThat(bar.color()).isNull();
        assertThat(bar.fuzzyStart() || bar.fuzzyEnd() || bar.openEnd()).isFalse();
    }

    @Test
    void anActivityHalfDoneShowsHalfItsLengthAsDone() {
        Milestone study = plan.activity(trade, "Feasibility study", day(2025, 3, 1), day(2025, 3, 31),
                b -> b.percentComplete(50).status(MilestoneStatus.IN_PROGRESS));

        Bar bar = bar(layout(OPTIONS), study.id());

        assertThat(bar.progressWidth()).isEqualTo(31);
        assertThat(bar.styleKey()).isEqualTo("bar.status.IN_PROGRESS");
    }

    @Test
    void aMilestoneIsADiamondCentredOnItsDay() {
        Milestone mou = plan.milestone(trade, "MoU signed", day(2025, 5, 20));

        ChartScene scene = layout(OPTIONS);
        Marker diamond = marker(scene, mou.id());

        assertThat(diamond.shape()).isEqualTo(MarkerShape.DIAMOND);
        assertThat(diamond.cx()).isEqualTo(2 * 139 + 1);
        assertThat(diamond.cy()).isEqualTo(24 + 12);
        assertThat(diamond.half()).isEqualTo(24 * 0.3);
        assertThat(scene.bars()).isEmpty();
    }

    @Test
    void aThreeDayMeetingIsACircleOverAWindowOfItsDays() {
        Milestone session = plan.meeting(trade, "Joint commission, 9th session", day(2025, 2, 10), day(2025, 2, 12));

        ChartScene scene = layout(OPTIONS);
        Marker circle = marker(scene, session.id());
        Bar window = bar(scene, session.id());

        assertThat(circle.shape()).isEqualTo(MarkerShape.CIRCLE);
        assertThat(circle.cx()).isEqualTo((80 + 86) / 2.0);
        assertThat(window.kind()).isEqualTo(BarKind.WINDOW);
        assertThat(window.x()).isEqualTo(80);
        assertThat(window.width()).isEqualTo(6);
    }

    @Test
    void anActivityDatedQ3RunsAcrossTheQuarterWithSoftEndsAndSaysQ3AsWritten() {
        Milestone halal = plan.activity(trade, "Halal standards", PlanDate.quarter(2025, 3), null);

        ChartScene scene = layout(OPTIONS);
        Bar bar = bar(scene, halal.id());

        assertThat(bar.x()).isEqualTo(362);
        assertThat(bar.width()).isEqualTo(2 * 92);
        assertThat(bar.fuzzyStart()).isTrue();
        assertThat(bar.fuzzyEnd()).isTrue();
        assertThat(bar.dateLabel()).isEqualTo("Q3 2025");
        TextLabel date = labels(scene, halal.id()).stream().filter(l -> l.styleKey().equals("label.date"))
                .findFirst().orElseThrow();
        assertThat(date.text()).isEqualTo("Q3 2025");
        assertThat(date.x()).isEqualTo(362 + (184 - 49) / 2.0);
    }

    @Test
    void aMilestoneDueInAQuarterSitsMidQuarterOnASoftWindowAndItsLabelSaysTheQuarter() {
        Milestone audit = plan.milestone(trade, "Audit agreement", PlanDate.quarter(2025, 3));

        ChartScene scene = layout(OPTIONS);

        assertThat(marker(scene, audit.id()).cx()).isEqualTo(362 + 92);
        Bar window = bar(scene, audit.id());
        assertThat(window.kind()).isEqualTo(BarKind.WINDOW);
        assertThat(window.fuzzyStart() && window.fuzzyEnd()).isTrue();
        assertThat(labels(scene, audit.id())).extracting(TextLabel::text).containsExactly("Audit agreement · Q3 2025");
    }

    @Test
    void anOngoingActivityRunsOnToTheChartsRightEdgeAndItsLabelMakesWayToTheLeft() {
        Milestone dialogue = plan.activity(trade, "Trade facilitation dialogue", day(2025, 10, 1), null,
                b -> b.ongoing(true));

        ChartScene scene = layout(OPTIONS);
        Bar bar = bar(scene, dialogue.id());

        assertThat(bar.x()).isEqualTo(546);
        assertThat(bar.right()).isEqualTo(scene.contentWidth()).isEqualTo(730);
        assertThat(bar.openEnd()).isTrue();
        assertThat(bar.fuzzyEnd()).isFalse();
        TextLabel label = labels(scene, dialogue.id()).get(0);
        assertThat(label.placement()).isEqualTo(LabelPlacement.LEFT);
        assertThat(label.right()).isEqualTo(546 - LabelPlacer.GAP);
    }

    @Test
    void aLabelSitsJustRightOfItsBarOnTheRowsMiddle() {
        Milestone study = plan.activity(trade, "Feasibility study", day(2025, 3, 1), day(2025, 3, 31));

        TextLabel label = labels(layout(OPTIONS), study.id()).get(0);

        assertThat(label.text()).isEqualTo("Feasibility study");
        assertThat(label.placement()).isEqualTo(LabelPlacement.RIGHT);
        assertThat(label.x()).isEqualTo(180 + LabelPlacer.GAP);
        assertThat(label.y()).isEqualTo(24 + 12);
        assertThat(label.styleKey()).isEqualTo("label.bar");
    }

    @Test
    void aLabelWithNoRoomOutsideGoesInsideItsBarShortenedIfItMust() {
        Milestone seminar = plan.activity(trade, "Seminar", day(2025, 1, 1), day(2025, 1, 31));
        Milestone memo = plan.activity(trade, "Memorandum on vocational education", day(2025, 1, 1),
                day(2025, 1, 31));
        ChartOptions january = OPTIONS.withRange(new DateRange(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 31)));

        // A view as wide as the chart: a wider one would leave room right of the range's end.
        ChartScene scene = GanttLayout.layout(plan.roadmap(), january, new Viewport(0, 0, 62, 480), MEASURER);

        assertThat(labels(scene, seminar.id())).extracting(TextLabel::placement, TextLabel::text, TextLabel::styleKey)
                .containsExactly(tuple(LabelPlacement.INSIDE, "Seminar", "label.inside"));
        TextLabel shortened = labels(scene, memo.id()).get(0);
        assertThat(shortened.text()).isEqualTo("Memoran…");
        assertThat(shortened.elided()).isTrue();
        assertThat(shortened.right()).isLessThanOrEqualTo(62 - LabelPlacer.PAD);
    }

    @Test
    void zoomedInOnALongBarItsTitleStaysOnScreenInsideTheVisiblePart() {
        // Weeks zoom, 12 px a day: the bar runs 1 Mar to 30 Sep, x 708 to 3276; the view shows x 1800 to 2400.
        Milestone study = plan.activity(trade, "Feasibility study on halal certification", day(2025, 3, 1),
                day(2025, 9, 30));
        ChartOptions weeks = OPTIONS.withPxPerDay(12);

        ChartScene scene = GanttLayout.layout(plan.roadmap(), weeks, new Viewport(1800, 0, 600, 480), MEASURER);

        Bar bar = bar(scene, study.id());
        assertThat(bar.x()).isEqualTo(708);
        assertThat(bar.right()).isEqualTo(3276);
        TextLabel title = labels(scene, study.id()).get(0);
        assertThat(title.placement()).isEqualTo(LabelPlacement.INSIDE);
        assertThat(title.x()).isEqualTo(1800 + LabelPlacer.PAD);
        assertThat(title.text()).isEqualTo("Feasibility study on halal certification");
        assertThat(title.styleKey()).isEqualTo("label.inside");

        ChartScene narrow = GanttLayout.layout(plan.roadmap(), weeks, new Viewport(1800, 0, 100, 480), MEASURER);
        TextLabel shortened = labels(narrow, study.id()).get(0);
        assertThat(shortened.x()).isEqualTo(1803);
        assertThat(shortened.elided()).isTrue();
        assertThat(shortened.right()).isLessThanOrEqualTo(1900 - LabelPlacer.PAD);
    }

    @Test
    void aPlannerWhoseWeeksBeginOnSundaySeesWeekCellsFromSundayAcrossTheChart() {
        ChartOptions sundayWeeks = OPTIONS.withZoom(Zoom.WEEKS).withWeekStart(DayOfWeek.SUNDAY);

        ChartScene scene = GanttLayout.layout(plan.roadmap(), sundayWeeks, new Viewport(0, 0, 1200, 200), MEASURER);

        assertThat(scene.timeScale().weekStart()).isEqualTo(DayOfWeek.SUNDAY);
        List<HeaderCell> weeks = scene.headerCells().stream().filter(c -> c.unit() == TierUnit.WEEK).toList();
        assertThat(weeks).hasSizeGreaterThan(5)
                .allSatisfy(c -> assertThat(c.start().getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY));
        assertThat(weeks.get(0).start()).isEqualTo(LocalDate.of(2024, 12, 29));
    }

    @Test
    void textInsideABarKeepsOffItsFadedEndsAndItsContinuesChevron() {
        // July to September only, 184 px, as wide as the view: no room beside the bars, every title goes inside.
        Milestone halal = plan.activity(trade, "Halal standards for processed meat and dairy", PlanDate.quarter(2025, 3),
                null);
        Milestone dialogue = plan.activity(trade, "Trade facilitation dialogue between chambers", day(2025, 7, 1),
                null, b -> b.ongoing(true));
        ChartOptions summer = OPTIONS.withRange(new DateRange(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 9, 30)));

        ChartScene scene = GanttLayout.layout(plan.roadmap(), summer, new Viewport(0, 0, 184, 480), MEASURER);

        TextLabel soft = labels(scene, halal.id()).get(0);
        assertThat(soft.placement()).isEqualTo(LabelPlacement.INSIDE);
        assertThat(soft.x()).isEqualTo(BarShapes.SOFT_END + LabelPlacer.PAD);
        assertThat(soft.right()).isLessThanOrEqualTo(184 - BarShapes.SOFT_END - LabelPlacer.PAD);
        TextLabel ongoing = labels(scene, dialogue.id()).get(0);
        assertThat(ongoing.x()).isEqualTo(LabelPlacer.PAD);
        assertThat(ongoing.right()).isLessThanOrEqualTo(184 - 12 * BarShapes.CHEVRON - LabelPlacer.PAD);
        assertThat(ongoing.elided()).isTrue();
    }

    @Test
    void aBaselineGhostIsDrawnOnlyForItemsThatHaveMoved() {
        Milestone onTime = plan.activity(trade, "On time", day(2025, 3, 1), day(2025, 3, 31),
                b -> b.baselineStart(LocalDate.of(2025, 3, 1)).baselineEnd(LocalDate.of(2025, 3, 31)));
        Milestone slipped = plan.activity(trade, "Slipped", day(2025, 4, 1), day(2025, 4, 30),
                b -> b.baselineStart(LocalDate.of(2025, 3, 1)).baselineEnd(LocalDate.of(2025, 3, 31)));

        ChartScene scene = layout(OPTIONS.withShowBaselines(true));

        assertThat(scene.baselines()).extracting(Baseline::id).containsExactly(slipped.id());
        Baseline ghost = scene.baselines().get(0);
        assertThat(ghost.x()).isEqualTo(118);
        assertThat(ghost.width()).isEqualTo(62);
        assertThat(ghost.y()).isEqualTo(2 * 24 + 6 + 12 + 1);
        assertThat(layout(OPTIONS).baselines()).as("baselines switched off").isEmpty();
        assertThat(onTime.hasBaseline()).isTrue();
    }

    @Test
    void colouringBySectorCarriesTheSectorsOwnColourAsData() {
        Milestone cleanAir = plan.activity(environment, "Clean air programme", day(2025, 3, 1), day(2025, 3, 31));

        ChartScene scene = layout(OPTIONS.withColorBy(ColorBy.SECTOR));
        Bar bar = bar(scene, cleanAir.id());

        assertThat(bar.styleKey()).isEqualTo("bar.sector.1");
        assertThat(bar.color()).isEqualTo("#2e7d32");
        assertThat(scene.groupHeaders().get(1).summary().color()).isEqualTo("#2e7d32");
        assertThat(layout(OPTIONS).groupHeaders().get(1).summary().color()).as("coloured by status").isNull();
    }

    @Test
    void inTheSecondLanguageItemsShowTheirSecondTitleWhereTheyHaveOne() {
        Milestone study = plan.activity(trade, "Feasibility study", day(2025, 3, 1), day(2025, 3, 31),
                b -> b.titleAlt("ТЭО"));
        Milestone plain = plan.activity(trade, "Seminar", day(2025, 3, 1), day(2025, 3, 31));

        ChartScene scene = layout(OPTIONS.withLanguage(Language.SECOND));

        assertThat(labels(scene, study.id()).get(0).text()).isEqualTo("ТЭО");
        assertThat(labels(scene, plain.id()).get(0).text()).isEqualTo("Seminar");
    }

    @Test
    void foldingASectorHidesItsRowsAndKeepsASummaryBarOverThem() {
        Milestone study = plan.activity(trade, "Feasibility study", day(2025, 3, 1), day(2025, 3, 31));
        Milestone mou = plan.milestone(trade, "MoU signed", day(2025, 5, 20));
        plan.activity(environment, "Clean air programme", day(2025, 6, 1), day(2025, 6, 30));

        ChartScene scene = layout(OPTIONS.withGroupCollapsed(RowGroup.sectorKey(trade.id()), true));

        GroupHeader tradeHeader = scene.groupHeaders().get(0);
        assertThat(tradeHeader.collapsed()).isTrue();
        assertThat(tradeHeader.itemCount()).isEqualTo(2);
        assertThat(tradeHeader.summary().x()).isEqualTo(118);
        assertThat(tradeHeader.summary().right()).isEqualTo(2 * 140);
        assertThat(tradeHeader.summary().styleKey()).isEqualTo("group.summary");
        assertThat(scene.bars()).extracting(Bar::id).doesNotContain(study.id());
        assertThat(scene.markers()).extracting(Marker::id).doesNotContain(mou.id());
        assertThat(scene.groupHeaders()).extracting(GroupHeader::label, GroupHeader::row, GroupHeader::y)
                .containsExactly(tuple("Trade", 0, 0.0), tuple("Environment", 1, 24.0));
    }

    @Test
    void theTodayLineStandsInTheMiddleOfToday() {
        ChartScene scene = layout(OPTIONS.withToday(LocalDate.of(2025, 11, 26)));

        assertThat(scene.today()).hasValueSatisfying(t -> {
            assertThat(t.x()).isEqualTo(2 * 329 + 1);
            assertThat(t.styleKey()).isEqualTo("today");
        });
        assertThat(layout(OPTIONS).today()).isEmpty();
    }

    @Test
    void weekendsAreShadedAtDaysZoomOnly() {
        ChartOptions days = OPTIONS.withRange(new DateRange(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 31)))
                .withZoom(Zoom.DAYS);

        ChartScene scene = GanttLayout.layout(plan.roadmap(), days, new Viewport(0, 0, 31 * 32, 100), MEASURER);

        assertThat(bands(scene, "weekend")).extracting(Band::x, Band::width)
                .containsExactly(tuple(3 * 32.0, 64.0), tuple(10 * 32.0, 64.0), tuple(17 * 32.0, 64.0),
                        tuple(24 * 32.0, 64.0));
        assertThat(bands(layout(OPTIONS), "weekend")).isEmpty();
    }

    @Test
    void timeOutsideTheRoadmapsPeriodIsShadedAndItsStartMarked() {
        ChartOptions winter = OPTIONS.withRange(new DateRange(LocalDate.of(2024, 12, 1), LocalDate.of(2025, 1, 31)));

        ChartScene scene = GanttLayout.layout(plan.roadmap(), winter, new Viewport(0, 0, 124, 100), MEASURER);

        assertThat(bands(scene, "period.outside")).extracting(Band::x, Band::width).containsExactly(tuple(0.0, 62.0));
        assertThat(scene.periodLines()).extracting(VerticalLine::x).containsExactly(62.0);
    }

    @Test
    void theHeaderShowsTheVisibleQuartersOverMonthsAndKeepsACutCellsLabelInView() {
        // Visible: x 100 to 400, 20 Feb to 20 Jul. Q1's label slides right to stay in view; Q3's is cut short.
        ChartScene scene = GanttLayout.layout(plan.roadmap(), OPTIONS, new Viewport(100, 0, 300, 100), MEASURER);

        List<HeaderCell> quarters = scene.headerCells().stream().filter(c -> c.tier() == 0).toList();
        List<HeaderCell> months = scene.headerCells().stream().filter(c -> c.tier() == 1).toList();
        assertThat(quarters).extracting(HeaderCell::label, HeaderCell::x, HeaderCell::textX, HeaderCell::y)
                .containsExactly(tuple("Q1 2025", 0.0, 104.0, 0.0), tuple("Q2 2025", 180.0, 184.0, 0.0),
                        tuple("Q3…", 362.0, 366.0, 0.0));
        assertThat(months).extracting(HeaderCell::start).extracting(LocalDate::getMonthValue)
                .containsExactly(2, 3, 4, 5, 6, 7);
        assertThat(months.get(1)).extracting(HeaderCell::label, HeaderCell::y, HeaderCell::height)
                .containsExactly("Mar", 20.0, 20.0);
    }

    @Test
    void quartersTooNarrowForTheirRussianNameAreNumberedInRomanNumeralsAloneNotCutShort() {
        // A year across 300 px, as on A4 upright: each quarter is 74 px, room for 66 px of text, "III кв." is 49
        // at 7 px a letter. At 100 px a year the 25 px cells hold 17 px: "IV" is 14, "III" is 21 and is left out
        // rather than cut to a misleading "II…".
        ChartOptions russian = OPTIONS.withLocale(Locale.forLanguageTag("ru")).withPxPerDay(300 / 365.0);
        ChartOptions narrower = russian.withPxPerDay(100 / 365.0);

        List<String> roomy = minorLabels(GanttLayout.layout(plan.roadmap(), russian,
                new Viewport(0, 0, 300, 100), MEASURER));
        List<String> narrow = minorLabels(GanttLayout.layout(plan.roadmap(), narrower,
                new Viewport(0, 0, 100, 100), MEASURER));

        assertThat(roomy).containsExactly("I кв.", "II кв.", "III кв.", "IV кв.");
        assertThat(narrow).containsExactly("I", "II", "", "IV");
    }

    private static List<String> minorLabels(ChartScene scene) {
        return scene.headerCells().stream().filter(c -> c.tier() == 1).map(HeaderCell::label).toList();
    }

    @Test
    void gridLinesFollowTheHeadersBoundariesWithoutDrawingAQuarterTwice() {
        ChartScene scene = GanttLayout.layout(plan.roadmap(), OPTIONS, new Viewport(100, 50, 300, 100), MEASURER);

        assertThat(scene.gridLines()).extracting(VerticalLine::x, VerticalLine::styleKey).containsExactlyInAnyOrder(
                tuple(118.0, "grid.minor"), tuple(240.0, "grid.minor"), tuple(302.0, "grid.minor"),
                tuple(180.0, "grid.major"), tuple(362.0, "grid.major"));
        assertThat(scene.gridLines()).allSatisfy(l -> {
            assertThat(l.y0()).isEqualTo(50);
            assertThat(l.y1()).isEqualTo(150);
        });
    }

    @Test
    void contentNarrowerThanTheViewIsDrawnOnToTheViewsRightEdgeWithNothingStoppingShort() {
        // Half a pixel a day: 2025 is 182.5 px of a 730 px view. The plan's period runs to the end of 2027 (x 547.5).
        Milestone dialogue = plan.activity(trade, "Trade facilitation dialogue", day(2025, 10, 1), null,
                b -> b.ongoing(true));
        ChartOptions far = OPTIONS.withPxPerDay(0.5);

        ChartScene scene = layout(far);

        assertThat(scene.contentWidth()).isEqualTo(182.5);
        List<HeaderCell> years = scene.headerCells().stream().filter(c -> c.tier() == 0).toList();
        assertThat(years).extracting(HeaderCell::label).startsWith("2025", "2026", "2027", "2028");
        assertThat(years.get(years.size() - 1).x() + years.get(years.size() - 1).width()).isGreaterThanOrEqualTo(730);
        assertThat(scene.headerCells().stream().filter(c -> c.tier() == 1)
                .mapToDouble(c -> c.x() + c.width()).max().orElseThrow()).isGreaterThanOrEqualTo(730);
        assertThat(scene.gridLines()).filteredOn(l -> l.styleKey().equals("grid.major")).extracting(VerticalLine::x)
                .containsExactly(0.0, 182.5, 365.0, 547.5);
        assertThat(bands(scene, "period.outside")).extracting(Band::x, Band::width)
                .containsExactly(tuple(547.5, 730 - 547.5));
        assertThat(scene.periodLines()).extracting(VerticalLine::x).containsExactly(0.0, 547.5);
        assertThat(bar(scene, dialogue.id()).right()).as("ongoing, to the view's edge").isEqualTo(730);
        assertThat(scene.groupHeaders().get(0).summary().right()).isEqualTo(730);
        assertThat(labels(scene, dialogue.id()).get(0).placement()).as("nothing to see past the view")
                .isEqualTo(LabelPlacement.INSIDE);
    }

    @Test
    void onlyTheRowsMeetingTheViewportAreLaidOut() {
        for (int i = 0; i < 30; i++) {
            plan.activity(trade, "Item " + i, day(2025, 3, 1), day(2025, 3, 31));
        }

        ChartScene scene = GanttLayout.layout(plan.roadmap(), OPTIONS, new Viewport(0, 240, 730, 120), MEASURER);

        assertThat(scene.firstRow()).isEqualTo(10);
        assertThat(scene.lastRow()).isEqualTo(14);
        assertThat(scene.bars()).extracting(Bar::row).containsExactly(10, 11, 12, 13, 14);
        assertThat(scene.rowCount()).as("two sector headers and thirty items").isEqualTo(32);
        assertThat(scene.contentHeight()).isEqualTo(32 * 24);
    }

    @Test
    void aPrintedChartHasARowLabelColumnWithItemsIndentedUnderTheirSector() {
        Milestone study = plan.activity(trade, "Feasibility study on halal certification", day(2025, 3, 1),
                day(2025, 3, 31));

        ChartScene scene = layout(OPTIONS.withLabelColumnWidth(150));

        assertThat(scene.rowLabels()).extracting(RowLabel::text, RowLabel::indent, RowLabel::styleKey, RowLabel::itemId)
                .containsExactly(tuple("Trade", 4.0, "rowlabel.group", null),
                        tuple("Feasibility study…", 16.0, "rowlabel.item", study.id()),
                        tuple("Environment", 4.0, "rowlabel.group", null));
        assertThat(scene.labelColumnTitle()).isEqualTo("Milestone");
        assertThat(layout(OPTIONS).rowLabels()).as("on screen the table shows them").isEmpty();
    }

    @Test
    void theLegendExplainsTheStatusColoursAndTheShapes() {
        ChartScene scene = layout(OPTIONS.withToday(LocalDate.of(2025, 11, 26)));

        assertThat(scene.legend()).extracting(LegendEntry::styleKey, LegendEntry::text).startsWith(
                tuple("bar.status.PLANNED", "Planned"), tuple("bar.status.IN_PROGRESS", "In progress"));
        assertThat(scene.legend()).extracting(LegendEntry::symbol).containsSubsequence(LegendSymbol.DIAMOND,
                LegendSymbol.CIRCLE, LegendSymbol.SOFT_BAR, LegendSymbol.ARROW, LegendSymbol.LINE);
        assertThat(layout(OPTIONS.withColorBy(ColorBy.SECTOR)).legend())
                .extracting(LegendEntry::styleKey, LegendEntry::color, LegendEntry::text)
                .startsWith(tuple("bar.sector.0", "#1565c0", "Trade"), tuple("bar.sector.1", "#2e7d32", "Environment"));
    }

    @Test
    void withoutARangeTheChartSpansThePeriodAndEveryItemPaddedByAMonth() {
        ChartRows rows = ChartRows.build(plan.roadmap(), ChartOptions.defaults());
        assertThat(GanttLayout.range(rows, ChartOptions.defaults()))
                .isEqualTo(new DateRange(LocalDate.of(2024, 12, 1), LocalDate.of(2028, 1, 31)));

        plan.milestone(trade, "Roadmap signed", day(2024, 11, 26));
        ChartRows withSigning = ChartRows.build(plan.roadmap(), ChartOptions.defaults());
        assertThat(GanttLayout.range(withSigning, ChartOptions.defaults()).start()).isEqualTo(LocalDate.of(2024, 10, 1));
    }

    private ChartScene layout(ChartOptions options) {
        return GanttLayout.layout(plan.roadmap(), options, new Viewport(0, 0, 730, 480), MEASURER);
    }

    static Bar bar(ChartScene scene, UUID id) {
        return scene.bars().stream().filter(b -> id.equals(b.id())).findFirst().orElseThrow();
    }

    static Marker marker(ChartScene scene, UUID id) {
        return scene.markers().stream().filter(m -> m.id().equals(id)).findFirst().orElseThrow();
    }

    static List<TextLabel> labels(ChartScene scene, UUID id) {
        return scene.labels().stream().filter(l -> id.equals(l.itemId())).toList();
    }

    static List<Band> bands(ChartScene scene, String style) {
        return scene.bands().stream().filter(b -> b.styleKey().equals(style)).toList();
    }
}
