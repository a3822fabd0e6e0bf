package io.milepost.chart;

import static io.milepost.chart.Plan.day;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import io.milepost.model.DependencyType;
import io.milepost.model.Milestone;
import io.milepost.model.Sector;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Printing 2025–2027 (1,095 days) with 100 rows of 24 px under a 40 px time header and a 150 px label column, text
 * measured 7 × 14: each sheet has a 34 pt header and a 20 pt footer inside half-inch margins, and the first a
 * legend of ten lines (in one column on A4 portrait: 180 pt and a gap).
 */
class PrintPlanTest {

    private static final DateRange PERIOD = new DateRange(LocalDate.of(2025, 1, 1), LocalDate.of(2027, 12, 31));
    private static final ChartOptions PRINT = ChartOptions.defaults().withRange(PERIOD).withPxPerDay(2)
            .withLabelColumnWidth(150);
    private static final PageTexts TEXTS = new PageTexts("Roadmap for Comprehensive Cooperation",
            "Pakistan – Belarus", "Jan 2025 – Dec 2027", "", "2 December 2026", "roadmap.milepost", Locale.ENGLISH);
    private static final TextMeasurer MEASURER = new FixedWidthTextMeasurer();

    private final Plan plan = Plan.pakistanBelarus();
    private final Sector trade = plan.sector("Trade", "#1565c0");

    private ChartRows rows(int items) {
        for (int i = 0; i < items; i++) {
            plan.activity(trade, "Item " + i, day(2025, 3, 1), day(2026, 3, 31));
        }
        return ChartRows.build(plan.roadmap(), PRINT);
    }

    private static PrintLayout plan(ChartRows rows, Paper paper, boolean landscape, PrintMode mode) {
        return Pagination.plan(rows, PRINT, PageSetup.of(paper, landscape, mode), TEXTS, MEASURER);
    }

    @Test
    void fitToWidthPutsTheWholeRangeAcrossA4AndContinuesTheRowsOnFollowingPages() {
        PrintLayout print = plan(rows(99), Paper.A4, false, PrintMode.FIT_WIDTH);

        assertThat(print.scale()).isEqualTo(1);
        assertThat(print.columns()).isEqualTo(1);
        // 523.28 pt wide less the 150 pt label column, over 1,095 days
        assertThat(print.chartOptions().pxPerDay()).isCloseTo(373.28 / 1095, within(1e-9));
        // 715.89 pt for the chart: 19 rows under the legend on the first page, 26 on the others, whose chart has a
        // 14 pt strip above and below for the sheets links go on to
        assertThat(print.pages()).extracting(p -> p.viewport().y() / 24, p -> p.viewport().height() / 24)
                .containsExactly(tuple(0.0, 19.0),
                        tuple(19.0, 26.0),
                        tuple(45.0, 26.0),
                        tuple(71.0, 26.0),
                        tuple(97.0, 3.0));
        assertThat(print.warning()).isEmpty();
    }

    @Test
    void aSmallRoadmapFitsOnePageScaledDownButNotBelowReadable() {
        PrintLayout print = plan(rows(14), Paper.A4, true, PrintMode.FIT_PAGE);

        // A4 landscape: 523.28 pt high, less 54 for header and footer and 114 for the legend (two columns of six),
        // over 40 + 15 × 24
        assertThat(print.pageCount()).isEqualTo(1);
        assertThat(print.scale()).isCloseTo((523.28 - 54 - 114) / 400, within(1e-9));
        assertThat(print.scale()).isGreaterThanOrEqualTo(PageSetup.MIN_SCALE);
        PrintedPage page = print.pages().get(0);
        assertThat(page.chartWidth(print.chartOptions())).as("the whole range across the sheet")
                .isCloseTo(841.89 - 72, within(1e-6));
        assertThat(page.chartY() + page.chartHeight(print.chartOptions())).as("clear of the legend")
                .isLessThanOrEqualTo(page.legend().lines().get(0).textY());
        assertThat(print.warning()).isEmpty();
    }

    @Test
    void aChartTooTallForOnePageIsPrintedAtTheSmallestReadableScaleAndTheWarningSuggestsTiling() {
        PrintLayout print = plan(rows(99), Paper.A4, true, PrintMode.FIT_PAGE);

        assertThat(print.scale()).isEqualTo(PageSetup.MIN_SCALE);
        assertThat(print.pageCount()).isGreaterThan(1);
        assertThat(print.warning()).hasValueSatisfying(w -> assertThat(w).contains("too small").contains("tiled"));
    }

