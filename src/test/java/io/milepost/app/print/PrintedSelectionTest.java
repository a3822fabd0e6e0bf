package io.milepost.app.print;

import static org.assertj.core.api.Assertions.assertThat;

import io.milepost.app.SampleRoadmap;
import io.milepost.chart.DateRange;
import io.milepost.chart.FixedWidthTextMeasurer;
import io.milepost.chart.MilestoneFilter;
import io.milepost.chart.Theme;
import io.milepost.io.matrix.ImplementationMatrix;
import io.milepost.model.Milestone;
import io.milepost.model.MilestoneStatus;
import io.milepost.model.Roadmap;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What goes on paper: the window's filter, and the roadmap's own period unless the planner chose dates. */
class PrintedSelectionTest {

    private final Roadmap sample = SampleRoadmap.load();
    private final MilestoneFilter atRisk = MilestoneFilter.NONE
            .withStatuses(Set.of(MilestoneStatus.AT_RISK, MilestoneStatus.DELAYED));

    @Test
    void aPlannerPrintsOnlyTheAtRiskItemsAndEachPageSaysSo() {
        PrintRequest request = PrintRequest.defaults().withFilter(atRisk);

        ChartPrint print = ChartPrint.onPaper(sample, request, new FixedWidthTextMeasurer());

        long expected = sample.milestones().stream().filter(atRisk::matches).count();
        assertThat(expected).isPositive();
        long itemRows = java.util.stream.IntStream.range(0, print.rows().rowCount())
                .filter(i -> !print.rows().row(i).isGroupHeader()).count();
        assertThat(itemRows).isEqualTo(expected);
        assertThat(print.texts().filter()).isEqualTo("Status: At risk, Delayed");
        assertThat(print.texts().subtitle()).endsWith("Status: At risk, Delayed");
    }

    @Test
    void theMatrixTakesTheSameFilter() {
        PrintRequest request = PrintRequest.defaults().withView(PrintRequest.View.MATRIX).withFilter(atRisk);

        ImplementationMatrix matrix = new PrintExports(request, Theme.light(), p -> { }).matrix(sample);

        assertThat(matrix.rows()).isNotEmpty().allSatisfy(r -> assertThat(r.status())
                .isIn(MilestoneStatus.AT_RISK, MilestoneStatus.DELAYED));
        assertThat(matrix.rows()).hasSize((int) sample.milestones().stream().filter(atRisk::matches).count());
    }

    @Test
    void paperShowsTheRoadmapsPeriodUnlessDatesAreChosen() {
        ChartPrint whole = ChartPrint.onPaper(sample, PrintRequest.defaults(), new FixedWidthTextMeasurer());

        assertThat(whole.print().chartOptions().range())
                .isEqualTo(new DateRange(sample.info().periodStart(), sample.info().periodEnd()));
        assertThat(sample.milestones()).map(Milestone::firstDay)
                .anyMatch(d -> d.isBefore(sample.info().periodStart()));

        LocalDate from = LocalDate.of(2026, 1, 1);
        ChartPrint later = ChartPrint.onPaper(sample, PrintRequest.defaults().withRange(from, null),
                new FixedWidthTextMeasurer());
        assertThat(later.print().chartOptions().range().start()).isEqualTo(from);
        assertThat(later.print().chartOptions().range().end()).isEqualTo(sample.info().periodEnd());
    }

    @Test
    void aSectorsHeadingNeverEndsAPageWithoutItsFirstItem() {
        for (io.milepost.chart.Paper paper : io.milepost.chart.Paper.values()) {
            for (boolean landscape : new boolean[] {true, false}) {
                ChartPrint print = ChartPrint.onPaper(sample, PrintRequest.defaults().withPaper(paper, landscape),
                        new FixedWidthTextMeasurer());
                double rowH = print.print().chartOptions().rowHeight();
                for (var page : print.print().pages()) {
                    int first = (int) Math.round(page.viewport().y() / rowH);
                    int last = (int) Math.round((page.viewport().y() + page.viewport().height()) / rowH) - 1;
                    if (last > first && last + 1 < print.rows().rowCount()) {
                        assertThat(print.rows().row(last).isGroupHeader()).as(paper + " page " + page.number())
                                .isFalse();
                    }
                }
            }
        }
    }
}
