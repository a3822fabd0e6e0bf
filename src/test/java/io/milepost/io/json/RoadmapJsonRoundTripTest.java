package io.milepost.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.milepost.model.Roadmap;
import io.milepost.model.RoadmapValidator;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RoadmapJsonRoundTripTest {

    private final RoadmapJsonWriter writer = new RoadmapJsonWriter();
    private final RoadmapJsonReader reader = new RoadmapJsonReader();

    @Test
    void fixturesAreValidRoadmaps() {
        assertThat(RoadmapValidator.validate(RoadmapFixtures.full())).isEmpty();
        assertThat(RoadmapValidator.validate(RoadmapFixtures.minimal())).isEmpty();
    }

    @Test
    void everyFieldSurvivesTheRoundTrip() throws Exception {
        Roadmap original = RoadmapFixtures.full();

        Roadmap back = reader.read(writer.write(original), "full.json");

        assertThat(back).isEqualTo(original);
        assertThat(back.milestones()).containsExactlyElementsOf(original.milestones());
        assertThat(back.info().description()).contains("«ёлки» 🌲").contains("\t");
        assertThat(back.milestones().get(1).remarks()).isEmpty(); // "" stays "", not null
    }

    @Test
    void absentOptionalFieldsSurviveAsNull() throws Exception {
        Roadmap original = RoadmapFixtures.minimal();

        Roadmap back = reader.read(writer.write(original), "minimal.json");

        assertThat(back).isEqualTo(original);
        assertThat(back.info().subtitle()).isNull();
        assertThat(back.milestones().get(0).end()).isNull();
    }

    @Test
    void datesAreWrittenAsTheyWereWritten() {
        String json = writer.write(RoadmapFixtures.full());

        assertThat(json)
                .contains("\"start\": \"2024-11-26\"")
                .contains("\"start\": \"2025-02\"")
                .contains("\"start\": \"Q2 2025\"")
                .contains("\"end\": \"2026\"")
                .contains("\"periodStart\": \"2025-01-01\"")
                .contains("\"baselineEnd\": \"2025-12-31\"")
                .contains("\"signed\": \"2024-11-26\"");
    }

    @Test
    void outputIsPrettyStableAndInAFixedKeyOrder() {
        String json = writer.write(RoadmapFixtures.full());

        assertThat(json).startsWith("{\n  \"format\": \"milepost\",\n  \"version\": 3,\n  \"roadmap\": {\n"
                + "    \"id\": \"00000000-0000-4000-8000-000000000001\",\n    \"title\": \"Roadmap 2025–2027\",\n");
        assertThat(json).endsWith("}\n").doesNotContain("\r");
        assertThat(json).contains("\"subtitle\": \"Comprehensive cooperation\"");
        assertThat(json).contains("Торгово-экономическое сотрудничество"); // not \\u-escaped
        assertThat(json.indexOf("\"sectors\"")).isLessThan(json.indexOf("\"commissions\""));
        assertThat(json.indexOf("\"commissions\"")).isLessThan(json.indexOf("\"milestones\""));
        assertThat(json.indexOf("\"milestones\"")).isLessThan(json.indexOf("\"sessions\""));
        assertThat(json.indexOf("\"sessions\"")).isLessThan(json.indexOf("\"dependencies\""));
        assertThat(json.indexOf("\"dependencies\"")).isLessThan(json.indexOf("\"agreements\""));
        assertThat(writer.write(RoadmapFixtures.full())).isEqualTo(json);
    }

    @Test
    void nullsAreWrittenOutSoEveryItemHasTheSameKeys() {
        String json = writer.write(RoadmapFixtures.minimal());

        assertThat(json).contains("\"subtitle\": null").contains("\"commissionId\": null")
                .contains("\"tags\": []").contains("\"dependencies\": []");
    }

    @Test
    void readingThenWritingGivesTheSameText() throws Exception {
        String json = writer.write(RoadmapFixtures.full());

        assertThat(writer.write(reader.read(json, "full.json"))).isEqualTo(json);
    }

    @Test
    void streamsAndFilesRoundTripAsUtf8() throws Exception {
        Roadmap original = RoadmapFixtures.full();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(original, out);

        assertThat(reader.read(new ByteArrayInputStream(out.toByteArray()), "stream")).isEqualTo(original);
        byte[] withBom = ("\uFEFF" + out.toString(StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
        assertThat(reader.read(withBom, "bom.json")).isEqualTo(original);
    }

    @Test
    void writesFilesWholeAndReadsThemBack(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("roadmap.json");
        Files.writeString(file, "old content");

        writer.write(RoadmapFixtures.full(), file);

        assertThat(reader.read(file)).isEqualTo(RoadmapFixtures.full());
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(file); // no temporary file left behind
        }
    }

    @Test
    void aHandWrittenFileMayLeaveOptionalKeysOut() throws Exception {
        String json = """
                {"format": "milepost", "version": 1,
                 "roadmap": {"id": "00000000-0000-4000-8000-000000000001", "title": "R",
                             "periodStart": "2025-01-01", "periodEnd": "2025-12-31", "primaryLanguage": "en"},
                 "sectors": [{"id": "00000000-0000-4000-8000-000000000012", "name": "Trade"}],
                 "milestones": [{"id": "00000000-0000-4000-8000-000000000041", "kind": "ACTIVITY", "title": "M",
                                 "sectorId": "00000000-0000-4000-8000-000000000012", "start": "2025",
                                 "status": "PLANNED"}]}
                """;

        Roadmap r = reader.read(json, "hand.json");

        assertThat(r.milestones()).singleElement().satisfies(m -> {
            assertThat(m.tags()).isEmpty();
            assertThat(m.percentComplete()).isZero();
            assertThat(m.ongoing()).isFalse();
            assertThat(m.commissionId()).isNull();
        });
        assertThat(r.commissions()).isEmpty();
    }
}
