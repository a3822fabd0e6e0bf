package io.milepost.app.print;

import static org.assertj.core.api.Assertions.assertThat;

import io.milepost.app.SampleRoadmap;
import io.milepost.chart.ChartScene;
import io.milepost.chart.FixedWidthTextMeasurer;
import io.milepost.chart.GanttLayout;
import io.milepost.chart.HeaderCell;
import io.milepost.chart.PrintedPage;
import io.milepost.chart.TierUnit;
import io.milepost.model.Roadmap;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A planner whose weeks begin on Sunday prints a month: the paper's week header begins on Sundays as the window's. */
class PrintedWeeksTest {

    private final Roadmap sample = SampleRoadmap.load();

    @Test
    void aMonthPrintedWithSundayWeeksHasItsWeekCellsOnSundays() {
        PrintRequest request = PrintRequest.defaults().withRange(LocalDate.of(2025, 4, 1), LocalDate.of(2025, 4, 30))
                .withWeekStart(DayOfWeek.SUNDAY);

        ChartPrint print = ChartPrint.onPaper(sample, request, new FixedWidthTextMeasurer());

        assertThat(print.print().chartOptions().weekStart()).isEqualTo(DayOfWeek.SUNDAY);
        PrintedPage first = print.print().pages().get(0);
        ChartScene scene = GanttLayout.layout(print.rows(), print.print().chartOptions(), first.viewport(),
                new FixedWidthTextMeasurer());
        List<HeaderCell> weeks = scene.headerCells().stream().filter(c -> c.unit() == TierUnit.WEEK).toList();
        assertThat(weeks).isNotEmpty()
                .allSatisfy(c -> assertThat(c.start().getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY));
    }

    @Test
    void theCommandLinesRequestKeepsMondayWeeks() {
        assertThat(PrintRequest.defaults().weekStart()).isEqualTo(DayOfWeek.MONDAY);
    }
}