    @Test
    void aTiledA3PosterIsColumnsTimesRowsOfSheetsAt100Percent() {
        PrintLayout print = plan(rows(99), Paper.A3, true, PrintMode.TILE);

        // 2,190 px of time over 890.55 pt of body (the sheet less the label column and, left and right, a 39 pt
        // strip for the sheets links go on to): 3 columns; rows 25 over the legend and a 14 pt strip, then 26
        // between a strip above and one below: 4 rows of sheets
        double body = 1190.55 - 72 - 2 * 39 - 150;
        assertThat(print.scale()).isEqualTo(1);
        assertThat(print.columns()).isEqualTo(3);
        assertThat(print.rows()).isEqualTo(4);
        assertThat(print.pageCount()).isEqualTo(12);
        assertThat(print.pages()).extracting(PrintedPage::column, PrintedPage::row).startsWith(
                tuple(0, 0), tuple(1, 0),
                tuple(2, 0), tuple(0, 1));
        assertThat(print.pages().get(1).viewport().x()).isCloseTo(body, within(1e-9));
        assertThat(print.pages().get(2).viewport().width()).as("the last column holds what is left")
                .isCloseTo(2190 - 2 * body, within(1e-9));
        assertThat(print.pages()).extracting(p -> p.viewport().height() / 24).startsWith(25.0, 25.0, 25.0, 26.0);
    }

    @Test
    void everySheetSaysWhatItIsAndOnlyTheFirstCarriesTheLegend() {
        PrintLayout print = plan(rows(99), Paper.A3, true, PrintMode.TILE);

        PrintedPage second = print.pages().get(1);
        assertThat(second.texts()).extracting(PageText::text).containsExactly(
                "Roadmap for Comprehensive Cooperation", "Pakistan – Belarus · Jan 2025 – Dec 2027",
                "Page 2 / 12 · row 1, column 2", "Printed 2 December 2026", "roadmap.milepost");
        assertThat(print.pages()).filteredOn(p -> p.legend() != null).extracting(PrintedPage::number)
                .containsExactly(1);
    }

    @Test
    void everySheetRepeatsTheTimeHeaderAndTheRowLabelsOfItsRows() {
        ChartRows rows = rows(99);
        PrintLayout print = plan(rows, Paper.A3, true, PrintMode.TILE);

        for (PrintedPage page : List.of(print.pages().get(4), print.pages().get(11))) {
            ChartScene scene = GanttLayout.layout(rows, print.chartOptions(), page.viewport(), MEASURER);
            assertThat(scene.headerCells()).isNotEmpty();
            assertThat(scene.rowLabels()).extracting(RowLabel::row).first()
                    .isEqualTo((int) (page.viewport().y() / 24));
            assertThat(scene.labelColumnWidth()).isEqualTo(150);
        }
    }

    @Test
    void pagesAreDrawnWithTheirTextsAndTheChartScaledIntoPlace() {
        ChartRows rows = rows(14);
        PrintLayout print = plan(rows, Paper.A4, true, PrintMode.FIT_PAGE);
        RecordingSurface s = new RecordingSurface();

        PagePainter.paint(print, print.pages().get(0), rows, Theme.light(), s, MEASURER);

        assertThat(s.ops("scale")).extracting(c -> c.num(0)).containsExactly(print.scale());
        assertThat(s.ops("text")).extracting(c -> c.args().get(0)).contains("Page 1 / 1", "roadmap.milepost",
                "Item 0", "Dated to a month, quarter or year");
    }

    @Test
    void aLongRangeOnNarrowPaperIsScaledSoTheDatesStillFitAcross() {
        ChartRows rows = rows(9);
        ChartOptions eightYears = PRINT.withRange(new DateRange(LocalDate.of(2020, 1, 1), LocalDate.of(2027, 12, 31)));

        PrintLayout print = Pagination.plan(rows, eightYears, PageSetup.of(Paper.A4, false, PrintMode.FIT_WIDTH),
                TEXTS, MEASURER);

        // 2,922 days at the smallest zoom (0.2 px a day) and the 150 px labels: 734.4 px into 523.28 pt
        assertThat(print.columns()).isEqualTo(1);
        assertThat(print.scale()).isCloseTo(523.28 / (150 + 2922 * 0.2), within(1e-9));
        assertThat(print.warning()).isEmpty();
    }

