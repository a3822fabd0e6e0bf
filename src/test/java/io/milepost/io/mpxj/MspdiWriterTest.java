package io.milepost.io.mpxj;

import static org.assertj.core.api.Assertions.assertThat;

import io.milepost.io.json.RoadmapJsonReader;
import io.milepost.model.Dependency;
import io.milepost.model.Milestone;
import io.milepost.model.Roadmap;
import io.milepost.model.Sector;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sample sent to MS Project as MSPDI XML and read back. */
class MspdiWriterTest {

    @TempDir
    Path dir;

    static Roadmap sample() throws Exception {
        try (InputStream in = MspdiWriterTest.class.getClassLoader()
                .getResourceAsStream("io/milepost/sample/pakistan-belarus-2025-2027.json")) {
            return new RoadmapJsonReader().read(in, "sample");
        }
    }

    @Test
    void sectorsAreSummaryTasksAndEveryItemAndLinkComesBack() throws Exception {
        Roadmap sample = sample();
        Path xml = dir.resolve("roadmap.xml");
        try (OutputStream out = Files.newOutputStream(xml)) {
            new MspdiWriter().write(sample, out);
        }

        Roadmap back = new PlanReader().read(xml).roadmap();

        long used = sample.sectors().stream().filter(s -> sample.milestones().stream()
                .anyMatch(m -> m.sectorId().equals(s.id()))).count();
        assertThat(back.sectors()).hasSize((int) used);
        assertThat(back.sectors()).extracting(Sector::id).isSubsetOf(sample.sectors().stream().map(Sector::id)
                .toList());
        assertThat(back.milestones()).hasSize(sample.milestones().size());
        for (Milestone m : sample.milestones()) {
            Milestone b = back.milestone(m.id()).orElseThrow();
            assertThat(b.title()).isEqualTo(m.title());
            assertThat(b.start()).as(m.title()).isEqualTo(m.start());
            assertThat(b.end()).as(m.title()).isEqualTo(m.end());
            assertThat(b.ongoing()).isEqualTo(m.ongoing());
            assertThat(b.kind()).isEqualTo(m.kind());
            assertThat(b.status()).isEqualTo(m.status());
            assertThat(b.percentComplete()).isEqualTo(m.percentComplete());
            assertThat(b.leadAgencyA()).isEqualTo(m.leadAgencyA());
            assertThat(b.leadAgencyB()).isEqualTo(m.leadAgencyB());
            assertThat(b.expectedOutcome()).isEqualTo(m.expectedOutcome());
            assertThat(b.baselineStart()).isEqualTo(m.baselineStart());
            assertThat(b.description()).isEqualTo(m.description());
        }
        assertThat(back.dependencies()).hasSize(sample.dependencies().size());
        assertThat(back.dependencies()).extracting(Dependency::predecessorId, Dependency::successorId,
                Dependency::type, Dependency::lagDays).containsExactlyInAnyOrderElementsOf(sample.dependencies()
                .stream().map(d -> org.assertj.core.groups.Tuple.tuple(d.predecessorId(), d.successorId(), d.type(),
                        d.lagDays())).toList());
    }

    @Test
    void theFileIsMsProjectXmlWithAliasedTextFieldsAndNoDoctype() throws Exception {
        Path xml = dir.resolve("roadmap.xml");
        try (OutputStream out = Files.newOutputStream(xml)) {
            new MspdiWriter().write(sample(), out);
        }

        String text = Files.readString(xml);
        assertThat(text).contains("<Project xmlns=\"http://schemas.microsoft.com/project\"")
                .contains("<Alias>Lead agency (Pakistan)</Alias>").contains("<Alias>Start as written</Alias>")
                .contains("<Summary>1</Summary>").contains("<Milestone>1</Milestone>")
                .contains("<PredecessorLink>").doesNotContain("<!DOCTYPE");
    }
}
