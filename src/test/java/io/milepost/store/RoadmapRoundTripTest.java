package io.milepost.store;

import io.milepost.model.Milestone;
import io.milepost.model.Roadmap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** What a planner saves is exactly what the planner gets back, field for field and in the same order. */
class RoadmapRoundTripTest {

    @TempDir
    Path dir;

    @Test
    void aRoadmapWithEveryFieldSetComesBackEqualAfterReopening() throws Exception {
        Roadmap roadmap = SampleRoadmaps.everyFieldSet();
        Path file = dir.resolve("Pakistan–Belarus 2025–2027.milepost");
        try (RoadmapDocument doc = RoadmapDocument.create(file, roadmap)) {
            assertThat(doc.load()).isEqualTo(roadmap);
        }
        try (RoadmapDocument doc = RoadmapDocument.open(file, OpenMode.READ_WRITE)) {
            Roadmap loaded = doc.load();
            assertThat(loaded).isEqualTo(roadmap);
            assertThat(loaded.milestones()).extracting(Milestone::title)
                    .containsExactly("Mutual recognition of halal certificates", "Exchange of vocational teachers",
                            "8th session of the Joint Commission", "");
            assertThat(loaded.milestone(SampleRoadmaps.HALAL).orElseThrow().tags())
                    .containsExactly("halal", "торговля", "", "halal");
            assertThat(loaded.milestone(SampleRoadmaps.SIGNING).orElseThrow().titleAlt()).isEmpty();
            assertThat(loaded.milestone(SampleRoadmaps.SESSION_MEETING).orElseThrow().titleAlt()).isNull();
        }
    }

    @Test
    void anEmptyRoadmapComesBackEqual() throws Exception {
        Path file = dir.resolve("empty.milepost");
        RoadmapDocument.create(file, SampleRoadmaps.empty()).close();
        try (RoadmapDocument doc = RoadmapDocument.open(file, OpenMode.READ_ONLY)) {
            assertThat(doc.load()).isEqualTo(SampleRoadmaps.empty());
        }
    }

    @Test
    void aFileWhoseNameHasCyrillicSpacesAndQuestionMarksOpensLikeAnyOther() throws Exception {
        Path file = dir.resolve("Дорожная карта? #2 (копия) 100%.milepost");
        RoadmapDocument.create(file, SampleRoadmaps.everyFieldSet()).close();
        try (RoadmapDocument doc = RoadmapDocument.open(file, OpenMode.READ_WRITE)) {
            assertThat(doc.path()).isEqualTo(file.toAbsolutePath());
            assertThat(doc.load()).isEqualTo(SampleRoadmaps.everyFieldSet());
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 30);
    }

    /** A property over 30 generated roadmaps; a failure names its seed, and {@link GeneratedRoadmaps} replays it. */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void anyGeneratedRoadmapComesBackEqualAfterReopening(long seed) throws Exception {
        Roadmap roadmap = GeneratedRoadmaps.generate(seed);
        Path file = dir.resolve("generated-" + seed + ".milepost");
        RoadmapDocument.create(file, roadmap).close();
        try (RoadmapDocument doc = RoadmapDocument.open(file, OpenMode.READ_ONLY)) {
            assertThat(doc.load()).as("seed %d", seed).isEqualTo(roadmap);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void anyGeneratedRoadmapImportedOverAnotherReplacesItExactly(long seed) throws Exception {
        Roadmap roadmap = GeneratedRoadmaps.generate(seed);
        Path file = dir.resolve("import-" + seed + ".milepost");
        try (RoadmapDocument doc = RoadmapDocument.create(file, GeneratedRoadmaps.generate(-seed))) {
            doc.replaceAll(roadmap);
        }
        try (RoadmapDocument doc = RoadmapDocument.open(file, OpenMode.READ_ONLY)) {
            assertThat(doc.load()).as("seed %d", seed).isEqualTo(roadmap);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void anyGeneratedRoadmapBuiltItemByItemEqualsTheModelBuiltTheSameWay(long seed) throws Exception {
        Roadmap target = GeneratedRoadmaps.generate(seed);
        Roadmap expected = Roadmap.empty(target.info());
        try (RoadmapDocument doc = RoadmapDocument.create(dir.resolve("items-" + seed + ".milepost"), expected)) {
            for (var s : target.sectors()) {
                doc.edit(w -> w.saveSector(s));
                expected = expected.withSector(s);
            }
            for (var c : target.commissions()) {
                doc.edit(w -> w.saveCommission(c));
                expected = expected.withCommission(c);
            }
            // milestones in reverse, then saved again in order: an update keeps its place, as in the model
            for (var m : target.milestones().stream().sorted(Comparator.comparing(Milestone::id).reversed()).toList()) {
                doc.edit(w -> w.saveMilestone(m));
                expected = expected.withMilestone(m);
            }
            for (var m : target.milestones()) {
                doc.edit(w -> w.saveMilestone(m));
                expected = expected.withMilestone(m);
            }
            for (var s : target.sessions()) { // beside their meetings
                doc.edit(w -> w.saveSession(s));
                expected = expected.withSession(s);
            }
            for (var d : target.dependencies()) {
                doc.edit(w -> w.saveDependency(d));
                expected = expected.withDependency(d);
            }
            for (var a : target.agreements()) {
                doc.edit(w -> w.saveAgreement(a));
                expected = expected.withAgreement(a);
            }
            assertThat(doc.load()).as("seed %d", seed).isEqualTo(expected);
        }
    }

    @Test
    void aRoadmapOfTenThousandMilestonesIsCreatedAndLoadedWhole() throws Exception {
        Roadmap roadmap = SampleRoadmaps.large(10_000);
        Path file = dir.resolve("large.milepost");
        RoadmapDocument.create(file, roadmap).close();
        try (RoadmapDocument doc = RoadmapDocument.open(file, OpenMode.READ_WRITE)) {
            Roadmap loaded = doc.load();
            assertThat(loaded.milestones()).hasSize(10_000);
            assertThat(loaded.dependencies()).hasSize(roadmap.dependencies().size());
            assertThat(loaded).isEqualTo(roadmap);
            doc.edit(w -> w.saveMilestone(roadmap.milestones().get(5_000).withPercentComplete(99)));
            assertThat(doc.load().milestones().get(5_000).percentComplete()).isEqualTo(99);
        }
    }
}