    @Test
    void aLongRussianTitleWrapsOntoASecondLineAndIsPrintedWhole() {
        String russian = "Дорожная карта всеобъемлющего сотрудничества между Пакистаном и Беларусью на 2025–2027 годы";
        PageTexts texts = new PageTexts(russian, "Pakistan – Belarus", "", "", "", "", Locale.forLanguageTag("ru"));

        PrintLayout print = Pagination.plan(rows(9), PRINT, PageSetup.of(Paper.A4, false, PrintMode.FIT_WIDTH),
                texts, MEASURER);

        // 90 letters of 7 pt are 630 pt; A4 portrait has 523.28 between the margins
        PrintedPage page = print.pages().get(0);
        List<PageText> title = titleLines(page);
        assertThat(title).extracting(PageText::text).containsExactly(
                "Дорожная карта всеобъемлющего сотрудничества между Пакистаном и Беларусью",
                "на 2025–2027 годы");
        assertThat(title).allSatisfy(t -> assertThat(MEASURER.width(t.text(), FontRole.PAGE_TITLE))
                .isLessThanOrEqualTo(595.28 - 72));
        PageText subtitle = page.texts().get(2);
        assertThat(subtitle.text()).isEqualTo("Pakistan – Belarus");
        assertThat(subtitle.y() - title.get(1).y()).as("under the second line").isGreaterThanOrEqualTo(14);
        assertThat(page.chartY()).as("the chart starts under the taller header")
                .isGreaterThanOrEqualTo(36 + 2 * 14 + 14);
    }

    @Test
    void aTitleTooLongEvenForThreeLinesIsShortenedOnTheThirdNotCut() {
        PageTexts longTitle = new PageTexts("Roadmap ".repeat(40), "", "", "", "", "", Locale.ENGLISH);

        PrintLayout print = Pagination.plan(rows(9), PRINT, PageSetup.of(Paper.A4, false, PrintMode.FIT_WIDTH),
                longTitle, MEASURER);

        List<PageText> title = titleLines(print.pages().get(0));
        assertThat(title).hasSize(PageHeader.TITLE_LINES);
        assertThat(title.get(0).text()).isEqualTo("Roadmap ".repeat(9).strip());
        assertThat(title.get(2).text()).endsWith("…");
        assertThat(title).allSatisfy(t -> assertThat(MEASURER.width(t.text(), FontRole.PAGE_TITLE))
                .isLessThanOrEqualTo(595.28 - 72));
    }

    private static List<PageText> titleLines(PrintedPage page) {
        return page.texts().stream().filter(t -> t.role() == FontRole.PAGE_TITLE).toList();
    }

    @Test
    void onAPosterATitleThatWouldRunPastItsSheetsEdgeIsShortenedWithAnEllipsisOnTheSheet() {
        Milestone signing = plan.milestone(trade,
                "Signing of the memorandum on cooperation in environmental protection", day(2025, 5, 31));
        ChartRows rows = rows(3);
        // A4 portrait at 2 px a day: the first sheet shows 373 px of time, the diamond stands at 300 px
        PrintLayout print = plan(rows, Paper.A4, false, PrintMode.TILE);

        PrintedPage first = print.pages().get(0);
        ChartScene scene = GanttLayout.layout(rows, print.chartOptions(), first.viewport(), MEASURER);
        TextLabel title = scene.labels().stream().filter(l -> signing.id().equals(l.itemId())).findFirst()
                .orElseThrow();

        assertThat(title.text()).startsWith("Signing of the").endsWith("…");
        assertThat(title.x()).isGreaterThanOrEqualTo(first.viewport().x());
        assertThat(title.right()).as("on the sheet, not cut by its edge").isLessThanOrEqualTo(
                first.viewport().right());
    }

