package io.milepost.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.milepost.app.Access;
import io.milepost.app.DocumentProblem;
import io.milepost.app.DocumentSession;
import io.milepost.testing.ReliabilityCounts;
import io.milepost.testing.Seeds;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An attacker, a failing disk or a careless sync tool hands the planner a file ({@link HostileFiles}): every one
 * goes through {@code check}, through opening read-only as the window does and, for exchange files, through
 * {@code import}. Each is refused, or read cleanly, with one-line messages; none hangs (5 s is a hang guard, not a
 * speed requirement); none is written to; and no text from a file reaches the terminal raw.
 */
class HostileFilesTest {

    /** The corpus's seed: the committed corpus is always the same files. */
    private static final long CORPUS_SEED = 11;
    private static final Duration HANG_GUARD = Duration.ofSeconds(5);

    @TempDir
    static Path dir;
    static HostileFiles corpus;
    static Path validDocument;
    static final Map<String, Integer> COUNTS = new TreeMap<>();

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeAll
    static void writeTheCorpus() throws Exception {
        validDocument = dir.resolve("valid.milepost");
        Path json = dir.resolve("valid.json");
        MilepostCli.run(new String[] {"sample", validDocument.toString()}, new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()));
        MilepostCli.run(new String[] {"export", validDocument.toString(), "--format", "json", "--out",
            json.toString()}, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        Path folder = Files.createDirectory(dir.resolve("corpus"));
        corpus = HostileFiles.write(folder, CORPUS_SEED, Files.readString(json));
    }

    @AfterAll
    static void writeCounts() {
        ReliabilityCounts.write("HostileFilesTest", COUNTS);
    }

    @Test
    void everyBrokenOrHostileDocumentIsRefusedOrReadCleanlyAndNeverWritten() throws Exception {
        assertThat(corpus.documents()).hasSizeGreaterThan(3 * corpus.pages());
        for (HostileFiles.Case c : corpus.documents()) {
            tryDocument(c.toString(), c.file());
        }
    }

    @Test
    void everyBrokenOrHostileExchangeFileIsRefusedOrImportedCleanlyAndTheDocumentUntouchedWhenRefused()
            throws Exception {
        for (HostileFiles.Case c : corpus.exchangeFiles()) {
            tryImport(c.toString(), c.file());
        }
    }

