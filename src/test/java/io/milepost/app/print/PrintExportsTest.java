package io.milepost.app.print;

import static org.assertj.core.api.Assertions.assertThat;

import io.milepost.app.SampleRoadmap;
import io.milepost.app.exchange.ExportOptions;
import io.milepost.app.exchange.Exporter;
import io.milepost.chart.ColorBy;
import io.milepost.chart.PrintMode;
import io.milepost.chart.Theme;
import io.milepost.model.Roadmap;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The print formats as the command line and the window find them: by name. */
class PrintExportsTest {

    @Test
    void everyPrintFormatIsFoundByItsNameAndShowsItsDefaultView() {
        Map<String, Exporter> formats = new PrintExports(PrintRequest.defaults(), Theme.light(), p -> { }).byFormat();

        assertThat(formats.keySet()).containsExactly("pdf", "svg", "png", "docx", "xlsx");
        assertThat(formats.values()).allSatisfy(e -> assertThat(e.extension()).isEqualTo(e.format()));
        assertThat(PrintExports.defaultView("xlsx")).isEqualTo(PrintRequest.View.MATRIX);
        assertThat(PrintExports.defaultView("png")).isEqualTo(PrintRequest.View.CHART);
        assertThat(PrintExports.supports("docx", PrintRequest.View.CHART)).isFalse();
        assertThat(PrintExports.supports("pdf", PrintRequest.View.MATRIX)).isTrue();
    }

    @Test
    void anEmptyRoadmapStillMakesEveryFile() throws Exception {
        Roadmap empty = Roadmap.empty(SampleRoadmap.load().info());

        for (PrintRequest.View view : PrintRequest.View.values()) {
            PrintRequest request = PrintRequest.defaults().withView(view).withMode(PrintMode.FIT_PAGE);
            for (var e : new PrintExports(request, Theme.light(), p -> { }).byFormat().entrySet()) {
                if (PrintExports.supports(e.getKey(), view)) {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    e.getValue().write(empty, ExportOptions.now(), out);
                    assertThat(out.size()).as(e.getKey() + " " + view).isPositive();
                }
            }
        }
    }

    @Test
    void aPdfOfThePosterReportsEachPageAsItIsDrawn() throws Exception {
        List<Integer> pages = new ArrayList<>();
        PrintRequest poster = PrintRequest.defaults().withMode(PrintMode.TILE).withColorBy(ColorBy.SECTOR);

        new PrintExports(poster, Theme.light(), pages::add).byFormat().get("pdf")
                .write(SampleRoadmap.load(), ExportOptions.now(), new ByteArrayOutputStream());

        assertThat(pages).isNotEmpty().isSorted().startsWith(1);
        assertThat(pages.get(pages.size() - 1)).isEqualTo(pages.size());
    }
}
