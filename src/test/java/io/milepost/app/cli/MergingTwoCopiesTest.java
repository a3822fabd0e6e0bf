package io.milepost.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.milepost.model.Milestone;
import io.milepost.model.MilestoneStatus;
import io.milepost.model.PlanDate;
import io.milepost.model.Roadmap;
import io.milepost.store.DocumentException;
import io.milepost.store.OpenMode;
import io.milepost.store.RoadmapDocument;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A planner in Islamabad and one in Minsk keep copies of the sample, edit them differently and send each other JSON
 * exports; each import is a three-way merge with what the two last exchanged.
 */
class MergingTwoCopiesTest {

    @TempDir
    Path dir;
    Path islamabad;
    Path minsk;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return MilepostCli.run(args, new PrintWriter(out), new PrintWriter(err));
    }

    @BeforeEach
    void islamabadSendsItsCopyToMinsk() {
        islamabad = dir.resolve("islamabad.milepost");
        minsk = dir.resolve("minsk.milepost");
        assertThat(run("sample", islamabad.toString())).isZero();
        Path sent = dir.resolve("from-islamabad.json");
        assertThat(run("export", islamabad.toString(), "--format", "json", "--out", sent.toString(),
                "--partner", "Minsk")).isZero();
        assertThat(run("import", sent.toString(), "--into", minsk.toString(), "--partner", "Islamabad")).isZero();
    }

    @Test
    void editsMadeOnEachSideMeetInBothCopies() throws Exception {
        Roadmap start = load(islamabad);
        Milestone forum = start.milestones().get(3);
        Milestone seminar = start.milestones().get(7);
        edit(islamabad, forum, m -> m.toBuilder().status(MilestoneStatus.DONE).percentComplete(100).build());
        edit(minsk, seminar, m -> m.toBuilder().title("Seminar on halal standards (Minsk)").build());
        Milestone added = Milestone.builder().title("Visit of the Belarusian trade mission").sectorId(
                seminar.sectorId()).start(PlanDate.quarter(2027, 1)).build();
        try (RoadmapDocument doc = RoadmapDocument.open(minsk, OpenMode.READ_WRITE)) {
            doc.edit(w -> w.saveMilestone(added));
        }

        assertThat(exchange(minsk, "Islamabad", islamabad, "Minsk")).isZero();
        assertThat(out.toString()).contains("~ Milestone 'Seminar on halal standards (Minsk)'")
                .contains("Title: \"" + seminar.title() + "\" → \"Seminar on halal standards (Minsk)\"")
                .contains("+ Milestone 'Visit of the Belarusian trade mission'")
                .contains("1 added, 1 changed, 0 removed, 0 conflicts");
        assertThat(exchange(islamabad, "Minsk", minsk, "Islamabad")).isZero();

        Roadmap inIslamabad = load(islamabad);
        assertThat(load(minsk)).isEqualTo(inIslamabad);
        assertThat(inIslamabad.milestone(forum.id()).orElseThrow().status()).isEqualTo(MilestoneStatus.DONE);
        assertThat(inIslamabad.milestone(seminar.id()).orElseThrow().title()).endsWith("(Minsk)");
        assertThat(inIslamabad.milestone(added.id())).isPresent();
    }

    @Test
    void aFieldChangedDifferentlyOnBothSidesIsAConflictLeftForThePlanner() throws Exception {
        Milestone forum = load(islamabad).milestones().get(3);
        Milestone other = load(islamabad).milestones().get(9);
        edit(islamabad, forum, m -> m.toBuilder().leadAgencyB("Ministry of Foreign Affairs").build());
        edit(minsk, forum, m -> m.toBuilder().leadAgencyB("Ministry of Economy").build());
        edit(minsk, other, m -> m.toBuilder().remarks("dates confirmed by Minsk").build());

        assertThat(exchange(minsk, "Islamabad", islamabad, "Minsk")).isEqualTo(5);

        assertThat(out.toString()).contains("! conflict: Milestone '" + forum.title() + "', Lead agency (second party)")
                .contains("here \"Ministry of Foreign Affairs\", theirs \"Ministry of Economy\"");
        Roadmap after = load(islamabad);
        assertThat(after.milestone(forum.id()).orElseThrow().leadAgencyB()).isEqualTo("Ministry of Foreign Affairs");
        assertThat(after.milestone(other.id()).orElseThrow().remarks()).isEqualTo("dates confirmed by Minsk");

        Path file = dir.resolve("from-minsk.milepost.json");
        assertThat(run("import", file.toString(), "--into", islamabad.toString(), "--partner", "Minsk",
                "--resolve", "theirs")).isZero();
        assertThat(load(islamabad).milestone(forum.id()).orElseThrow().leadAgencyB()).isEqualTo("Ministry of Economy");
    }

    @Test
    void aMilestoneRemovedInMinskAndUntouchedInIslamabadIsRemovedThere() throws Exception {
        Milestone gone = load(minsk).milestones().get(4);
        try (RoadmapDocument doc = RoadmapDocument.open(minsk, OpenMode.READ_WRITE)) {
            doc.edit(w -> w.deleteMilestone(gone.id()));
        }

        assertThat(exchange(minsk, "Islamabad", islamabad, "Minsk")).isZero();

        assertThat(out.toString()).contains("- Milestone '" + gone.title() + "'");
        assertThat(load(islamabad).milestone(gone.id())).isEmpty();
    }

    @Test
    void aCopyNeverExchangedShowsEveryDifferenceAsAConflict() throws Exception {
        Milestone forum = load(islamabad).milestones().get(3);
        edit(minsk, forum, m -> m.toBuilder().title("Business forum (Minsk's title)").build());
        Path file = dir.resolve("from-minsk.json");
        run("export", minsk.toString(), "--format", "json", "--out", file.toString());
        byte[] before = Files.readAllBytes(islamabad);

        assertThat(run("import", file.toString(), "--into", islamabad.toString(), "--partner", "Gomel")).isEqualTo(5);

        assertThat(out.toString()).contains("never exchanged with Gomel").contains("! conflict: Milestone")
                .contains("no common state known");
        assertThat(Files.readAllBytes(islamabad)).isEqualTo(before);
    }

    @Test
    void aDryRunPrintsTheChangeSetAndWritesNothing() throws Exception {
        Milestone forum = load(minsk).milestones().get(3);
        edit(minsk, forum, m -> m.toBuilder().status(MilestoneStatus.DELAYED).build());
        Path file = dir.resolve("from-minsk.json");
        run("export", minsk.toString(), "--format", "json", "--out", file.toString(), "--partner", "Islamabad");
        byte[] before = Files.readAllBytes(islamabad);

        assertThat(run("import", file.toString(), "--into", islamabad.toString(), "--partner", "Minsk",
                "--dry-run")).isZero();

        assertThat(out.toString()).contains("Status: Planned → Delayed").contains("Dry run, nothing written");
        assertThat(Files.readAllBytes(islamabad)).isEqualTo(before);
    }

    /** {@code from} exports its copy for {@code toName}; {@code to} imports the file as {@code fromName}'s copy. */
    private int exchange(Path from, String toName, Path to, String fromName) {
        Path file = dir.resolve("from-" + from.getFileName() + ".json");
        assertThat(run("export", from.toString(), "--format", "json", "--out", file.toString(), "--partner", toName))
                .isZero();
        return run("import", file.toString(), "--into", to.toString(), "--partner", fromName);
    }

    private static Roadmap load(Path file) throws DocumentException {
        try (RoadmapDocument doc = RoadmapDocument.open(file, OpenMode.READ_ONLY)) {
            return doc.load();
        }
    }

    private static void edit(Path file, Milestone m, UnaryOperator<Milestone> change) throws DocumentException {
        try (RoadmapDocument doc = RoadmapDocument.open(file, OpenMode.READ_WRITE)) {
            doc.edit(w -> w.saveMilestone(change.apply(doc.load().milestone(m.id()).orElseThrow())));
        }
    }
}
