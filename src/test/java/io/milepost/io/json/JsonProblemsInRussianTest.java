package io.milepost.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.milepost.i18n.Messages;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A planner in Minsk imports a partner's hand-edited roadmap file: every problem with a key is told in Russian, and
 * still names the JSON path and the value at fault so that the file can be mended in an editor.
 */
class JsonProblemsInRussianTest {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    /** Latin words that are rightly Latin in a Russian message: codes of the format and of JSON. */
    private static final Set<String> CODES = Set.of("UUID", "JSON", "null", "true", "false", "Milepost");
    private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z]{2,}");
    private static final Pattern QUOTED = Pattern.compile("'[^']*'");

    private final JsonMapper mapper = JsonMapper.builder().build();
    private final RoadmapJsonReader reader = new RoadmapJsonReader();

    @AfterEach
    void englishWindowAgain() {
        Messages.useForUi(Locale.ENGLISH);
    }

    /** The fixture roadmap with its first milestone and sector spoiled the ways a hand-edited file goes wrong. */
    private String hostileFile() {
        ObjectNode doc = (ObjectNode) mapper.readTree(new RoadmapJsonWriter().write(RoadmapFixtures.full()));
        ObjectNode milestone = (ObjectNode) doc.get("milestones").get(0);
        milestone.remove("title");
        milestone.put("id", "not-an-id");
        milestone.put("start", 5);
        milestone.put("end", "2025-13");
        milestone.put("baselineStart", "2025-02-30");
        milestone.put("status", "LATE");
        milestone.put("percentComplete", "40%");
        milestone.put("order", 1000.5);
        milestone.put("ongoing", "yes");
        milestone.put("tags", "urgent");
        ((ObjectNode) doc.get("sectors").get(0)).put("colour", "#00ff00");
        return mapper.writeValueAsString(doc);
    }

    /** Each problem's message by its JSON path. */
    private Map<String, String> problemsReading(String json) {
        RoadmapFormatException e = catchThrowableOfType(RoadmapFormatException.class,
                () -> reader.read(json, "roadmap.json"));
        assertThat(e).as("reading should have been refused").isNotNull();
        Map<String, String> byPath = new LinkedHashMap<>();
        e.problems().forEach(p -> byPath.put(p.path(), p.message()));
        return byPath;
    }

    @Test
    void everyProblemWithAKeyIsToldInRussian() {
        Messages.useForUi(RUSSIAN);
        String json = hostileFile();

        Map<String, String> problems = problemsReading(json);

        assertThat(problems).containsEntry("milestones[0].title", "не хватает поля: требуется текст")
                .containsEntry("milestones[0].id",
                        "'not-an-id' — не идентификатор: запишите UUID вида 3f2b8c1e-9d4a-4e6b-8f1a-2c3d4e5f6a7b")
                .containsEntry("milestones[0].start", "должно быть датой (2025-04-11, 2025-04, Q3 2025, H1 2026"
                        + " или 2027) в кавычках, а не число 5")
                .containsEntry("milestones[0].end", "'2025-13' — не дата: месяца 13 не бывает")
                .containsEntry("milestones[0].baselineStart", "'2025-02-30' — не день: запишите его как 2025-04-11")
                .containsEntry("milestones[0].percentComplete", "должно быть целым числом, а не текст '40%'")
                .containsEntry("milestones[0].order", "должно быть целым числом, а не число 1000.5")
                .containsEntry("milestones[0].ongoing", "должно быть true или false, а не текст 'yes'")
                .containsEntry("milestones[0].tags", "должно быть списком [ … ] текстов, а не текст 'urgent'");
        assertThat(problems.get("milestones[0].status")).startsWith("'LATE' — не одно из значений ")
                .contains("PLANNED");
        assertThat(problems.get("sectors[0].colour")).startsWith("неизвестный ключ для направления (эта сборка знает ")
                .contains("color");
        assertThat(problems.values()).as("left in English").filteredOn(m -> hasEnglish(m, keysOf(json))).isEmpty();
    }

    @Test
    void aWrongDocumentAndWrongListsAreToldInRussian() {
        Messages.useForUi(RUSSIAN);

        assertThat(problemsReading("[1, 2]")).containsExactly(Map.entry("",
                "документ должен быть объектом JSON {\"format\": \"milepost\", …}, а не список"));

        ObjectNode doc = (ObjectNode) mapper.readTree(new RoadmapJsonWriter().write(RoadmapFixtures.full()));
        doc.put("dependencies", "none");
        ((ArrayNode) doc.get("agreements")).set(0, mapper.getNodeFactory().numberNode(7));
        doc.remove("roadmap");
        Map<String, String> problems = problemsReading(mapper.writeValueAsString(doc));

        assertThat(problems)
                .containsEntry("roadmap", "обязательный раздел: название дорожной карты, стороны и период")
                .containsEntry("dependencies", "должно быть списком [ … ] зависимостей, а не текст 'none'")
                .containsEntry("agreements[0]", "должно быть описанием соглашения { … }, а не число 7");
    }

    @Test
    void aProblemOfTheRoadmapNamesTheItemInRussian() {
        Messages.useForUi(RUSSIAN);
        ObjectNode doc = (ObjectNode) mapper.readTree(new RoadmapJsonWriter().write(RoadmapFixtures.full()));
        ObjectNode milestone = (ObjectNode) doc.get("milestones").get(0);
        milestone.put("start", "2025-10");
        milestone.put("end", "2025-09");
        milestone.put("ongoing", false);

        Map<String, String> problems = problemsReading(mapper.writeValueAsString(doc));

        assertThat(problems.values()).anySatisfy(m ->
                assertThat(m).startsWith("(мероприятие '" + milestone.get("title").stringValue() + "') "));
    }

    @Test
    void theSameFileReadsInEnglishInAnEnglishWindow() {
        Messages.useForUi(Locale.ENGLISH);

        String json = hostileFile();
        Map<String, String> problems = problemsReading(json);

        assertThat(problems).containsEntry("milestones[0].title", "is missing: a text is required")
                .containsEntry("milestones[0].start", "must be a date (2025-04-11, 2025-04, Q3 2025, H1 2026"
                        + " or 2027) in quotes, not the number 5")
                .containsEntry("milestones[0].end", "'2025-13' has no month 13")
                .containsEntry("milestones[0].order", "must be a whole number, not the number 1000.5")
                .containsEntry("milestones[0].tags", "must be a list [ … ] of texts, not the text 'urgent'");
        assertThat(problems.get("sectors[0].colour")).startsWith("unknown key for a sector (this build knows ")
                .endsWith("); mistyped, or written by a newer Milepost?");
        assertThat(problems.values()).as("the check for English words sees English")
                .allMatch(m -> hasEnglish(m, keysOf(json)));
    }

    /** Every key name in the document: the format's own words, the same in every language. */
    private Set<String> keysOf(String json) {
        Set<String> keys = new HashSet<>();
        collectKeys(mapper.readTree(json), keys);
        return keys;
    }

    private static void collectKeys(JsonNode node, Set<String> keys) {
        if (node.isObject()) {
            node.propertyNames().forEach(keys::add);
        }
        node.values().forEach(child -> collectKeys(child, keys));
    }

    /** True when, leaving out the quoted values, key names, codes and enum constants, a Latin word is left. */
    private static boolean hasEnglish(String message, Set<String> keys) {
        Matcher m = LATIN_WORD.matcher(QUOTED.matcher(message).replaceAll(" "));
        while (m.find()) {
            String word = m.group();
            if (!CODES.contains(word) && !keys.contains(word) && !word.matches("[A-Z_]+")) {
                return true;
            }
        }
        return false;
    }
}
