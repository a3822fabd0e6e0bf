package io.milepost.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a planner or a script uses it: write the sample, check documents good and bad. */
class MilepostCliTest {

    @TempDir
    Path dir;
    Path sample;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return MilepostCli.run(args, new PrintWriter(out), new PrintWriter(err));
    }

    @BeforeEach
    void writeTheSample() {
        sample = dir.resolve("roadmap.milepost");
        assertThat(run("sample", sample.toString())).isZero();
    }

    @Test
    void versionPrintsTheProjectVersionThatMavenBuilt() {
        assertThat(run("--version")).isZero();
        assertThat(out.toString().strip()).matches("Milepost \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
        assertThat(MilepostCli.isCommandLine(new String[] {"--version"})).isTrue();
    }

    @Test
    void theSampleChecksCleanWithItsCounts() {
        assertThat(run("check", sample.toString())).isZero();
        assertThat(out.toString()).contains("Roadmap for Comprehensive Cooperation between Pakistan and Belarus")
                .contains("milestones").contains("no problems found");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void theCheckReportIsAlsoOneJsonObject() {
        assertThat(run("check", "--json", sample.toString())).isZero();
        String json = out.toString();
        assertThat(json.strip()).startsWith("{").endsWith("}");
        assertThat(json).contains("\"milestones\" :").contains("\"sectors\" :").contains("\"commissions\" :")
                .contains("\"sessions\" :").contains("\"dependencies\" :").contains("\"agreements\" :")
                .contains("\"problems\" : [ ]").contains("\"warnings\" : [ ]").contains("\"ok\" : true");
    }

    @Test
    void aLinkTheDatesDoNotKeepIsAWarningThatLeavesTheCheckClean() throws Exception {
        try (var doc = io.milepost.store.RoadmapDocument.open(sample, io.milepost.store.OpenMode.READ_WRITE)) {
            var roadmap = doc.load();
            var link = roadmap.dependencies().stream()
                    .filter(d -> d.type() == io.milepost.model.DependencyType.FS).findFirst().orElseThrow();
            var pred = roadmap.milestone(link.predecessorId()).orElseThrow();
            var succ = roadmap.milestone(link.successorId()).orElseThrow();
            var early = io.milepost.model.PlanDate.day(pred.firstDay().minusYears(1));
            doc.edit(w -> w.saveMilestone(succ.toBuilder().start(early).end(null).ongoing(false).build()));
        }
        assertThat(run("check", sample.toString())).isZero();
        assertThat(out.toString()).contains("1 schedule warning").contains("before");
    }

    @Test
    void theSampleIsNotWrittenOverAnExistingFileWithoutForce() throws IOException {
        byte[] before = Files.readAllBytes(sample);
        assertThat(run("sample", sample.toString())).isEqualTo(2);
        assertThat(err.toString()).contains(sample.toString()).contains("--force");
        assertThat(Files.readAllBytes(sample)).isEqualTo(before);
        assertThat(run("sample", "--force", sample.toString())).isZero();
        assertThat(run("check", sample.toString())).isZero();
    }

    @Test
    void aTextFileRenamedMilepostIsRefusedAndUntouched() throws IOException {
        Path text = dir.resolve("notes.milepost");
        Files.writeString(text, "Minutes of the 8th session\n");
        assertRefusedUntouched(text, "not a SQLite database");
    }

    @Test
    void anEmptyFileIsRefusedAndUntouched() throws IOException {
        Path empty = Files.createFile(dir.resolve("empty.milepost"));
        assertRefusedUntouched(empty, "empty");
    }

    @Test
    void aDatabaseOfAnotherProgramIsRefusedAndUntouched() throws Exception {
        Path foreign = dir.resolve("contacts.milepost");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + foreign);
             Statement s = c.createStatement()) {
            s.execute("CREATE TABLE contact(name TEXT)");
            s.execute("INSERT INTO contact VALUES ('Jam Kamal Khan')");
        }
        assertRefusedUntouched(foreign, "another application");
    }

    @Test
    void aDocumentFromANewerMilepostIsRefusedAndUntouched() throws IOException {
        Path newer = dir.resolve("newer.milepost");
        byte[] bytes = Files.readAllBytes(sample);
        ByteBuffer.wrap(bytes).putInt(60, 99); // user_version, the schema version, in the SQLite header
        Files.write(newer, bytes);
        assertRefusedUntouched(newer, "newer");
    }

    @Test
    void aTruncatedCopyIsRefusedAndUntouched() throws IOException {
        Path truncated = dir.resolve("truncated.milepost");
        byte[] bytes = Files.readAllBytes(sample);
        Files.write(truncated, Arrays.copyOf(bytes, bytes.length / 2));
        assertRefusedUntouched(truncated, "damaged");
    }

    @Test
    void aDocumentWhoseTablesWereChangedByAnotherProgramIsBadInput() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + sample);
             Statement s = c.createStatement()) {
            s.execute("ALTER TABLE milestone RENAME COLUMN remarks TO notes");
        }
        assertThat(run("check", sample.toString())).isEqualTo(3);
        assertThat(err.toString().strip()).contains(sample.toString()).contains("damaged").doesNotContain("\n");
    }

    @Test
    void aMissingFileIsBadInput() {
        assertThat(run("check", dir.resolve("nowhere.milepost").toString())).isEqualTo(3);
        assertThat(err.toString()).contains("nowhere.milepost");
    }

    @Test
    void theSampleIsNotWrittenOverADocumentOpenForEditingEvenWithForce() throws Exception {
        byte[] before = Files.readAllBytes(sample);
        try (var open = io.milepost.store.RoadmapDocument.open(sample, io.milepost.store.OpenMode.READ_WRITE)) {
            assertThat(run("sample", "--force", sample.toString())).isEqualTo(4);
            assertThat(err.toString()).contains(sample.toString()).contains("close it there");
        }
        assertThat(Files.readAllBytes(sample)).isEqualTo(before);
    }

    @Test
    void theSampleIsNotWrittenOverANewerDocumentOpenElsewhereEvenWithForce() throws Exception {
        // A newer Milepost editing the file holds its lock; this build cannot even read the file's schema.
        Path newer = dir.resolve("newer.milepost");
        byte[] bytes = Files.readAllBytes(sample);
        ByteBuffer.wrap(bytes).putInt(60, 99);
        Files.write(newer, bytes);
        Path lockFile = dir.resolve(".newer.milepost.lock");
        try (var channel = java.nio.channels.FileChannel.open(lockFile, java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.WRITE); var held = channel.lock()) {
            assertThat(run("sample", "--force", newer.toString())).isEqualTo(4);
        }
        assertThat(Files.readAllBytes(newer)).isEqualTo(bytes);
    }

    @Test
    void aMistypedCommandIsAUsageErrorThatSuggestsTheRightOne() {
        assertThat(run("chek", sample.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("chek");
        assertThat(run("help", "check")).isZero();
        assertThat(out.toString()).contains("Usage: milepost check");
    }

    @Test
    void anUnknownCommandOrOptionIsAUsageError() {
        assertThat(run("chekc", sample.toString())).isEqualTo(2);
        assertThat(run("check", "--jsn", sample.toString())).isEqualTo(2);
    }

    private void assertRefusedUntouched(Path file, String reason) throws IOException {
        byte[] before = Files.readAllBytes(file);
        FileTime modified = Files.getLastModifiedTime(file);
        for (String[] args : new String[][] {{"check", file.toString()}, {"check", "--json", file.toString()}}) {
            assertThat(run(args)).isEqualTo(3);
            String message = err.toString().strip();
            assertThat(message).doesNotContain("\n").doesNotContain("Exception").contains(file.toString())
                    .contains(reason);
        }
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(Files.getLastModifiedTime(file)).isEqualTo(modified);
        try (var siblings = Files.list(dir)) {
            assertThat(siblings.map(p -> p.getFileName().toString()))
                    .noneMatch(n -> n.startsWith(file.getFileName().toString() + "-"));
        }
    }

    @Test
    void checkNeverPassesATitlesControlCharactersToTheTerminal() throws Exception {
        Path hostile = dir.resolve("hostile.milepost");
        io.milepost.model.Roadmap sample = io.milepost.app.SampleRoadmap.load();
        io.milepost.model.RoadmapInfo i = sample.info();
        io.milepost.store.RoadmapDocument.create(hostile, sample.withInfo(new io.milepost.model.RoadmapInfo(i.id(),
                "Roadmap \u001b]0;HACKED\u0007\u001b[2J", i.subtitle(), i.partyA(), i.partyB(), i.periodStart(),
                i.periodEnd(), i.description(), i.primaryLanguage(), i.secondLanguage()))).close();

        assertThat(run("check", hostile.toString())).isZero();

        assertThat(out.toString()).doesNotContain("\u001b").doesNotContain("\u0007").contains("Roadmap \\e]0;HACKED");
    }

    @Test
    void anExportNeverReplacesARoadmapNotEvenTheOneItIsMadeFrom() throws Exception {
        byte[] before = Files.readAllBytes(sample);
        for (String format : new String[] {"json", "csv", "xlsx", "pdf"}) {
            assertThat(run("export", sample.toString(), "--format", format, "--out", sample.toString()))
                    .as(format).isEqualTo(4);
            assertThat(err.toString()).contains("an export never replaces one");
        }
        assertThat(Files.readAllBytes(sample)).isEqualTo(before);
        assertThat(run("check", sample.toString())).isZero();
    }
}
