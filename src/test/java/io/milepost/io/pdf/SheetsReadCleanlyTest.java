package io.milepost.io.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.milepost.app.SampleRoadmap;
import io.milepost.app.print.ChartPrint;
import io.milepost.app.print.PrintRequest;
import io.milepost.chart.ChartOptions;
import io.milepost.chart.ChartScene;
import io.milepost.chart.FontRole;
import io.milepost.chart.GanttLayout;
import io.milepost.chart.HeaderCell;
import io.milepost.chart.InkedBoxes;
import io.milepost.chart.Language;
import io.milepost.chart.LinkExits;
import io.milepost.chart.PageText;
import io.milepost.chart.Paper;
import io.milepost.chart.PrintLayout;
import io.milepost.chart.PrintMode;
import io.milepost.chart.PrintedPage;
import io.milepost.chart.RowLabel;
import io.milepost.chart.TextLabel;
import io.milepost.chart.Theme;
import io.milepost.chart.Viewport;
import io.milepost.io.fonts.FontMeasurer;
import io.milepost.model.Roadmap;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * A planner prints the sample roadmap on A4 either way up and on A3, in Russian and in English, as one page, fitted
 * to the width and as a poster, and reads every sheet: measured with the fonts the PDF embeds, nothing runs past
 * the sheet's margins or the part of the chart it stands in, nothing is cut mid-word (what is shortened ends in
 * "…"), the numbers of the sheets the links go on to overlap neither the chart nor each other, and the title is
 * there whole.
 */
class SheetsReadCleanlyTest {

    private static final Theme THEME = Theme.light();
    private static final FontMeasurer MEASURER = new FontMeasurer(THEME);
    private static final double EPS = 1e-6;

    private final Roadmap sample = SampleRoadmap.load();

    private ChartPrint print(Paper paper, boolean landscape, PrintMode mode, Language language) {
        PrintRequest request = PrintRequest.defaults().withPaper(paper, landscape).withMode(mode)
                .withLanguage(language).withFile("roadmap.milepost", LocalDate.of(2026, 12, 2));
        return ChartPrint.onPaper(sample, request, MEASURER);
    }

    @Test
    void onA4InRussianEverySheetReadsCleanly() {
        for (PrintMode mode : PrintMode.values()) {
            everySheetReadsCleanly(print(Paper.A4, false, mode, Language.SECOND));
            everySheetReadsCleanly(print(Paper.A4, true, mode, Language.SECOND));
        }
    }

    @Test
    void onA4InEnglishEverySheetReadsCleanly() {
        for (PrintMode mode : PrintMode.values()) {
            everySheetReadsCleanly(print(Paper.A4, false, mode, Language.PRIMARY));
            everySheetReadsCleanly(print(Paper.A4, true, mode, Language.PRIMARY));
        }
    }

    @Test
    void onA3EverySheetReadsCleanlyInBothLanguages() {
        for (Language language : Language.values()) {
            for (PrintMode mode : PrintMode.values()) {
                everySheetReadsCleanly(print(Paper.A3, true, mode, language));
                everySheetReadsCleanly(print(Paper.A3, false, mode, language));
            }
        }
    }

