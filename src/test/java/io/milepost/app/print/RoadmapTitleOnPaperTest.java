package io.milepost.app.print;

import static org.assertj.core.api.Assertions.assertThat;

import io.milepost.app.SampleRoadmap;
import io.milepost.app.exchange.ExportOptions;
import io.milepost.app.exchange.HtmlReport;
import io.milepost.chart.FixedWidthTextMeasurer;
import io.milepost.chart.FontRole;
import io.milepost.chart.Language;
import io.milepost.chart.PageText;
import io.milepost.chart.Theme;
import io.milepost.model.Roadmap;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** A planner switches the data language to Russian and prints: every page, and every report, names the roadmap so. */
class RoadmapTitleOnPaperTest {

    private static final String ENGLISH =
            "Roadmap for Comprehensive Cooperation between Pakistan and Belarus 2025–2027";
    private static final String RUSSIAN =
            "Дорожная карта всеобъемлющего сотрудничества между Пакистаном и Беларусью на 2025–2027 годы";

    private final Roadmap sample = SampleRoadmap.load();

    @Test
    void theSampleNamesItselfInBothLanguages() {
        assertThat(sample.info().title()).isEqualTo(ENGLISH);
        assertThat(sample.info().titleAlt()).isEqualTo(RUSSIAN);
        assertThat(Language.SECOND.subtitle(sample.info())).startsWith("Пример плана");
        assertThat(Language.PRIMARY.subtitle(sample.info())).startsWith("Sample plan");
    }

    @Test
    void switchingTheDataLanguageChangesTheTitleAtTheHeadOfEveryPrintedPage() {
        PrintRequest english = PrintRequest.defaults().withPaper(io.milepost.chart.Paper.A4, false);

        ChartPrint inEnglish = ChartPrint.onPaper(sample, english, new FixedWidthTextMeasurer());
        ChartPrint inRussian = ChartPrint.onPaper(sample, english.withLanguage(Language.SECOND),
                new FixedWidthTextMeasurer());

        assertThat(inEnglish.texts().title()).isEqualTo(ENGLISH);
        assertThat(inRussian.texts().title()).isEqualTo(RUSSIAN);
        assertThat(inRussian.print().pages()).hasSizeGreaterThan(1);
        // Wrapped onto as many lines as A4 needs, and whole on every page.
        assertThat(pageTitles(inRussian)).hasSize(inRussian.print().pageCount()).containsOnly(RUSSIAN);
        assertThat(pageTitles(inEnglish)).containsOnly(ENGLISH);
    }

    @Test
    void theMatrixAndTheHtmlReportTakeTheTitleInTheDataLanguageToo() throws Exception {
        PrintRequest russian = PrintRequest.defaults().withView(PrintRequest.View.MATRIX)
                .withLanguage(Language.SECOND);
        assertThat(new PrintExports(russian, Theme.light(), p -> { }).matrix(sample).title()).isEqualTo(RUSSIAN);
        assertThat(new PrintExports(PrintRequest.defaults(), Theme.light(), p -> { }).matrix(sample).title())
                .isEqualTo(ENGLISH);

        ByteArrayOutputStream html = new ByteArrayOutputStream();
        new HtmlReport((r, o) -> java.util.Optional.empty()).write(sample,
                new ExportOptions(false, Instant.parse("2026-12-01T10:00:00Z")).withTitles(Language.SECOND), html);
        String page = html.toString(StandardCharsets.UTF_8);
        assertThat(page).contains("<title>" + RUSSIAN + "</title>").contains("<h1>" + RUSSIAN + "</h1>")
                .contains("Пример плана: подписана в Исламабаде");
    }

    /** Each page's title, its lines joined again. */
    private static List<String> pageTitles(ChartPrint print) {
        return print.print().pages().stream().map(p -> p.texts().stream()
                .filter(t -> t.role() == FontRole.PAGE_TITLE).map(PageText::text)
                .collect(Collectors.joining(" "))).toList();
    }
}
