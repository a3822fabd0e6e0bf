package io.milepost.store;

import io.milepost.model.Dependency;
import io.milepost.model.DependencyType;
import io.milepost.model.Milestone;
import io.milepost.model.Roadmap;
import io.milepost.store.DocumentException.Reason;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Where locking fails — a network folder, a copy reached by another name, another program — two windows may both
 * edit one file. Every row carries a revision and every write names the one it changes, so a window writing from
 * what it read before the other's save is refused: nothing newer is ever silently overwritten. The second name of
 * the file here is a hard link, which the lock (keyed by path) does not see through, just as a lock on a network
 * folder is not seen from another machine.
 */
class NoLostUpdateTest {

    @TempDir
    Path dir;

    private Path file;
    private Path otherName;

    @BeforeEach
    void twoNamesForOneDocument() throws Exception {
        file = dir.resolve("roadmap.milepost");
        RoadmapDocument.create(file, SampleRoadmaps.everyFieldSet()).close();
        otherName = Files.createLink(dir.resolve("copy-in-another-folder.milepost"), file);
    }

    @Test
    void aWindowWritingFromAStaleCopyIsRefusedAndTheNewerWorkStays() throws Exception {
        try (RoadmapDocument islamabad = RoadmapDocument.open(file, OpenMode.READ_WRITE);
             RoadmapDocument minsk = RoadmapDocument.open(otherName, OpenMode.READ_WRITE)) {
            Milestone halal = islamabad.load().milestone(SampleRoadmaps.HALAL).orElseThrow();
            Milestone seenInMinsk = minsk.load().milestone(SampleRoadmaps.HALAL).orElseThrow();

            islamabad.edit(w -> w.saveMilestone(halal.toBuilder().title("Moved by Islamabad").build()));

            assertThatThrownBy(() -> minsk.edit(w -> w.saveMilestone(
                    seenInMinsk.toBuilder().percentComplete(40).build())))
                    .isInstanceOfSatisfying(DocumentException.class, e -> {
                        assertThat(e.reason()).isEqualTo(Reason.STALE);
                        assertThat(e.getMessage()).contains("was changed in another window or program");
                    });
            Milestone inFile = minsk.load().milestone(SampleRoadmaps.HALAL).orElseThrow();
            assertThat(inFile.title()).isEqualTo("Moved by Islamabad");
            assertThat(inFile.percentComplete()).isEqualTo(halal.percentComplete());

            // Having read the file again, Minsk's change is made on top of Islamabad's.
            minsk.edit(w -> w.saveMilestone(inFile.toBuilder().percentComplete(40).build()));
            assertThat(islamabad.load().milestone(SampleRoadmaps.HALAL).orElseThrow())
                    .extracting(Milestone::title, Milestone::percentComplete).containsExactly("Moved by Islamabad", 40);
        }
    }

    @Test
    void deletingWhatTheOtherWindowChangedIsRefusedAndSoIsChangingWhatItDeleted() throws Exception {
        try (RoadmapDocument one = RoadmapDocument.open(file, OpenMode.READ_WRITE);
             RoadmapDocument two = RoadmapDocument.open(otherName, OpenMode.READ_WRITE)) {
            Roadmap seen = two.load();
            Milestone teachers = one.load().milestone(SampleRoadmaps.TEACHERS).orElseThrow();
            one.edit(w -> w.saveMilestone(teachers.toBuilder().remarks("Changed in window one").build()));
            one.edit(w -> w.deleteMilestone(SampleRoadmaps.SIGNING));

            assertThatThrownBy(() -> two.edit(w -> w.deleteMilestone(SampleRoadmaps.TEACHERS)))
                    .isInstanceOfSatisfying(DocumentException.class, e -> assertThat(e.reason()).isEqualTo(Reason.STALE));
            Milestone signing = seen.milestone(SampleRoadmaps.SIGNING).orElseThrow();
            assertThatThrownBy(() -> two.edit(w -> w.saveMilestone(
                    signing.toBuilder().title("Renamed in two").build())))
                    .isInstanceOfSatisfying(DocumentException.class, e -> assertThat(e.reason()).isEqualTo(Reason.STALE));
            assertThat(one.load().milestone(SampleRoadmaps.TEACHERS).orElseThrow().remarks())
                    .isEqualTo("Changed in window one");
            assertThat(one.load().milestone(SampleRoadmaps.SIGNING)).isEmpty();
        }
    }