    @Test
    void theLongRussianTitleCanBeFoundWholeInThePdfOfAnA4Print() throws IOException {
        ChartPrint print = print(Paper.A4, false, PrintMode.FIT_WIDTH, Language.SECOND);
        String title = sample.info().titleAlt();

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfChartWriter.write(print.rows(), print.print(), THEME, MEASURER,
                new PdfInfo(title, "Ministry of Planning", "Roadmap chart"), out, page -> { });
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                // Wrapped onto two lines: read as one, the words are all there in order.
                String text = stripper.getText(doc).replaceAll("\\s+", " ");
                assertThat(text).as("page %d", p).contains(title);
            }
        }
    }

    private static void everySheetReadsCleanly(ChartPrint print) {
        PrintLayout layout = print.print();
        ChartOptions o = layout.chartOptions();
        double margin = layout.setup().margin();
        double[] sheet = {margin, margin, layout.pageWidth() - margin, layout.pageHeight() - margin};
        for (PrintedPage page : layout.pages()) {
            String where = layout.setup().paper() + (layout.setup().landscape() ? " landscape " : " portrait ")
                    + layout.setup().mode() + " " + o.language() + ", page " + page.number();
            String title = page.texts().stream().filter(t -> t.role() == FontRole.PAGE_TITLE).map(PageText::text)
                    .collect(Collectors.joining(" "));
            assertThat(title).as("the title, %s", where).isEqualTo(print.texts().title());
            for (PageText t : page.texts()) {
                assertThat(inside(box(t), sheet)).as("'%s' within the margins, %s", t.text(), where).isTrue();
            }

            ChartScene scene = GanttLayout.layout(print.rows(), o, page.viewport(), MEASURER);
            Viewport v = page.viewport();
            for (TextLabel l : scene.labels()) {
                assertThat(l.x() >= v.x() - EPS && l.right() <= v.right() + EPS)
                        .as("'%s' on its sheet's part of the chart, %s", l.text(), where).isTrue();
                assertShortenedWithAnEllipsis(l.text(), l.elided(), where);
            }
            for (RowLabel r : scene.rowLabels()) {
                FontRole role = r.itemId() == null ? FontRole.GROUP_LABEL : FontRole.ROW_LABEL;
                assertThat(r.indent() + MEASURER.width(r.text(), role)).as("'%s' in the label column, %s", r.text(),
                        where).isLessThanOrEqualTo(o.labelColumnWidth());
            }
            for (HeaderCell c : scene.headerCells()) {
                if (c.label().isEmpty()) {
                    continue;
                }
                FontRole role = c.tier() == 0 ? FontRole.HEADER_MAJOR : FontRole.HEADER_MINOR;
                double visibleEnd = Math.min(c.x() + c.width(), v.right());
                assertThat(c.textX() + MEASURER.width(c.label(), role)).as("'%s' in its cell, %s", c.label(), where)
                        .isLessThanOrEqualTo(visibleEnd + EPS);
            }

            double[] chart = {page.chartX(), page.chartY(), page.chartX() + page.chartWidth(o),
                    page.chartY() + page.chartHeight(o)};
            List<PageText> exits = LinkExits.of(scene, layout, page, MEASURER);
            for (int i = 0; i < exits.size(); i++) {
                double[] box = box(exits.get(i));
                String text = exits.get(i).text();
                assertThat(inside(box, sheet)).as("'%s' within the margins, %s", text, where).isTrue();
                assertThat(overlap(box, chart)).as("'%s' clear of the chart, %s", text, where).isFalse();
                for (int j = 0; j < i; j++) {
                    assertThat(overlap(box, box(exits.get(j)))).as("'%s' and '%s' apart, %s", text,
                            exits.get(j).text(), where).isFalse();
                }
            }
        }
    }

    /** A text shortened to fit says so with "…"; shortened or not, it never stops in the middle of a word unmarked. */
    private static void assertShortenedWithAnEllipsis(String text, boolean elided, String where) {
        if (elided) {
            assertThat(text.replace(" ›", "")).as("'%s' shortened, %s", text, where).endsWith("…");
        }
    }

    /** Where a page's text is inked: x0, y0, x1, y1. */
    private static double[] box(PageText t) {
        return InkedBoxes.of(t, MEASURER);
    }

    private static boolean inside(double[] a, double[] b) {
        return a[0] >= b[0] - EPS && a[1] >= b[1] - EPS && a[2] <= b[2] + EPS && a[3] <= b[3] + EPS;
    }

    private static boolean overlap(double[] a, double[] b) {
        return a[0] < b[2] - EPS && b[0] < a[2] - EPS && a[1] < b[3] - EPS && b[1] < a[3] - EPS;
    }
}