    @Test
    void aTitleWithTerminalEscapesIsShownEscapedByCheck() throws Exception {
        Path file = find("terminal escapes in the roadmap's and a milestone's title");
        int exit = run("check", file.toString());
        assertThat(exit).isEqualTo(MilepostCli.BAD_INPUT); // the milestone now ends before it starts
        assertThat(out.toString()).contains("Plan\\e]0;pwned\\u0007\\e[2J").doesNotContain("\u001b", "\u0007");
        assertThat(out.toString().lines().filter(l -> l.contains("pwned")).count()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void aTitleWithTerminalEscapesIsShownEscapedByImport() throws Exception {
        HostileFiles.Case c = corpus.exchangeFiles().stream()
                .filter(x -> x.toString().equals("terminal escapes in titles")).findFirst().orElseThrow();
        Path into = copyOfTheValidDocument("escapes");
        run("import", c.file().toString(), "--into", into.toString(), "--dry-run");
        assertThat(out.toString()).contains("pwned").doesNotContain("\u001b", "\u0007", "\u009b");
        assertNoRawControlCharacters("import of " + c);
    }

    @Test
    void aDocumentCarryingTriggersOrViewsIsRefusedBeforeAnyOfThemCanRun() throws Exception {
        Path pwned = Path.of("/tmp/milepost-pwned");
        Files.deleteIfExists(pwned);
        for (String name : List.of("a trigger that empties the sectors when a milestone changes",
                "a trigger that writes a file when a milestone is added", "a view that writes a file when read")) {
            Path file = find(name);
            String before = state(file);
            int exit = run("import", dir.resolve("valid.json").toString(), "--into", file.toString(),
                    "--resolve", "theirs");
            assertThat(exit).as(name).isEqualTo(MilepostCli.BAD_INPUT);
            assertThat(err.toString()).as(name).contains("holds triggers or views").contains("Milepost does not open it");
            assertThat(run("check", file.toString())).as(name).isEqualTo(MilepostCli.BAD_INPUT);
            assertThat(state(file)).as(name).isEqualTo(before);
        }
        assertThat(pwned).as("no SQL of the file's ran").doesNotExist();
    }

    @Test
    void randomlyDamagedDocumentsAreRefusedOrReadCleanly() {
        byte[] valid = readAll(validDocument);
        Seeds.check(40, random -> {
            byte[] bytes = valid.clone();
            for (int i = 0, n = 1 + random.nextInt(16); i < n; i++) {
                bytes[random.nextInt(bytes.length)] ^= (byte) (1 + random.nextInt(255));
            }
            Path file = dir.resolve("random.milepost");
            Files.write(file, bytes);
            tryDocument("a randomly damaged document", file);
            count("fuzzCasesTried");
        });
    }

    @Test
    void randomlyDamagedExchangeFilesAreRefusedOrImportedCleanly() throws Exception {
        byte[] valid = Files.readAllBytes(dir.resolve("valid.json"));
        Seeds.check(40, random -> {
            byte[] bytes = mutated(valid, random);
            Path file = dir.resolve("random.json");
            Files.write(file, bytes);
            tryImport("a randomly damaged exchange file", file);
            count("fuzzCasesTried");
        });
    }

    private static byte[] mutated(byte[] valid, Random random) {
        byte[] bytes = valid.clone();
        if (random.nextInt(4) == 0) {
            return java.util.Arrays.copyOf(bytes, random.nextInt(bytes.length));
        }
        byte[] hostile = "\"{}[],:0-9e\\\u001b".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        for (int i = 0, n = 1 + random.nextInt(8); i < n; i++) {
            bytes[random.nextInt(bytes.length)] = hostile[random.nextInt(hostile.length)];
        }
        return bytes;
    }

    /** {@code check}, then opening read-only as the window does: refused or read, never written, never raw. */
    private void tryDocument(String name, Path file) throws Exception {
        String before = state(file);
        int exit = assertTimeoutPreemptively(HANG_GUARD, () -> run("check", file.toString()), name + ": check");
        assertThat(exit).as(name + ": check's exit code; errors: " + err).isIn(MilepostCli.OK,
                MilepostCli.BAD_INPUT, MilepostCli.IO_FAILURE);
        assertOneLineMessages(name + ": check");
        assertNoRawControlCharacters(name + ": check");
        String opened = assertTimeoutPreemptively(HANG_GUARD, () -> {
            try (DocumentSession s = DocumentSession.open(file, Access.READ_ONLY)) {
                return "read: " + s.roadmap().milestones().size() + " milestones";
            } catch (DocumentProblem p) {
                assertThat(p.getMessage()).as(name + ": the window's message").doesNotContain("\n")
                        .startsWith(file.toString());
                return "refused";
            }
        }, name + ": opening read-only");
        assertThat(state(file)).as(name + ": nothing written, nothing created beside it")
                .isEqualTo(before);
        count(exit == MilepostCli.OK ? "documentsReadCleanly" : "documentsRefused");
        count(opened.equals("refused") ? "documentsRefusedByTheWindow" : "documentsOpenedByTheWindow");
    }

    /** {@code import} into a copy of a valid document: refused (document untouched) or imported cleanly. */
    private void tryImport(String name, Path source) throws Exception {
        Path into = copyOfTheValidDocument("into");
        String sourceBefore = hash(source);
        String intoBefore = hash(into);
        int exit = assertTimeoutPreemptively(HANG_GUARD,
                () -> run("import", source.toString(), "--into", into.toString(), "--resolve", "theirs"),
                name + ": import");
        assertThat(exit).as(name + ": import's exit code; errors: " + err).isIn(MilepostCli.OK,
                MilepostCli.BAD_INPUT);
        assertOneLineMessages(name + ": import");
        assertNoRawControlCharacters(name + ": import");
        assertThat(hash(source)).as(name + ": the imported file is never written").isEqualTo(sourceBefore);
        if (exit != MilepostCli.OK) {
            assertThat(hash(into)).as(name + ": a refused import leaves the document as it was")
                    .isEqualTo(intoBefore);
            assertThat(Files.list(into.getParent()).filter(p -> p.toString().endsWith("-journal")))
                    .as(name).isEmpty();
        }
        count(exit == MilepostCli.OK ? "exchangeFilesImported" : "exchangeFilesRefused");
    }

    private Path copyOfTheValidDocument(String name) throws IOException {
        Path folder = dir.resolve("imports");
        Files.createDirectories(folder);
        Path into = folder.resolve(name + ".milepost");
        Files.copy(validDocument, into, StandardCopyOption.REPLACE_EXISTING);
        return into;
    }

    private void assertOneLineMessages(String what) {
        for (String line : err.toString().lines().toList()) {
            assertThat(line).as(what + ": every message is a line of its own, never a stack trace")
                    .startsWith("milepost: ").doesNotContain("\tat ", "Exception:");
        }
    }

    private void assertNoRawControlCharacters(String what) {
        String all = out + "" + err;
        for (int i = 0; i < all.length(); i++) {
            char c = all.charAt(i);
            boolean raw = (Character.isISOControl(c) && c != '\n' && c != '\t')
                    || (c >= '\u202a' && c <= '\u202e');
            if (raw) {
                throw new AssertionError(what + ": a raw control character U+" + HexFormat.of().toHexDigits(c)
                        + " reached the terminal near: " + all.substring(Math.max(0, i - 60), i));
            }
        }
    }

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return MilepostCli.run(args, new PrintWriter(out), new PrintWriter(err));
    }

    private static Path find(String name) {
        return corpus.documents().stream().filter(c -> c.toString().equals(name)).findFirst().orElseThrow().file();
    }

    private static void count(String what) {
        synchronized (COUNTS) {
            COUNTS.merge(what, 1, Integer::sum);
        }
    }

    /** The file's bytes and time, and the names in its folder: equal states mean nothing was written or created. */
    private static String state(Path file) throws IOException {
        try (Stream<Path> files = Files.list(file.getParent())) {
            return hash(file) + " " + files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static String hash(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)))
                    + "@" + Files.getLastModifiedTime(file);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] readAll(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
