package io.milepost.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.milepost.model.Roadmap;
import io.milepost.store.OpenMode;
import io.milepost.store.RoadmapDocument;
import io.milepost.testing.ReliabilityCounts;
import io.milepost.testing.Seeds;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A crash storm (DESIGN §4, §8; issue 11): a separate JVM ({@link StormEditor}) makes a long seeded stream of edits
 * of every kind, and is killed with SIGKILL at random moments. After each kill the file is reopened and must pass
 * {@code integrity_check} and {@code foreign_key_check} and hold exactly the roadmap replayed from the edits the
 * process reported as committed — plus, perhaps, the one edit in flight, whole, never half of it.
 *
 * <p>{@code mvn test} runs {@value #DEFAULT_KILLS} kills; {@code -Dmilepost.storm.kills=200} runs the full storm
 * (docs/reliability.md). The counts of the last run go to {@code target/reliability/CrashStormTest.properties}.
 */
class CrashStormTest {

    static final String KILLS_PROPERTY = "milepost.storm.kills";
    private static final int DEFAULT_KILLS = 10;
    private static final long HANG_GUARD_SECONDS = 120; // a bound on a hung child, not a timing requirement
    private static final Pattern COMMITTED = Pattern.compile("committed (\\d+) ok");

    @TempDir
    Path dir;

    private final Map<String, Long> counts = new LinkedHashMap<>();

    @Test
    void everyAcknowledgedEditSurvivesEveryKill() {
        int kills = Integer.getInteger(KILLS_PROPERTY, DEFAULT_KILLS);
        Seeds.check(1, random -> storm(random, kills));
        ReliabilityCounts.write("CrashStormTest", counts);
    }

    private void storm(Random random, int kills) throws Exception {
        long seed = random.nextLong();
        Path file = dir.resolve("storm-" + Long.toHexString(seed) + ".milepost");
        Path scratch = dir.resolve("replayed-partner-copy.json");
        Roadmap inFile = RandomRoadmaps.generate(seed, 12);
        RoadmapDocument.create(file, inFile).close();
        long stepsInFile = 0;
        counts.put("kills", 0L);
        counts.put("acknowledgedEditsVerified", 0L);
        counts.put("editsInFlightFoundWhole", 0L);
        counts.put("mergeImportsAcknowledged", 0L);

        for (int round = 1; round <= kills; round++) {
            Path output = dir.resolve("storm-" + round + ".out");
            Path errors = dir.resolve("storm-" + round + ".err");
            Process editor = startEditor(file, seed, stepsInFile + 1, output, errors);
            int reportsBeforeTheKill = 1 + random.nextInt(12);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(HANG_GUARD_SECONDS);
            while (reports(output, stepsInFile) - stepsInFile < reportsBeforeTheKill) {
                if (!editor.isAlive() || System.nanoTime() > deadline) {
                    editor.destroyForcibly();
                    fail("kill " + round + ": the editing process stopped reporting edits; its errors:\n"
                            + Files.readString(errors));
                }
                Thread.sleep(2);
            }
            Thread.sleep(random.nextInt(15)); // land the kill anywhere in the next edit, or between edits

            editor.destroyForcibly(); // SIGKILL on POSIX
            assertThat(editor.waitFor(HANG_GUARD_SECONDS, TimeUnit.SECONDS)).as("the killed process ended").isTrue();
            long reported = reports(output, stepsInFile);

            Roadmap committed = inFile;
            for (long n = stepsInFile + 1; n <= reported; n++) {
                committed = replay(committed, seed, n, scratch);
                if (StormSteps.isImport(seed, n)) {
                    counts.merge("mergeImportsAcknowledged", 1L, Long::sum);
                }
            }
            Roadmap withTheEditInFlight = replay(committed, seed, reported + 1, scratch);

            Roadmap reopened;
            try (RoadmapDocument doc = RoadmapDocument.open(file, OpenMode.READ_WRITE)) { // a stale lock is no lock
                assertThat(doc.integrityProblems()).as("kill %d: integrity and foreign keys", round).isEmpty();
                reopened = doc.load();
            }
            assertThat(reopened).as("kill %d (seed %d): the file holds every step up to %d, reported as committed, "
                    + "and perhaps step %d (%s), which was in flight, whole", round, seed, reported, reported + 1,
                    StormSteps.kind(seed, reported + 1)).isIn(committed, withTheEditInFlight);

            boolean inFlightKept = !reopened.equals(committed);
            counts.merge("kills", 1L, Long::sum);
            counts.merge("acknowledgedEditsVerified", reported - stepsInFile, Long::sum);
            if (inFlightKept) {
                counts.merge("editsInFlightFoundWhole", 1L, Long::sum);
            }
            stepsInFile = inFlightKept ? reported + 1 : reported;
            inFile = reopened;
        }
        counts.put("seed", seed);
        counts.put("stepsInFile", stepsInFile);
    }

    private static Roadmap replay(Roadmap r, long seed, long n, Path scratch) throws Exception {
        return StormSteps.isImport(seed, n) ? StormSteps.afterImport(r, seed, n, scratch)
                : StormSteps.edit(r, seed, n).applyTo(r);
    }

    /**
     * Output goes to a file, not a pipe: killing a process closes the pipe and loses what was not read yet, while
     * the file keeps every line the process wrote before it died.
     */
    private static Process startEditor(Path file, long seed, long firstStep, Path output, Path errors)
            throws IOException {
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"),
                "-cp", System.getProperty("java.class.path"),
                "-XX:TieredStopAtLevel=1", "-Xshare:auto",
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                StormEditor.class.getName(), file.toString(), Long.toString(seed), Long.toString(firstStep)));
        return new ProcessBuilder(command).redirectOutput(output.toFile()).redirectError(errors.toFile()).start();
    }

    /** The number of the last step the process reported, checking the reports come in order, one per step. */
    private static long reports(Path output, long stepsBefore) throws IOException {
        long last = stepsBefore;
        String[] lines = Files.readString(output, StandardCharsets.UTF_8).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher m = COMMITTED.matcher(lines[i]);
            if (m.matches()) {
                assertThat(Long.parseLong(m.group(1))).as("reports come in order").isEqualTo(last + 1);
                last++;
            } else {
                assertThat(i).as("only the last line may be cut short: '%s'", lines[i]).isEqualTo(lines.length - 1);
            }
        }
        return last;
    }
}
