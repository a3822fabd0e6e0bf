package io.milepost.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.milepost.app.edit.Edit;
import io.milepost.model.Milestone;
import io.milepost.model.Roadmap;
import io.milepost.store.OpenMode;
import io.milepost.store.RoadmapDocument;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A window's session shows each edit at once and writes it right after, in order, on a thread of its own. The
 * file holds every edit once the writes are flushed; a write the file refuses brings the window back to the file.
 */
class WritingBehindTest {

    @TempDir
    Path dir;

    /** Stands for the window's thread: what the session hands back to it waits here until the test runs it. */
    private final LinkedBlockingQueue<Runnable> windowThread = new LinkedBlockingQueue<>();
    private final List<String> notSaved = new ArrayList<>();

    @Test
    void editsUndoAndRedoAreShownAtOnceAndInTheFileInTheirOrder() throws Exception {
        Path file = sample();
        try (DocumentSession window = DocumentSession.open(file, OpenMode.READ_WRITE)) {
            window.writeBehind(windowThread::add, (what, problem) -> notSaved.add(what));
            Milestone first = window.roadmap().milestones().get(0);
            for (int percent = 10; percent <= 50; percent += 10) {
                Milestone now = window.roadmap().milestone(first.id()).orElseThrow();
                window.apply(Edit.updateMilestone("Set percent", now, now.withPercentComplete(percent)));
                assertThat(window.roadmap().milestone(first.id()).orElseThrow().percentComplete()).isEqualTo(percent);
            }
            window.undo();
            window.undo();
            window.redo();

            window.flush();
            assertThat(percentInTheFile(file, first)).isEqualTo(40);
            assertThat(inTheFile(file)).isEqualTo(window.roadmap());
            assertThat(notSaved).isEmpty();
        }
    }

    @Test
    void closingWaitsForTheWritesSoNothingShownIsLost() throws Exception {
        Path file = sample();
        Roadmap shown;
        try (DocumentSession window = DocumentSession.open(file, OpenMode.READ_WRITE)) {
            window.writeBehind(windowThread::add, (what, problem) -> notSaved.add(what));
            for (Milestone m : window.roadmap().milestones().subList(0, 20)) {
                window.apply(Edit.updateMilestone("Rename", m, m.toBuilder().title(m.title() + " (renamed)").build()));
            }
            shown = window.roadmap();
        }
        assertThat(inTheFile(file)).isEqualTo(shown);
    }

    @Test
    void aWriteTheFileRefusesBringsTheWindowBackToTheFileAndSaysWhat() throws Exception {
        Path file = sample();
        // Locking failed (the file reached by a second name): another window changes a row this one then edits.
        Path otherName = Files.createLink(dir.resolve("same-file.milepost"), file);
        try (DocumentSession window = DocumentSession.open(file, OpenMode.READ_WRITE);
             DocumentSession other = DocumentSession.open(otherName, OpenMode.READ_WRITE)) {
            window.writeBehind(windowThread::add, (what, problem) -> notSaved.add(what + ": " + problem.kind()));
            Milestone first = window.roadmap().milestones().get(0);
            Milestone second = window.roadmap().milestones().get(1);
            other.apply(Edit.updateMilestone("Set percent", first, first.withPercentComplete(90)));

            window.apply(Edit.updateMilestone("Set percent", first, first.withPercentComplete(10)));
            window.apply(Edit.updateMilestone("Rename", second, second.toBuilder().title("Queued behind").build()));
            assertThat(window.roadmap().milestone(second.id()).orElseThrow().title()).isEqualTo("Queued behind");

            Runnable backToTheFile = windowThread.poll(30, TimeUnit.SECONDS);
            assertThat(backToTheFile).as("the failure is handed to the window's thread").isNotNull();
            backToTheFile.run();

            assertThat(notSaved).containsExactly("Set percent: CHANGED_ELSEWHERE");
            assertThat(window.roadmap().milestone(first.id()).orElseThrow().percentComplete()).isEqualTo(90);
            assertThat(window.roadmap().milestone(second.id()).orElseThrow().title()).isEqualTo(second.title());
            assertThat(window.canUndo()).as("its history was made on what is not in the file").isFalse();
            window.flush();
            assertThat(inTheFile(file)).as("the write queued behind the refused one was not made")
                    .isEqualTo(window.roadmap());

            Milestone now = window.roadmap().milestone(second.id()).orElseThrow();
            window.apply(Edit.updateMilestone("Rename", now, now.toBuilder().title("After the reload").build()));
            window.flush();
            assertThat(inTheFile(file).milestone(second.id()).orElseThrow().title()).isEqualTo("After the reload");
        }
    }

    private Path sample() throws Exception {
        Path file = dir.resolve("roadmap.milepost");
        RoadmapDocument.create(file, SampleRoadmap.load()).close();
        return file;
    }

    private static Roadmap inTheFile(Path file) throws Exception {
        try (RoadmapDocument doc = RoadmapDocument.open(file, OpenMode.READ_ONLY)) {
            return doc.load();
        }
    }

    private static int percentInTheFile(Path file, Milestone m) throws Exception {
        return inTheFile(file).milestone(m.id()).orElseThrow().percentComplete();
    }
}
