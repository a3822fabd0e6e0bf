package io.milepost.app.print;

import static org.assertj.core.api.Assertions.assertThat;

import io.milepost.app.SampleRoadmap;
import io.milepost.app.exchange.ExportOptions;
import io.milepost.chart.ChartScene;
import io.milepost.chart.FixedWidthTextMeasurer;
import io.milepost.chart.GanttLayout;
import io.milepost.chart.HeaderCell;
import io.milepost.chart.PrintedPage;
import io.milepost.chart.TierUnit;
import io.milepost.chart.YearStart;
import io.milepost.model.Roadmap;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A planner in Islamabad whose window counts years from July prints the roadmap: the paper's year header names fiscal
 * years as the window's does; the command line's request, with no --year, keeps calendar years.
 */
class PrintedFiscalYearsTest {

    private static final FixedWidthTextMeasurer MEASURER = new FixedWidthTextMeasurer();

    private final Roadmap sample = SampleRoadmap.load();

    @Test
    void aRoadmapPrintedWithJulyYearsHeadsItsYearsAsFiscalYears() {
        PrintRequest request = PrintRequest.defaults().withYearStart(YearStart.JULY);

        ChartPrint print = ChartPrint.onPaper(sample, request, MEASURER);

        assertThat(print.print().chartOptions().yearStart()).isEqualTo(YearStart.JULY);
        List<HeaderCell> years = yearCells(print, print.print().pages().get(0));
        assertThat(years).isNotEmpty()
                .allSatisfy(c -> assertThat(c.start().getMonthValue()).isEqualTo(7));
        assertThat(years).extracting(HeaderCell::label).contains("FY 2025-26");
    }

    @Test
    void theWholeChartPictureOfSvgAndPngKeepsTheFiscalYears() {
        PrintRequest request = PrintRequest.defaults().withYearStart(YearStart.JULY);

        ChartPrint picture = ChartPrint.wholeChart(sample, request, MEASURER);

        assertThat(yearCells(picture, picture.print().pages().get(0))).extracting(HeaderCell::label)
                .contains("FY 2024-25", "FY 2025-26", "FY 2026-27");
    }

    @Test
    void theHtmlReportsChartCountsTheYearsTheWindowCounts() throws Exception {
        PrintedChart windows = new PrintedChart(() -> new PrintCalendar(DayOfWeek.MONDAY, YearStart.JULY));

        String fiscal = windows.svg(sample, ExportOptions.now()).orElseThrow();
        String calendar = new PrintedChart().svg(sample, ExportOptions.now()).orElseThrow();

        assertThat(fiscal).contains("FY 2025-26");
        assertThat(calendar).doesNotContain("FY 2025-26").contains(">2025<");
    }

    @Test
    void aWeekStartChosenAfterTheYearStartKeepsIt() {
        PrintRequest request = PrintRequest.defaults().withYearStart(YearStart.JULY)
                .withWeekStart(DayOfWeek.SUNDAY).withRange(LocalDate.of(2025, 6, 1), null);

        assertThat(request.calendar()).isEqualTo(new PrintCalendar(DayOfWeek.SUNDAY, YearStart.JULY));
    }

    @Test
    void theCommandLinesRequestPrintsCalendarYears() {
        ChartPrint print = ChartPrint.onPaper(sample, PrintRequest.defaults(), MEASURER);

        assertThat(PrintRequest.defaults().yearStart()).isEqualTo(YearStart.CALENDAR);
        assertThat(yearCells(print, print.print().pages().get(0))).extracting(HeaderCell::label)
                .contains("2025").noneMatch(label -> label.startsWith("FY"));
    }

    private static List<HeaderCell> yearCells(ChartPrint print, PrintedPage page) {
        ChartScene scene = GanttLayout.layout(print.rows(), print.print().chartOptions(), page.viewport(), MEASURER);
        return scene.headerCells().stream().filter(c -> c.unit() == TierUnit.YEAR).toList();
    }
}