    @Test
    void aRefusedEditLeavesNothingOfItselfNotEvenItsEarlierSteps() throws Exception {
        try (RoadmapDocument one = RoadmapDocument.open(file, OpenMode.READ_WRITE);
             RoadmapDocument two = RoadmapDocument.open(otherName, OpenMode.READ_WRITE)) {
            Roadmap seen = two.load();
            Milestone halal = one.load().milestone(SampleRoadmaps.HALAL).orElseThrow();
            one.edit(w -> w.saveMilestone(halal.toBuilder().title("Newer").build()));
            Dependency link = new Dependency(UUID.randomUUID(), SampleRoadmaps.TEACHERS, SampleRoadmaps.SIGNING,
                    DependencyType.FS, 0);

            assertThatThrownBy(() -> two.edit(w -> {
                w.saveDependency(link);
                w.saveMilestone(seen.milestone(SampleRoadmaps.HALAL).orElseThrow().toBuilder().title("Older").build());
            })).isInstanceOfSatisfying(DocumentException.class, e -> assertThat(e.reason()).isEqualTo(Reason.STALE));

            Roadmap now = two.load();
            assertThat(now.dependencies()).doesNotContain(link);
            assertThat(now.milestone(SampleRoadmaps.HALAL).orElseThrow().title()).isEqualTo("Newer");
            // What the refused edit learnt was rolled back with it: a fresh attempt is judged by the file.
            two.edit(w -> w.saveDependency(link));
            assertThat(one.load().dependencies()).contains(link);
        }
    }

    @Test
    void twoProcessesWritingOneMilestoneFromStaleCopiesLandExactlyOneWrite() throws Exception {
        Process islamabad = writer(file, "Title from Islamabad");
        Process minsk = writer(otherName, "Title from Minsk");
        try {
            BufferedReader fromIslamabad = output(islamabad);
            BufferedReader fromMinsk = output(minsk);
            assertThat(fromIslamabad.readLine()).isEqualTo("ready");
            assertThat(fromMinsk.readLine()).isEqualTo("ready");

            say(islamabad, "write");
            String first = fromIslamabad.readLine();
            say(minsk, "write");
            String second = fromMinsk.readLine();

            assertThat(first).isEqualTo("saved");
            assertThat(second).startsWith("refused STALE: ").contains("changed in another window or program");
        } finally {
            for (Process p : List.of(islamabad, minsk)) {
                if (!p.waitFor(60, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
            }
        }
        try (RoadmapDocument doc = RoadmapDocument.open(file, OpenMode.READ_ONLY)) {
            Milestone m = doc.load().milestone(SampleRoadmaps.HALAL).orElseThrow();
            Milestone before = SampleRoadmaps.everyFieldSet().milestone(SampleRoadmaps.HALAL).orElseThrow();
            assertThat(m).isEqualTo(before.toBuilder().title("Title from Islamabad").build());
            assertThat(doc.integrityProblems()).isEmpty();
        }
    }

    private static Process writer(Path document, String title) throws Exception {
        return new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-cp",
                System.getProperty("java.class.path"), "-Dorg.slf4j.simpleLogger.defaultLogLevel=off",
                StaleWriter.class.getName(), document.toString(), SampleRoadmaps.HALAL.toString(), title)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    private static BufferedReader output(Process p) {
        return new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    }

    private static void say(Process p, String line) throws Exception {
        Writer w = new java.io.OutputStreamWriter(p.getOutputStream(), StandardCharsets.UTF_8);
        w.write(line + "\n");
        w.flush();
    }
}