    @Test
    void aLinkLeavingASheetSaysOnWhichSheetItContinues() {
        Milestone study = plan.activity(trade, "Feasibility study", day(2025, 1, 6), day(2025, 2, 28));
        Milestone signing = plan.milestone(trade, "Agreement signed", day(2027, 6, 1));
        plan.link(study, signing, DependencyType.FS);
        ChartRows rows = rows(99);
        PrintLayout print = plan(rows, Paper.A3, true, PrintMode.TILE);
        PrintedPage first = print.pages().get(0);

        ChartScene scene = GanttLayout.layout(rows, print.chartOptions(), first.viewport(), MEASURER);
        List<PageText> exits = LinkExits.of(scene, print, first, MEASURER);

        assertThat(exits).extracting(PageText::text).containsExactly("→ 2");
        assertThat(exits.get(0).x()).as("just right of the chart, in the strip kept for it").isCloseTo(
                first.chartX() + first.chartWidth(print.chartOptions()) + 2, within(1e-6));
        RecordingSurface s = new RecordingSurface();
        PagePainter.paint(print, first, rows, Theme.light(), s, MEASURER);
        assertThat(s.ops("text")).extracting(c -> c.args().get(0)).contains("→ 2");
    }

    @Test
    void whereSeveralLinksCrossAPageBreakTogetherTheirSheetNumbersStandApartOutsideTheChartOnEverySheetTheyCross() {
        List<Milestone> studies = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            studies.add(plan.activity(trade, "Study " + i, day(2025, 1, 6), day(2025, 2, 28)));
        }
        for (int i = 0; i < 4; i++) {
            for (int filler = 0; filler < 15; filler++) {
                plan.activity(trade, "Item " + i + "." + filler, day(2025, 3, 1), day(2026, 3, 31));
            }
            plan.link(studies.get(i), plan.milestone(trade, "Signed " + i, day(2026, 6, 1)), DependencyType.FS);
        }
        ChartRows rows = ChartRows.build(plan.roadmap(), PRINT);
        PrintLayout print = plan(rows, Paper.A4, false, PrintMode.FIT_WIDTH);

        List<PageText> firstExits = exits(print, rows, print.pages().get(0));
        assertThat(firstExits).extracting(PageText::text).contains("↓ 2", "↓ 3");
        assertThat(exits(print, rows, print.pages().get(1))).as("the links on to sheet 3 pass through sheet 2")
                .extracting(PageText::text).contains("↑ 1", "↓ 3");
        for (PrintedPage page : print.pages()) {
            List<PageText> exits = exits(print, rows, page);
            double[] chart = {page.chartX(), page.chartY() + print.chartOptions().headerHeight() * page.scale(),
                    page.chartX() + page.chartWidth(print.chartOptions()),
                    page.chartY() + page.chartHeight(print.chartOptions())};
            for (int i = 0; i < exits.size(); i++) {
                double[] box = box(exits.get(i));
                assertThat(overlap(box, chart)).as("%s on page %d covers the chart", exits.get(i).text(),
                        page.number()).isFalse();
                assertThat(box[0] >= 36 && box[2] <= 595.28 - 36).as("inside the margins").isTrue();
                for (int j = 0; j < i; j++) {
                    assertThat(overlap(box, box(exits.get(j)))).as("%s and %s on page %d",
                            exits.get(i).text(), exits.get(j).text(), page.number()).isFalse();
                }
            }
        }
    }

    private static List<PageText> exits(PrintLayout print, ChartRows rows, PrintedPage page) {
        return LinkExits.of(GanttLayout.layout(rows, print.chartOptions(), page.viewport(), MEASURER), print, page,
                MEASURER);
    }

    /** Where a page's text is inked: x0, y0, x1, y1. */
    private static double[] box(PageText t) {
        return InkedBoxes.of(t, MEASURER);
    }

    private static boolean overlap(double[] a, double[] b) {
        double e = 1e-6;
        return a[0] < b[2] - e && b[0] < a[2] - e && a[1] < b[3] - e && b[1] < a[3] - e;
    }

    @Test
    void paperIsNamedInAnyCaseAndTurnsForLandscape() {
        assertThat(Paper.parse("a3")).isEqualTo(Paper.A3);
        assertThat(Paper.parse("Tabloid").width()).isEqualTo(792);
        PageSetup setup = PageSetup.of(Paper.LETTER, true, PrintMode.TILE);
        assertThat(setup.width()).isEqualTo(792);
        assertThat(setup.height()).isEqualTo(612);
    }
}
