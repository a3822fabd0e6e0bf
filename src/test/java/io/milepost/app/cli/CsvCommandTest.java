package io.milepost.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.milepost.app.RandomRoadmaps;
import io.milepost.model.MilestoneStatus;
import io.milepost.model.Roadmap;
import io.milepost.store.OpenMode;
import io.milepost.store.RoadmapDocument;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A planner sends the milestones to a spreadsheet, edits them there and brings them back. */
class CsvCommandTest extends CommandLineSession {

    @Test
    void theExportedTableImportedBackChangesNothing() throws Exception {
        Path csv = dir.resolve("milestones.csv");
        assertThat(run("export", sample.toString(), "--format", "csv", "--bom", "--out", csv.toString())).isZero();
        byte[] before = Files.readAllBytes(sample);

        assertThat(run("import", csv.toString(), "--into", sample.toString())).as(err.toString()).isZero();

        assertThat(out.toString()).contains("Nothing to change");
        assertThat(Files.readAllBytes(sample)).isEqualTo(before);
    }

    @Test
    void generatedRoadmapsComeBackFromTheirTableUnchanged() throws Exception {
        for (long seed = 1; seed <= 8; seed++) {
            Roadmap roadmap = RandomRoadmaps.generate(seed, 20);
            Path doc = dir.resolve("generated-" + seed + ".milepost");
            RoadmapDocument.create(doc, roadmap).close();
            Path csv = dir.resolve("generated-" + seed + ".csv");
            assertThat(run("export", doc.toString(), "--format", "csv", "--out", csv.toString())).isZero();

            assertThat(run("import", csv.toString(), "--into", doc.toString())).as("seed %d: %s", seed, err)
                    .isZero();

            try (RoadmapDocument back = RoadmapDocument.open(doc, OpenMode.READ_ONLY)) {
                assertThat(back.load().milestones()).as("seed %d", seed)
                        .containsExactlyElementsOf(roadmap.milestones());
                assertThat(back.load()).as("seed %d", seed).isEqualTo(roadmap);
            }
        }
    }

    @Test
    void aStatusChangedInTheSpreadsheetIsImportedAsOneChange() throws Exception {
        Path csv = dir.resolve("milestones.csv");
        run("export", sample.toString(), "--format", "csv", "--out", csv.toString());
        String[] lines = Files.readString(csv, StandardCharsets.UTF_8).split("\r\n", -1);
        lines[1] = lines[1].replaceFirst(",(PLANNED|IN_PROGRESS|DONE|AT_RISK|DELAYED|CANCELLED),", ",DELAYED,");
        Files.writeString(csv, String.join("\r\n", lines), StandardCharsets.UTF_8);

        assertThat(run("import", csv.toString(), "--into", sample.toString())).isZero();

        assertThat(out.toString()).contains("0 added, 1 changed, 0 removed, 0 conflicts");
        try (RoadmapDocument doc = RoadmapDocument.open(sample, OpenMode.READ_ONLY)) {
            assertThat(doc.load().milestones().get(0).status()).isEqualTo(MilestoneStatus.DELAYED);
        }
    }

    @Test
    void aTableWithOnlySomeRowsRemovesNothing() throws Exception {
        Path csv = dir.resolve("two-rows.csv");
        run("export", sample.toString(), "--format", "csv", "--out", csv.toString());
        String[] lines = Files.readString(csv).split("\r\n");
        Files.writeString(csv, lines[0] + "\r\n" + lines[1] + "\r\n" + lines[2] + "\r\n");
        byte[] before = Files.readAllBytes(sample);

        assertThat(run("import", csv.toString(), "--into", sample.toString())).isZero();

        assertThat(Files.readAllBytes(sample)).isEqualTo(before);
    }

    @Test
    void aBadTableLeavesTheDocumentByteIdentical() throws Exception {
        Path csv = dir.resolve("bad.csv");
        Files.writeString(csv, "title,sector,start\nSeminar,Trade,someday\n");
        byte[] before = Files.readAllBytes(sample);

        assertThat(run("import", csv.toString(), "--into", sample.toString())).isEqualTo(3);

        assertThat(err.toString()).contains("bad.csv:2:3: start: 'someday' is not a date");
        assertThat(Files.readAllBytes(sample)).isEqualTo(before);
    }

    @Test
    void aTableImportedIntoAMissingFileCreatesIt() throws Exception {
        Path csv = dir.resolve("plan.csv");
        Files.writeString(csv, "title,sector,start,end\nTrade fair,Trade,Q2 2026,Q3 2026\n");
        Path target = dir.resolve("new.milepost");

        assertThat(run("import", csv.toString(), "--into", target.toString())).isZero();

        assertThat(run("check", target.toString())).isZero();
        assertThat(out.toString()).contains("1 milestones");
    }
}
