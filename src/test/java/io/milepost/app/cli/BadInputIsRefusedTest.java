package io.milepost.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files that are broken, hostile or from elsewhere, imported into a planner's document and into a new one: each is
 * refused with exit 3 and a message naming the file, the place and the problem, and the document stays
 * byte-identical (a new one is not created).
 */
class BadInputIsRefusedTest {

    @TempDir
    Path dir;
    Path sample;
    String json;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return MilepostCli.run(args, new PrintWriter(out), new PrintWriter(err));
    }

    @BeforeEach
    void exportTheSample() throws Exception {
        sample = dir.resolve("roadmap.milepost");
        run("sample", sample.toString());
        Path file = dir.resolve("sample.json");
        run("export", sample.toString(), "--format", "json", "--out", file.toString());
        json = Files.readString(file);
    }

    static Stream<Arguments> badFiles() {
        return Stream.of(
                bad("malformed JSON", "roadmap.json", j -> j.replaceFirst("\"sectors\": \\[", "\"sectors\": [ ,"),
                        "is not valid JSON"),
                bad("a truncated file", "roadmap.json", j -> j.substring(0, j.length() / 2), "is not valid JSON"),
                bad("a newer format version", "roadmap.json", j -> j.replace("\"version\": 3", "\"version\": 99"),
                        "roadmap.json:3:3: version", "newer Milepost"),
                bad("an unknown field", "roadmap.json", j -> j.replaceFirst("\"color\":", "\"colour\": \"red\", \"color\":"),
                        "sectors[0]", "colour"),
                bad("a wrong type", "roadmap.json", j -> j.replaceFirst("\"percentComplete\": \\d+",
                        "\"percentComplete\": \"ten\""), "milestones[0].percentComplete"),
                bad("a duplicate id", "roadmap.json", BadInputIsRefusedTest::secondMilestoneTakesTheFirstsId,
                        "milestones[1]", "is used by another milestone"),
                bad("a reference to a missing item", "roadmap.json", j -> j.replaceFirst("\"sectorId\": \"[^\"]+\"",
                        "\"sectorId\": \"00000000-0000-4000-8000-00000000dead\""),
                        "milestones[0].sectorId", "not in the roadmap"),
                bad("a dependency cycle", "roadmap.json", BadInputIsRefusedTest::linkBack, "cycle"),
                bad("a huge string", "roadmap.json", j -> j.replaceFirst("\"title\": \"[^\"]*\"",
                        "\"title\": \"" + "x".repeat(1_100_000) + "\""), "roadmap.json", "String value length"),
                bad("deep nesting", "roadmap.json", j -> j.replaceFirst("\"tags\": \\[", "\"tags\": " + "[".repeat(40)
                        + "\"x\"" + "]".repeat(39) + ","), "roadmap.json", "nesting depth"),
                bad("text that is not UTF-8", "roadmap.json", j -> j.replace("Belarus", "Bela\u00ffrus"),
                        "not UTF-8"),
                bad("an empty file", "roadmap.json", j -> "", "is empty"),
                bad("a CSV row with missing cells", "plan.csv", j -> "title,sector,start\nForum,Trade\n",
                        "plan.csv:2", "has 2 cells; the header has 3"),
                bad("a CSV with an extra column", "plan.csv", j -> "title,sector,start,budget\nForum,Trade,2025,9\n",
                        "plan.csv:1:4", "'budget' is not a column"),
                bad("a CSV with bad values", "plan.csv", j -> "title,sector,start,status\nForum,Trade,Q5 2025,GONE\n",
                        "plan.csv:2:3: start", "plan.csv:2:4: status"),
                bad("XML with a DOCTYPE", "plan.xml", j -> "<?xml version=\"1.0\"?>\n<!DOCTYPE a [<!ENTITY e "
                        + "SYSTEM \"file:///etc/passwd\">]>\n<a>&e;</a>\n", "plan.xml:2", "DOCTYPE"),
                bad("a .mpp that is not one", "plan.mpp", j -> "not a project file at all", "plan.mpp"));
    }

    private static Arguments bad(String what, String name, UnaryOperator<String> content, String... expected) {
        return Arguments.of(what, name, content, expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void isRefusedAndTheDocumentStaysByteIdentical(String what, String name, UnaryOperator<String> content,
                                                   String[] expected) throws Exception {
        Path file = dir.resolve(name);
        String text = content.apply(json);
        Files.write(file, what.contains("not UTF-8") ? text.getBytes(StandardCharsets.ISO_8859_1)
                : text.getBytes(StandardCharsets.UTF_8));
        byte[] before = Files.readAllBytes(sample);

        assertThat(run("import", file.toString(), "--into", sample.toString())).as(err.toString()).isEqualTo(3);
        assertThat(err.toString()).contains(name).contains(expected);
        assertThat(Files.readAllBytes(sample)).isEqualTo(before);

        Path fresh = dir.resolve("fresh.milepost");
        assertThat(run("import", file.toString(), "--into", fresh.toString())).isEqualTo(3);
        assertThat(fresh).doesNotExist();
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        }
    }

    private static String secondMilestoneTakesTheFirstsId(String json) {
        int milestones = json.indexOf("\"milestones\": [");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"id\": \"([^\"]+)\"").matcher(json);
        m.find(milestones);
        String first = m.group(1);
        m.find();
        return json.substring(0, m.start()) + "\"id\": \"" + first + "\"" + json.substring(m.end());
    }

    /** Adds a link from the successor of the first link back to its predecessor. */
    private static String linkBack(String json) {
        int deps = json.indexOf("\"dependencies\": [");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                "\"predecessorId\": \"([^\"]+)\",\\s*\"successorId\": \"([^\"]+)\"").matcher(json);
        m.find(deps);
        String back = "{\"id\": \"00000000-0000-4000-8000-0000000000bb\", \"predecessorId\": \"" + m.group(2)
                + "\", \"successorId\": \"" + m.group(1) + "\", \"type\": \"FS\", \"lagDays\": 0},";
        int at = deps + "\"dependencies\": [".length();
        return json.substring(0, at) + back + json.substring(at);
    }
}
