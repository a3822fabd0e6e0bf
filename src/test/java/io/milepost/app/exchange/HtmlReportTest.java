package io.milepost.app.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import io.milepost.app.SampleRoadmap;
import io.milepost.app.print.PrintedChart;
import io.milepost.model.Milestone;
import io.milepost.model.Roadmap;
import io.milepost.model.Sector;
import io.milepost.ui.WordsOnScreen;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A planner sends the roadmap as one web page that opens and prints anywhere. */
class HtmlReportTest {

    private static String html(Roadmap r) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new HtmlReport(new PrintedChart()).write(r, new ExportOptions(false, Instant.parse("2026-12-02T09:00:00Z")), out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theReportHoldsSummaryChartSectorsCommissionsAndAgreementsInOneFile() throws Exception {
        Roadmap sample = SampleRoadmap.load();

        String html = html(sample);

        assertThat(html).startsWith("<!DOCTYPE html>").contains("<style>").contains("<h2>Summary</h2>")
                .contains("<h2>Chart</h2>").contains("<svg").contains("<h2>Items by sector</h2>")
                .contains("<h2>Commissions and their sessions</h2>").contains("<h2>Agreements</h2>")
                .contains("Written by Milepost on 2 Dec 2026, 09:00 UTC").doesNotContain("<?xml");
        for (Milestone m : sample.milestones()) {
            assertThat(html).contains(m.title().replace("&", "&amp;").replace("'", "&#39;")
                    .replace("\"", "&quot;"));
        }
        assertThat(html).doesNotContainPattern("(?i)<(script|link|img|iframe)\\b")
                .doesNotContainPattern("(?i)\\s(src|href)\\s*=").doesNotContainPattern("url\\((?!#)");
    }

    @Test
    void aReportForRussianReadersHasNoEnglishOfItsOwn() throws Exception {
        Roadmap sample = SampleRoadmap.load();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new HtmlReport(ChartPicture.NONE).write(sample, new ExportOptions(false,
                Instant.parse("2026-12-02T09:00:00Z"), Locale.forLanguageTag("ru"), null), out);
        String html = out.toString(StandardCharsets.UTF_8);

        assertThat(html).contains("<h2>Сводка</h2>").contains("<h2>Мероприятия по направлениям</h2>")
                .contains("<h2>Комиссии и их заседания</h2>").contains("Подготовлено в Milepost 2 дек. 2026, 09:00 UTC.");
        // What a reader sees: the text between the tags, the roadmap's own texts taken out as data.
        String text = html.replaceAll("(?s)<style>.*?</style>", " ").replaceAll("<[^>]+>", "\u0000")
                .replace("&#39;", "'").replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
        WordsOnScreen words = new WordsOnScreen(sample, Path.of("report.html"));
        java.util.Arrays.stream(text.split("\u0000")).forEach(words::add);
        assertThat(words.english()).as("English words in the Russian report").isEmpty();
    }

    @Test
    void markupInATitleStaysText() throws Exception {
        Roadmap sample = SampleRoadmap.load();
        Milestone first = sample.milestones().get(0);
        Sector sector = sample.sectors().get(0);
        Roadmap hostile = sample.withMilestone(first.toBuilder().title("<script>alert(1)</script>")
                        .leadAgencyA("\"><img src=x onerror=alert(2)>").build())
                .withSector(new Sector(sector.id(), "</style><script>x</script>", null, "red;background:url(x)", 1));

        String html = html(hostile);

        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("&quot;&gt;&lt;img src=x onerror=alert(2)&gt;")
                .doesNotContainPattern("(?i)<(script|img)\\b").doesNotContain("url(x)")
                .containsOnlyOnce("</style>");
    }
}
