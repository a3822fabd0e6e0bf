package io.milepost.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * A planner in Minsk exports the sample's HTML report from the command line with {@code --lang ru}: the report is
 * headed by the roadmap's Russian title, as a PDF of the chart asked the same way is.
 */
class HtmlExportInTheSecondLanguageTest extends CommandLineSession {

    private static final String RUSSIAN_TITLE =
            "Дорожная карта всеобъемлющего сотрудничества между Пакистаном и Беларусью на 2025–2027 годы";
    private static final String ENGLISH_TITLE =
            "Roadmap for Comprehensive Cooperation between Pakistan and Belarus 2025–2027";

    @Test
    void theReportAskedInRussianIsHeadedByTheRussianTitle() throws Exception {
        Path html = dir.resolve("report.html");

        assertThat(run("export", sample.toString(), "--format", "html", "--out", html.toString(), "--lang", "ru"))
                .isZero();

        String report = Files.readString(html, StandardCharsets.UTF_8);
        assertThat(report).contains("<title>" + RUSSIAN_TITLE + "</title>").contains("<h1>" + RUSSIAN_TITLE);
        assertThat(report).doesNotContain("<h1>" + ENGLISH_TITLE);
    }

    @Test
    void aFilteredReportAskedAsTheSecondLanguageIsHeadedByTheRussianTitleToo() throws Exception {
        Path html = dir.resolve("at-risk.html");

        assertThat(run("export", sample.toString(), "--format", "html", "--out", html.toString(),
                "--status", "at_risk,delayed", "--lang", "second")).isZero();

        assertThat(Files.readString(html, StandardCharsets.UTF_8)).contains("<h1>" + RUSSIAN_TITLE);
    }

    @Test
    void withoutLangTheReportKeepsTheTitleAsFirstWritten() throws Exception {
        Path html = dir.resolve("plain.html");

        assertThat(run("export", sample.toString(), "--format", "html", "--out", html.toString())).isZero();

        assertThat(Files.readString(html, StandardCharsets.UTF_8)).contains("<h1>" + ENGLISH_TITLE)
                .doesNotContain("<h1>" + RUSSIAN_TITLE);
    }

    @Test
    void aLanguageTheRoadmapIsNotWrittenInIsRefused() {
        assertThat(run("export", sample.toString(), "--format", "html", "--out",
                dir.resolve("de.html").toString(), "--lang", "de")).isEqualTo(2);

        assertThat(err.toString()).contains("--lang").contains("de");
        assertThat(Files.exists(dir.resolve("de.html"))).isFalse();
    }
}
