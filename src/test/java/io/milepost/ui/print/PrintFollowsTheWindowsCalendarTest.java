package io.milepost.ui.print;

import static org.assertj.core.api.Assertions.assertThat;

import io.milepost.app.SampleRoadmap;
import io.milepost.app.print.ChartPrint;
import io.milepost.app.print.PrintRequest;
import io.milepost.chart.ChartOptions;
import io.milepost.chart.FixedWidthTextMeasurer;
import io.milepost.chart.YearStart;
import io.milepost.model.Roadmap;
import java.nio.file.Path;
import java.time.DayOfWeek;
import javafx.beans.binding.Bindings;
import org.junit.jupiter.api.Test;

/**
 * A planner in Islamabad chose July years and Sunday weeks in Preferences, so the window's chart shows them; File →
 * Print and every chart export from the window ask for the same calendar.
 */
class PrintFollowsTheWindowsCalendarTest {

    private final Roadmap sample = SampleRoadmap.load();

    @Test
    void theWindowsPrintRequestCarriesItsYearStartAndWeekStart() {
        ChartOptions window = ChartOptions.defaults().withYearStart(YearStart.JULY).withWeekStart(DayOfWeek.SUNDAY);
        PrintMenu menu = new PrintMenu(() -> null, () -> sample, () -> window, () -> Path.of("roadmap.milepost"),
                Bindings.createBooleanBinding(() -> false), said -> { });

        PrintRequest request = menu.windowRequest();

        assertThat(request.yearStart()).isEqualTo(YearStart.JULY);
        assertThat(request.weekStart()).isEqualTo(DayOfWeek.SUNDAY);
        ChartPrint print = ChartPrint.onPaper(sample, request, new FixedWidthTextMeasurer());
        assertThat(print.print().chartOptions().yearStart()).isEqualTo(YearStart.JULY);
    }
}
