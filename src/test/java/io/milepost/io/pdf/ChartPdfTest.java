package io.milepost.io.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import io.milepost.app.SampleRoadmap;
import io.milepost.app.print.ChartPrint;
import io.milepost.app.print.PrintRequest;
import io.milepost.chart.ChartScene;
import io.milepost.chart.GanttLayout;
import io.milepost.chart.Language;
import io.milepost.chart.Paper;
import io.milepost.chart.PrintMode;
import io.milepost.chart.PrintedPage;
import io.milepost.chart.RowLabel;
import io.milepost.chart.Theme;
import io.milepost.io.fonts.FontMeasurer;
import io.milepost.model.Roadmap;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The sample roadmap printed to PDF the ways a planner would, read back with PDFBox. */
class ChartPdfTest {

    private static final Theme THEME = Theme.light();
    private static final FontMeasurer MEASURER = new FontMeasurer(THEME);
    private final Roadmap sample = SampleRoadmap.load();

    private byte[] pdf(ChartPrint print) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfChartWriter.write(print.rows(), print.print(), THEME, MEASURER,
                new PdfInfo(sample.info().title(), "Ministry of Planning", "Roadmap chart"), out, page -> { });
        return out.toByteArray();
    }

    private ChartPrint print(Paper paper, boolean landscape, PrintMode mode, Language language) {
        PrintRequest request = PrintRequest.defaults().withPaper(paper, landscape).withMode(mode)
                .withLanguage(language).withFile("roadmap.milepost", LocalDate.of(2026, 12, 2));
        return ChartPrint.onPaper(sample, request, MEASURER);
    }

    /** Every row label as laid out on the sheets: a title in full, or shortened with "…" where the column is narrow. */
    private static List<String> rowLabels(ChartPrint print) {
        List<String> labels = new ArrayList<>();
        for (PrintedPage page : print.print().pages()) {
            if (page.column() == 0) {
                ChartScene scene = GanttLayout.layout(print.rows(), print.print().chartOptions(), page.viewport(),
                        MEASURER);
                scene.rowLabels().stream().map(RowLabel::text).forEach(labels::add);
            }
        }
        return labels;
    }

    @Test
    void aTiledA3PosterHasOnePdfPagePerSheetOfA3Size() throws IOException {
        ChartPrint print = print(Paper.A3, true, PrintMode.TILE, Language.PRIMARY);

        try (PDDocument doc = Loader.loadPDF(pdf(print))) {
            assertThat(doc.getNumberOfPages()).isEqualTo(print.print().pageCount()).isGreaterThan(1);
            PDPage first = doc.getPage(0);
            assertThat(first.getMediaBox().getWidth()).isCloseTo(1190.55f, offset(0.1f));
            assertThat(first.getMediaBox().getHeight()).isCloseTo(841.89f, offset(0.1f));
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo(sample.info().title());
            assertThat(doc.getDocumentInformation().getAuthor()).isEqualTo("Ministry of Planning");
            assertThat(doc.getDocumentInformation().getSubject()).isEqualTo("Roadmap chart");
        }
    }

    @Test
    void theFontIsEmbeddedAsASubsetAndEveryRowOfTheRoadmapCanBeFoundInTheText() throws IOException {
        ChartPrint print = print(Paper.A4, true, PrintMode.FIT_WIDTH, Language.PRIMARY);

        try (PDDocument doc = Loader.loadPDF(pdf(print))) {
            for (var name : doc.getPage(0).getResources().getFontNames()) {
                PDFont font = doc.getPage(0).getResources().getFont(name);
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                assertThat(font.getName()).contains("+DejaVuSans");
            }
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains(sample.info().title()).contains("Page 1 / " + print.print().pageCount());
            assertThat(rowLabels(print)).hasSize(print.rows().rowCount()).allSatisfy(l -> assertThat(text).contains(l));
        }
    }

    @Test
    void cyrillicTitlesPrintInTheSecondLanguage() throws IOException {
        ChartPrint print = print(Paper.A3, true, PrintMode.FIT_WIDTH, Language.SECOND);

        try (PDDocument doc = Loader.loadPDF(pdf(print))) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(rowLabels(print)).anyMatch(l -> l.matches(".*[А-Яа-я].*"))
                    .allSatisfy(l -> assertThat(text).contains(l));
            assertThat(text).as("the label column and the legend in Russian").contains("Мероприятие")
                    .contains("Выполнено").contains("Страница 1 / ");
        }
    }

    @Test
    void aFitToPagePrintIsOneSheetWhenTheChartIsReadableThere() throws IOException {
        ChartPrint print = print(Paper.A3, true, PrintMode.FIT_PAGE, Language.PRIMARY);

        try (PDDocument doc = Loader.loadPDF(pdf(print))) {
            assertThat(doc.getNumberOfPages()).isEqualTo(print.print().pageCount());
        }
        assertThat(print.print().scale()).isGreaterThanOrEqualTo(0.6);
    }
}
