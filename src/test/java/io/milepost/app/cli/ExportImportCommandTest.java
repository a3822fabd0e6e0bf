package io.milepost.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.milepost.app.RandomRoadmaps;
import io.milepost.model.Roadmap;
import io.milepost.store.OpenMode;
import io.milepost.store.RoadmapDocument;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A planner exports a document, sends the file, and the other side imports it, on the command line. */
class ExportImportCommandTest extends CommandLineSession {

    @Override
    String sampleName() {
        return "islamabad.milepost";
    }

    @Test
    void theSampleExportedImportedIntoANewFileAndExportedAgainIsByteIdentical() throws Exception {
        Path first = dir.resolve("first.json");
        Path minsk = dir.resolve("minsk.milepost");
        Path second = dir.resolve("second.json");

        assertThat(run("export", sample.toString(), "--format", "json", "--out", first.toString())).isZero();
        assertThat(run("import", first.toString(), "--into", minsk.toString())).isZero();
        assertThat(out.toString()).contains("Created");
        assertThat(run("export", minsk.toString(), "--format", "json", "--out", second.toString())).isZero();

        assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
    }

    @Test
    void generatedRoadmapsSurviveExportImportExportByteForByte() throws Exception {
        for (long seed = 1; seed <= 12; seed++) {
            Roadmap roadmap = RandomRoadmaps.generate(seed, (int) (seed * 7));
            Path doc = dir.resolve("generated-" + seed + ".milepost");
            RoadmapDocument.create(doc, roadmap).close();
            Path first = dir.resolve(seed + "-first.json");
            Path copy = dir.resolve("copy-" + seed + ".milepost");
            Path second = dir.resolve(seed + "-second.json");

            assertThat(run("export", doc.toString(), "--format", "json", "--out", first.toString()))
                    .as("seed %d: %s", seed, err).isZero();
            assertThat(run("import", first.toString(), "--into", copy.toString())).as("seed %d: %s", seed, err)
                    .isZero();
            assertThat(run("export", copy.toString(), "--format", "json", "--out", second.toString())).isZero();

            assertThat(Files.readAllBytes(second)).as("seed %d", seed).isEqualTo(Files.readAllBytes(first));
            try (RoadmapDocument back = RoadmapDocument.open(copy, OpenMode.READ_ONLY)) {
                assertThat(back.load()).as("seed %d", seed).isEqualTo(roadmap);
            }
        }
    }

    @Test
    void importingTheSameCopyAgainChangesNothing() throws Exception {
        Path json = dir.resolve("roadmap.json");
        run("export", sample.toString(), "--format", "json", "--out", json.toString());
        byte[] before = Files.readAllBytes(sample);

        assertThat(run("import", json.toString(), "--into", sample.toString())).isZero();

        assertThat(out.toString()).contains("Nothing to change");
        assertThat(Files.readAllBytes(sample)).isEqualTo(before);
    }

    @Test
    void aDryRunIntoAMissingFileCreatesNothing() throws Exception {
        Path json = dir.resolve("roadmap.json");
        run("export", sample.toString(), "--format", "json", "--out", json.toString());
        Path target = dir.resolve("new.milepost");

        assertThat(run("import", json.toString(), "--into", target.toString(), "--dry-run")).isZero();

        assertThat(out.toString()).contains("Would create");
        assertThat(target).doesNotExist();
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        assertThat(run("export", sample.toString(), "--format", "docbook", "--out", dir.resolve("x").toString()))
                .isEqualTo(2);
        assertThat(err.toString()).contains("docbook").contains("json");
    }

    @Test
    void aBrokenFileIsRefusedWithItsLineAndTheDocumentStaysByteIdentical() throws Exception {
        Path json = dir.resolve("roadmap.json");
        run("export", sample.toString(), "--format", "json", "--out", json.toString());
        String text = Files.readString(json).replaceFirst("\"start\": \"[^\"]+\"", "\"start\": \"2025-13-01\"");
        Files.writeString(json, text);
        byte[] before = Files.readAllBytes(sample);

        assertThat(run("import", json.toString(), "--into", sample.toString())).isEqualTo(3);

        assertThat(err.toString()).contains("roadmap.json:").contains("milestones[0].start").contains("2025-13-01");
        assertThat(Files.readAllBytes(sample)).isEqualTo(before);
    }

    @Test
    void anExportOverAnExistingFileReplacesItWhole() throws Exception {
        Path json = dir.resolve("roadmap.json");
        Files.writeString(json, "old content");

        assertThat(run("export", sample.toString(), "--format", "json", "--out", json.toString())).isZero();

        assertThat(Files.readString(json)).startsWith("{").contains("\"format\": \"milepost\"");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        }
    }
}
