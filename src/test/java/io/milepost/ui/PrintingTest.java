package io.milepost.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.milepost.app.print.PrintRequest;
import io.milepost.chart.Paper;
import io.milepost.chart.PrintMode;
import io.milepost.ui.print.PrintMenu;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.concurrent.Worker;
import javafx.print.Printer;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Pagination;
import javafx.scene.input.KeyCode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/** A planner prints the roadmap: previews the real pages, changes the paper, exports a PDF in the background. */
class PrintingTest extends PlannerSession {

    @Test
    void printPreviewShowsThePagesAndTheirCountFollowsThePaperAndMode() throws Exception {
        press(KeyCode.CONTROL).type(KeyCode.P).release(KeyCode.CONTROL);
        waitUntil(() -> lookup("#print-summary").tryQuery().isPresent());
        Label summary = lookup("#print-summary").queryAs(Label.class);
        String onA3 = summary.getText();
        assertThat(onA3).contains("pages").contains("100 %");

        @SuppressWarnings("unchecked")
        ComboBox<Paper> paper = lookup("#print-paper").queryAs(ComboBox.class);
        interact(() -> paper.setValue(Paper.A4));
        @SuppressWarnings("unchecked")
        ComboBox<PrintMode> mode = lookup("#print-mode").queryAs(ComboBox.class);
        interact(() -> mode.setValue(PrintMode.TILE));

        waitUntil(() -> !summary.getText().equals(onA3));
        int pages = Integer.parseInt(summary.getText().split(" ")[0]);
        assertThat(pages).isGreaterThan(Integer.parseInt(onA3.split(" ")[0]));
        assertThat(summary.getText()).contains("sheets");
        assertThat(lookup("#print-pages").queryAs(Pagination.class).getPageCount()).isEqualTo(pages);
    }

    @Test
    void datesTypedAsTheWindowWritesThemNarrowThePrintAndAReversedRangeIsSaid() throws Exception {
        press(KeyCode.CONTROL).type(KeyCode.P).release(KeyCode.CONTROL);
        waitUntil(() -> lookup("#print-summary").tryQuery().isPresent());
        javafx.scene.control.DatePicker from = lookup("#print-from").queryAs(javafx.scene.control.DatePicker.class);
        javafx.scene.control.DatePicker to = lookup("#print-to").queryAs(javafx.scene.control.DatePicker.class);

        clickOn(from.getEditor()).write("1 Jan 2026").type(KeyCode.ENTER);
        clickOn(to.getEditor()).write("31 Dec 2026").type(KeyCode.ENTER);

        waitUntil(() -> java.time.LocalDate.of(2026, 12, 31).equals(to.getValue()));
        assertThat(from.getValue()).isEqualTo(java.time.LocalDate.of(2026, 1, 1));
        assertThat(from.getEditor().getText()).isEqualTo("1 Jan 2026");

        interact(() -> to.setValue(java.time.LocalDate.of(2025, 6, 30)));
        waitUntil(() -> lookup("#print-warning").queryAs(Label.class).getText()
                .contains("The last day (30 Jun 2025) is before the first (1 Jan 2026)"));
    }

    @Test
    void withNoPrinterTheDialogSaysSoAndOffersThePdf() throws Exception {
        press(KeyCode.CONTROL).type(KeyCode.P).release(KeyCode.CONTROL);
        waitUntil(() -> lookup("#print-no-printer").tryQuery().isPresent());

        Button print = lookup("#print-print").queryButton();
        if (Printer.getDefaultPrinter() == null) {
            assertThat(print.isDisabled()).isTrue();
            assertThat(lookup("#print-no-printer").queryAs(Label.class).getText())
                    .isEqualTo("No printer is set up — Export PDF instead.");
            assertThat(lookup("#print-export-pdf").queryButton().isDefaultButton()).isTrue();
        } else {
            assertThat(print.isDisabled()).isFalse();
        }
    }

    @Test
    void aPdfExportRunsInTheBackgroundAndLeavesTheFileWhole() throws Exception {
        List<String> said = new ArrayList<>();
        Path pdf = dir.resolve("roadmap.pdf");
        PrintMenu menu = new PrintMenu(() -> chart().getScene().getWindow(), chart()::getRoadmap,
                chart()::getOptions, () -> file, Bindings.createBooleanBinding(() -> false), said::add);
        PrintRequest request = PrintRequest.defaults().withPaper(Paper.A4, true).withMode(PrintMode.TILE);

        List<Worker<Path>> task = new ArrayList<>();
        interact(() -> task.add(menu.exportTo("pdf", request, pdf)));

        waitUntil(() -> task.get(0).getState() == Worker.State.SUCCEEDED);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getNumberOfPages()).isGreaterThan(1);
        }
        waitUntil(() -> said.contains("Exported roadmap.pdf"));
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        }
    }
}
