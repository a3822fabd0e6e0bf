package io.milepost.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.milepost.model.Roadmap;
import io.milepost.model.RoadmapValidator;
import io.milepost.store.OpenMode;
import io.milepost.store.RoadmapDocument;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * There is no "Save": a Milepost process killed in the middle of editing leaves a document that opens cleanly and
 * holds every edit it had reported as made (DESIGN §4, §8). The editing process is a real, separate JVM
 * ({@link CrashingEditor}) killed without warning (SIGKILL), as the task manager or the out-of-memory killer would;
 * a power cut, which also loses what the OS had not yet written, is beyond a test.
 */
class DocumentCrashTest {

    private static final int ROUNDS = 3;
    private static final long WAIT_SECONDS = 60; // generous: a bound on a hung child, not a timing requirement
    private static final Pattern COMMITTED = Pattern.compile("committed (\\d+) ok");

    @TempDir
    Path dir;

    @Test
    void aCrashMidEditLosesAtMostTheEditInFlight() throws Exception {
        Path file = dir.resolve("pakistan-belarus.milepost");
        Path lockFile = dir.resolve(".pakistan-belarus.milepost.lock");
        Roadmap inFile = SampleRoadmap.load();
        RoadmapDocument.create(file, inFile).close();
        long stepsInFile = 0;

        for (int round = 1; round <= ROUNDS; round++) {
            Path output = dir.resolve("editor-" + round + ".out");
            Path errors = dir.resolve("editor-" + round + ".err");
            Process editor = startEditor(file, stepsInFile + 1, output, errors);
            int reportsBeforeTheKill = 2 + 5 * round;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
            while (new Reports(output, stepsInFile).count() < reportsBeforeTheKill) {
                if (!editor.isAlive() || System.nanoTime() > deadline) {
                    editor.destroyForcibly();
                    fail("round " + round + ": the editing process stopped reporting edits; its errors:\n"
                            + Files.readString(errors));
                }
                Thread.sleep(10);
            }

            editor.destroyForcibly();

            assertThat(editor.waitFor(WAIT_SECONDS, TimeUnit.SECONDS)).as("the killed process ended").isTrue();
            assertThat(editor.exitValue()).as("it was killed, it did not stop by itself").isNotZero();
            long reported = new Reports(output, stepsInFile).last();
            assertThat(lockFile).as("the dead process could not delete its lock file").exists();

            Roadmap committed = replay(inFile, stepsInFile + 1, reported);
            Roadmap withTheEditInFlight = CrashingEditor.step(committed, reported + 1).applyTo(committed);

            Roadmap reopened;
            try (RoadmapDocument doc = RoadmapDocument.open(file, OpenMode.READ_WRITE)) { // the stale lock is no lock
                assertThat(doc.integrityProblems()).as("round " + round).isEmpty();
                reopened = doc.load();
            }
            assertThat(RoadmapValidator.validate(reopened)).as("round " + round).isEmpty();
            assertThat(reopened).as("round %d: the file holds every step up to %d, reported as made, and perhaps step %d, "
                    + "which was in flight", round, reported, reported + 1).isIn(committed, withTheEditInFlight);

            boolean inFlightKept = reopened.equals(withTheEditInFlight) && !reopened.equals(committed);
            stepsInFile = inFlightKept ? reported + 1 : reported;
            inFile = reopened;
        }

        assertThat(lockFile).as("the last reopening closed cleanly").doesNotExist();
        try (DocumentSession session = DocumentSession.open(file, OpenMode.READ_WRITE)) {
            assertThat(session.roadmap()).isEqualTo(inFile);
            session.apply(CrashingEditor.step(session.roadmap(), stepsInFile + 1)); // the planner carries on
        }
        // A crash before the edit's journal was complete leaves an unused journal that SQLite ignores; the next edit
        // removes it, and the document is again one file.
        assertThat(dir.resolve("pakistan-belarus.milepost-journal")).doesNotExist();
        assertThat(lockFile).doesNotExist();
    }

    /**
     * Starts the editing process. Its output goes to a file, not a pipe: killing a process closes the pipe and loses
     * what was not read yet, while the file keeps every line the process wrote before it died.
     */
    private static Process startEditor(Path file, long firstStep, Path output, Path errors) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"),
                "-cp", System.getProperty("java.class.path"),
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                CrashingEditor.class.getName(), file.toString(), Long.toString(firstStep)));
        return new ProcessBuilder(command).redirectOutput(output.toFile()).redirectError(errors.toFile()).start();
    }

    /**
     * What the editing process has said it did so far: one report per step, in order, the step after those of the
     * earlier rounds first; the last line may be cut short by the kill.
     */
    private static final class Reports {
        private long last;
        private int count;

        Reports(Path output, long stepsBefore) throws IOException {
            last = stepsBefore;
            String text = Files.readString(output, StandardCharsets.UTF_8);
            String[] lines = text.split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                Matcher m = COMMITTED.matcher(lines[i]);
                if (m.matches()) {
                    assertThat(Long.parseLong(m.group(1))).as("reports come in order").isEqualTo(last + 1);
                    last++;
                    count++;
                } else {
                    assertThat(i).as("only the last line may be cut short: '%s'", lines[i])
                            .isEqualTo(lines.length - 1);
                    assertThat(CrashingEditor.committed(last + 1)).as("a line cut short").startsWith(lines[i]);
                }
            }
        }

        /** The number of the last step reported. */
        long last() {
            return last;
        }

        int count() {
            return count;
        }
    }

    /** The roadmap after steps {@code first}…{@code last}, as the editing process made them. */
    private static Roadmap replay(Roadmap roadmap, long first, long last) {
        Roadmap r = roadmap;
        for (long n = first; n <= last; n++) {
            r = CrashingEditor.step(r, n).applyTo(r);
        }
        return r;
    }
}
