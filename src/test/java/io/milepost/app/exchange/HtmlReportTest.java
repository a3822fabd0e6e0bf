package io.milepost.app.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import io.milepost.app.SampleRoadmap;
import io.milepost.app.print.PrintedChart;
import io.milepost.model.Milestone;
import io.milepost.model.Roadmap;
import io.milepost.model.Sector;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
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
