package io.milepost.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import io.milepost.model.RoadmapValidator;
import io.milepost.model.Roadmap;
import io.milepost.model.RoadmapInfo;
import io.milepost.model.PlanDate;
import io.milepost.model.MilestoneStatus;
import io.milepost.model.MilestoneKind;
import io.milepost.model.SessionDetails;

import org.junit.jupiter.api.Test;

/** Bad input: every test asserts what the planner is told, not only that reading fails. */
class RoadmapJsonReaderTest {

    private final RoadmapJsonReader reader = new RoadmapJsonReader();
    private final String good = new RoadmapJsonWriter().write(RoadmapFixtures.full());

    private RoadmapFormatException refused(String json) {
        RoadmapFormatException e = catchThrowableOfType(RoadmapFormatException.class,
                () -> reader.read(json, "roadmap.json"));
        assertThat(e).as("reading should have been refused").isNotNull();
        assertThat(e.source()).isEqualTo("roadmap.json");
        assertThat(e.problems()).allSatisfy(p -> assertThat(p.source()).isEqualTo("roadmap.json"));
        return e;
    }

    private static List<String> messages(RoadmapFormatException e) {
        return e.problems().stream().map(FormatProblem::toString).toList();
    }

    /** The 1-based line of the first occurrence of {@code text} in {@code json}. */
    private static int lineOf(String json, String text) {
        int at = json.indexOf(text);
        assertThat(at).as(text).isNotNegative();
        return (int) json.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    @Test
    void truncatedJsonIsNamedWithLineAndColumn() {
        String truncated = good.substring(0, good.length() / 2);

        RoadmapFormatException e = refused(truncated);

        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isPositive();
            assertThat(p.column()).isPositive();
            assertThat(p.message()).startsWith("is not valid JSON: ").containsIgnoringCase("end-of-input");
            assertThat(p.toString()).startsWith("roadmap.json:" + p.line() + ":" + p.column() + ": is not valid JSON");
        });
        assertThat(e.getMessage()).startsWith("roadmap.json cannot be read:");
    }

    @Test
    void emptyAndNonObjectDocumentsAreRefused() {
        assertThat(messages(refused("  \n"))).singleElement().asString().contains("is empty");
        assertThat(messages(refused("[1, 2]"))).singleElement().asString()
                .contains("the document must be a JSON object").contains("not a list");
    }

    @Test
    void anotherFormatIsRefused() {
        RoadmapFormatException e = refused(good.replace("\"format\": \"milepost\"", "\"format\": \"gantt-pro\""));

        assertThat(messages(e)).containsExactly(
                "roadmap.json:2:3: format: is 'gantt-pro', not 'milepost': this is not a Milepost roadmap file");
    }

    @Test
    void aFileWithoutFormatIsRefused() {
        RoadmapFormatException e = refused("{\"name\": \"my project\", \"tasks\": []}");

        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("format");
            assertThat(p.message()).contains("is missing").contains("not a Milepost roadmap file");
        });
    }

    @Test
    void aNewerVersionIsRefusedWithAClearMessage() {
        RoadmapFormatException e = refused(good.replace("\"version\": 3,", "\"version\": 4,")
                .replace("\"order\": 2", "\"order\": 2, \"pattern\": \"striped\""));

        // Only the version is reported: the unknown key is expected in a newer file and would be noise.
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("version");
            assertThat(p.field()).isEqualTo("version");
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.message()).isEqualTo("is 4: the file was written by a newer Milepost; this build reads "
                    + "format version 3 and older. Update Milepost to open it");
        });
    }

    @Test
    void aVersionOneFileHasItsSessionsReadAsTheirMeetings() throws Exception {
        String json = """
                {"format": "milepost", "version": 1,
                 "roadmap": {"id": "00000000-0000-4000-8000-000000000001", "title": "R",
                             "periodStart": "2025-01-01", "periodEnd": "2027-12-31", "primaryLanguage": "en"},
                 "sectors": [{"id": "00000000-0000-4000-8000-000000000012", "name": "Trade"}],
                 "commissions": [{"id": "00000000-0000-4000-8000-000000000021", "kind": "JOINT_WORKING_GROUP",
                                  "name": "JWG on trade"}],
                 "sessions": [{"id": "00000000-0000-4000-8000-000000000031",
                               "commissionId": "00000000-0000-4000-8000-000000000021", "number": 3,
                               "start": "2025-03", "venue": "Minsk", "status": "HELD", "outcome": "Protocol"},
                              {"id": "00000000-0000-4000-8000-000000000032",
                               "commissionId": "00000000-0000-4000-8000-000000000021", "number": 4,
                               "start": "Q2 2026", "status": "POSTPONED"}],
                 "milestones": [{"id": "00000000-0000-4000-8000-000000000041", "kind": "MEETING",
                                 "title": "3rd meeting", "commissionId": "00000000-0000-4000-8000-000000000021",
                                 "sectorId": "00000000-0000-4000-8000-000000000012", "start": "2025-03",
                                 "status": "DONE", "order": 5}]}
                """;

        Roadmap r = reader.read(json, "old.json");

        UUID third = UUID.fromString("00000000-0000-4000-8000-000000000041");
        UUID fourth = UUID.fromString("00000000-0000-4000-8000-000000000032");
        assertThat(r.sessions()).containsExactly(new SessionDetails(third, 3, "Minsk", "Protocol"),
                new SessionDetails(fourth, 4, null, null));
        assertThat(r.milestone(fourth).orElseThrow()).satisfies(m -> {
            assertThat(m.kind()).isEqualTo(MilestoneKind.MEETING);
            assertThat(m.title()).isEqualTo("JWG on trade — session 4");
            assertThat(m.start()).isEqualTo(PlanDate.quarter(2026, 2));
            assertThat(m.status()).isEqualTo(MilestoneStatus.POSTPONED);
            assertThat(m.order()).isEqualTo(6);
        });
        assertThat(RoadmapValidator.validate(r)).isEmpty();
        assertThat(new RoadmapJsonWriter().write(r)).contains("\"version\": 3,").contains("\"meetingId\"");
    }

    @Test
    void aVersionTwoFileFromBeforeTheRoadmapHadASecondLanguageTitleStillReads() throws Exception {
        String v2 = good.replace("\"version\": 3,", "\"version\": 2,")
                .replaceFirst("\n    \"titleAlt\": [^\n]*", "")
                .replaceFirst("\n    \"subtitleAlt\": [^\n]*", "");
        assertThat(v2).doesNotContain("\"subtitleAlt\"").contains("\"subtitle\"");

        RoadmapInfo info = reader.read(v2, "partner-2025.json").info();

        assertThat(info.title()).isEqualTo("Roadmap 2025–2027");
        assertThat(info.titleAlt()).isNull();
        assertThat(info.subtitleAlt()).isNull();
        assertThat(info).isEqualTo(RoadmapFixtures.full().info().withTitleAlt(null).withSubtitleAlt(null));
    }

    @Test
    void theRoadmapsSecondLanguageTitleIsWrittenAndReadBack() throws Exception {
        assertThat(good).contains("\"titleAlt\": \"Дорожная карта на 2025–2027 годы\"");
        assertThat(reader.read(good, "roadmap.json").info().subtitleAlt()).isEqualTo("Всеобъемлющее сотрудничество");
    }

    @Test
    void aVersionThatIsNotANumberIsRefused() {
        assertThat(messages(refused(good.replace("\"version\": 3,", "\"version\": \"2\","))))
                .singleElement().asString().contains("version: is the text '2', not a format version");
    }

    @Test
    void aBadDateNamesTheItemTheFieldTheLineAndTheValue() {
        String json = good.replace("\"start\": \"Q2 2025\"", "\"start\": \"Q5 2025\"");

        RoadmapFormatException e = refused(json);

        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("milestones[0].start");
            assertThat(p.field()).isEqualTo("start");
            assertThat(p.line()).isEqualTo(lineOf(json, "\"Q5 2025\""));
            assertThat(p.column()).isEqualTo(7);
            assertThat(p.toString()).endsWith(": milestones[0].start: 'Q5 2025' is not a date: write 2025-03-12, "
                    + "2025-03, Q3 2025, H1 2026 or 2027");
        });
    }

    @Test
    void badDaysIdsEnumsAndNumbersAreEachNamed() {
        String json = good.replace("\"periodEnd\": \"2027-12-31\"", "\"periodEnd\": \"31.12.2027\"")
                .replace("\"id\": \"00000000-0000-4000-8000-000000000012\"", "\"id\": \"trade\"")
                .replace("\"status\": \"DELAYED\"", "\"status\": \"late\"")
                .replace("\"percentComplete\": 40", "\"percentComplete\": \"40%\"")
                .replace("\"ongoing\": true", "\"ongoing\": \"yes\"")
                .replace("\"lagDays\": 30", "\"lagDays\": 2.5");

        RoadmapFormatException e = refused(json);

        assertThat(messages(e)).hasSize(6).anySatisfy(m -> assertThat(m)
                        .contains("roadmap.periodEnd: '31.12.2027' is not a day: write it as 2025-04-11"))
                .anySatisfy(m -> assertThat(m).contains("sectors[0].id: 'trade' is not an id"))
                .anySatisfy(m -> assertThat(m).contains("milestones[0].status: 'late' is not one of PLANNED, "
                        + "IN_PROGRESS, DONE, AT_RISK, DELAYED, POSTPONED, CANCELLED"))
                .anySatisfy(m -> assertThat(m).contains("milestones[0].percentComplete: must be a whole number, "
                        + "not the text '40%'"))
                .anySatisfy(m -> assertThat(m).contains("milestones[3].ongoing: must be true or false"))
                .anySatisfy(m -> assertThat(m).contains("dependencies[1].lagDays: must be a whole number, "
                        + "not the number 2.5"));
    }

    /** A wrong value is placed at its key; a missing key at the object that lacks it. */
    @Test
    void missingAndNullRequiredFieldsAreNamed() {
        String json = good.replace("\"title\": \"MoU signed\",", "")
                .replace("\"name\": \"Joint Ministerial Commission\"", "\"name\": null");

        RoadmapFormatException e = refused(json);

        assertThat(messages(e)).containsExactlyInAnyOrder(
                "roadmap.json:" + lineOf(json, "\"name\": null") + ":7: commissions[0].name: is null: "
                        + "a text is required",
                "roadmap.json:" + (lineOf(json, "\"id\": \"00000000-0000-4000-8000-000000000041\"") - 1)
                        + ":5: milestones[1].title: is missing: a text is required");
    }

    @Test
    void aDanglingReferenceIsFoundByValidationAndPlacedAtTheField() {
        String json = good.replace("\"sectorId\": \"00000000-0000-4000-8000-000000000011\",\n      \"commissionId\": "
                        + "null,\n      \"start\": \"Q2 2025\"",
                "\"sectorId\": \"00000000-0000-4000-8000-0000000000ff\",\n      \"commissionId\": "
                        + "null,\n      \"start\": \"Q2 2025\"");
        assertThat(json).isNotEqualTo(good);

        RoadmapFormatException e = refused(json);

        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("milestones[0].sectorId");
            assertThat(p.line()).isEqualTo(lineOf(json, "-0000000000ff"));
            assertThat(p.message()).isEqualTo("(milestone 'Formalise the MoU') refers to a sector that is not in "
                    + "the roadmap (00000000-0000-4000-8000-0000000000ff)");
        });
    }

    @Test
    void aDuplicateIdPointsAtTheSecondItem() {
        String json = good.replace("00000000-0000-4000-8000-000000000042", "00000000-0000-4000-8000-000000000041");

        RoadmapFormatException e = refused(json);

        assertThat(messages(e)).anySatisfy(m -> assertThat(m)
                .contains("milestones[1].id: (milestone 'MoU signed') is used by another milestone"));
    }

    @Test
    void aCycleIsReported() {
        String json = good.replace("\"lagDays\": -5", "\"lagDays\": -5\n    },\n    {\n"
                + "      \"id\": \"00000000-0000-4000-8000-000000000053\",\n"
                + "      \"predecessorId\": \"00000000-0000-4000-8000-000000000042\",\n"
                + "      \"successorId\": \"00000000-0000-4000-8000-000000000041\",\n"
                + "      \"type\": \"FS\"");

        assertThat(messages(refused(json))).singleElement().asString()
                .contains(": dependencies: the dependencies form a cycle: ")
                .contains("'MoU signed'").contains("'Formalise the MoU'");
    }

    @Test
    void unknownKeysAreRefusedByName() {
        String json = good.replace("\"color\": \"#2e7d32\",", "\"colour\": \"#2e7d32\",")
                .replace("\"version\": 3,", "\"version\": 3,\n  \"exportedBy\": \"someone\",");

        RoadmapFormatException e = refused(json);

        assertThat(e.problems()).hasSize(2);
        assertThat(e.problems().get(0).path()).isEqualTo("exportedBy");
        assertThat(e.problems().get(0).line()).isEqualTo(4);
        assertThat(e.problems().get(1).path()).isEqualTo("sectors[1].colour");
        assertThat(e.problems().get(1).field()).isEqualTo("colour");
        assertThat(e.problems().get(1).line()).isEqualTo(lineOf(json, "\"colour\""));
        assertThat(e.problems().get(1).message()).startsWith("unknown key for a sector (this build knows id, name, "
                + "nameAlt, color, order)");
    }

    @Test
    void allProblemsAreReportedAtOnce() {
        String json = good.replace("\"start\": \"Q2 2025\"", "\"start\": \"Q5 2025\"")
                .replace("\"color\": \"#2e7d32\",", "\"colour\": \"#2e7d32\",")
                .replace("\"type\": \"SS\"", "\"type\": \"XX\"")
                .replace("\"signed\": \"2024-11-26\"", "\"signed\": \"2024-02-30\"");

        RoadmapFormatException e = refused(json);

        assertThat(e.problems()).extracting(FormatProblem::path).containsExactly("sectors[1].colour",
                "milestones[0].start", "dependencies[0].type", "agreements[0].signed");
        assertThat(e.getMessage()).contains("(4 problems)");
        // in document order, so the lines never go backwards
        assertThat(e.problems()).extracting(FormatProblem::line).isSorted();
    }

    @Test
    void wrongShapesAreNamed() {
        String json = good.replace("\"tags\": [\n        \"mou\",\n        \"environment\"\n      ]",
                        "\"tags\": \"mou, environment\"")
                .replace("\"milestoneIds\": [\n", "\"milestoneIds\": [\n        42,\n")
                .replace("\"commissions\": [", "\"commissions\": [\n    \"JMC\",");

        RoadmapFormatException e = refused(json);

        assertThat(messages(e)).hasSize(3)
                .anySatisfy(m -> assertThat(m).contains("commissions[0]: must be a commission object { … }, "
                        + "not the text 'JMC'"))
                .anySatisfy(m -> assertThat(m).contains("milestones[1].tags: must be a list [ … ] of texts"))
                .anySatisfy(m -> assertThat(m).contains("agreements[0].milestoneIds[0]: must be an id"));
    }

    @Test
    void duplicateKeysAreRefused() {
        String json = good.replace("\"title\": \"MoU signed\",", "\"title\": \"MoU signed\", \"title\": \"Other\",");

        assertThat(messages(refused(json))).singleElement().asString().contains("is not valid JSON")
                .containsIgnoringCase("duplicate").contains("title");
    }

    @Test
    void trailingContentIsRefused() {
        assertThat(messages(refused(good + "{}"))).singleElement().asString().contains("is not valid JSON")
                .containsIgnoringCase("trailing");
    }

    @Test
    void deepNestingIsStoppedByTheReadLimits() {
        String deep = "[".repeat(RoadmapJson.MAX_NESTING_DEPTH + 1) + "]".repeat(RoadmapJson.MAX_NESTING_DEPTH + 1);

        assertThat(messages(refused("{\"format\": \"milepost\", \"version\": 1, \"x\": " + deep + "}")))
                .singleElement().asString().contains("is not valid JSON").containsIgnoringCase("nesting depth");
    }

    @Test
    void hugeStringsAreStoppedByTheReadLimits() {
        String huge = "x".repeat(RoadmapJson.MAX_STRING_LENGTH + 1);

        assertThat(messages(refused(good.replace("\"Roadmap 2025–2027\"", "\"" + huge + "\""))))
                .singleElement().asString().contains("is not valid JSON").containsIgnoringCase("string")
                .containsIgnoringCase("length");
    }

    @Test
    void documentsOverTheSizeLimitAreRefusedUnread() {
        long limit = RoadmapJson.MAX_DOCUMENT_BYTES;
        InputStream endless = new InputStream() {
            private long served;

            @Override
            public int read() {
                return served++ <= limit ? ' ' : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (served > limit) {
                    return -1;
                }
                int n = (int) Math.min(len, limit + 1 - served);
                java.util.Arrays.fill(b, off, off + n, (byte) ' ');
                served += n;
                return n;
            }
        };

        RoadmapFormatException e = catchThrowableOfType(RoadmapFormatException.class,
                () -> reader.read(endless, "big.json"));

        assertThat(messages(e)).containsExactly("big.json: is larger than 64 MiB, more than any roadmap");
    }

    @Test
    void bytesThatAreNotUtf8AreRefused() {
        byte[] latin1 = good.replace("Roadmap 2025–2027", "Straße").getBytes(StandardCharsets.ISO_8859_1);

        RoadmapFormatException e = catchThrowableOfType(RoadmapFormatException.class,
                () -> reader.read(new ByteArrayInputStream(latin1), "latin1.json"));

        assertThat(messages(e)).singleElement().asString()
                .startsWith("latin1.json:6:19: is not UTF-8 text (byte 0xdf at offset ");
    }

    @Test
    void longOrControlCharacterValuesAreQuotedSafely() {
        String json = good.replace("\"start\": \"Q2 2025\"", "\"start\": \"" + "Q".repeat(500) + "\"")
                .replace("\"status\": \"DELAYED\"", "\"status\": \"DONE\\n; rm -rf\"")
                .replace("\"start\": \"2025-02\"", "\"start\": \"2025-13\\u0007\"");

        List<String> messages = messages(refused(json));

        assertThat(messages).hasSize(3).allSatisfy(m -> assertThat(m).doesNotContain("\n").hasSizeLessThan(300));
        assertThat(messages).anySatisfy(m -> assertThat(m).contains("'DONE\\u000a; rm -rf'"));
        assertThat(messages).anySatisfy(m -> assertThat(m).contains("'" + "Q".repeat(60) + "…'"));
        assertThat(messages).anySatisfy(m -> assertThat(m).contains("'2025-13\\u0007' is not a date"));
    }

    @Test
    void aFileFullOfMistakesListsTheFirstTwoHundred() {
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            items.append(i == 0 ? "" : ",").append("{\"wrong\": ").append(i).append('}');
        }
        String json = "{\"format\": \"milepost\", \"version\": 1, \"sectors\": [" + items + "]}";

        RoadmapFormatException e = refused(json);

        assertThat(e.problems()).hasSize(RoadmapJsonReader.MAX_LISTED_PROBLEMS + 1);
        assertThat(e.problems().get(0).toString()).isEqualTo("roadmap.json:1:1: roadmap: is required: the "
                + "roadmap's title, parties and period");
        assertThat(e.problems().get(RoadmapJsonReader.MAX_LISTED_PROBLEMS).message())
                .isEqualTo("… and 701 more problems not listed");
    }
}
