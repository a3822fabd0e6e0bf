package io.milepost.io.json;

import io.milepost.model.PlanDate;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The keys of one JSON object, each read as the type the format gives it; a wrong, missing or null value is recorded
 * as a problem at its path and read as {@code null} (or the default), so that decoding goes on to find the rest.
 */
final class ObjectFields {

    private static final Pattern UUID_FORM =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private final RoadmapTreeDecoder sink;
    final ObjectNode object;
    final JsonPath path;

    ObjectFields(RoadmapTreeDecoder sink, ObjectNode object, JsonPath path) {
        this.sink = sink;
        this.object = object;
        this.path = path;
    }

    /** The value, or {@code null} when absent or JSON null (reported when required). */
    private JsonNode value(String key, boolean required, String expected) {
        JsonNode v = object.get(key);
        if (v == null || v.isNull()) {
            if (required) {
                sink.problem(path.property(key), (v == null ? "is missing" : "is null") + ": " + expected
                        + " is required");
            }
            return null;
        }
        return v;
    }

    /** The text, or {@code null}; anything but a JSON string is a problem. */
    private String text(String key, boolean required, String expected) {
        JsonNode v = value(key, required, expected);
        if (v == null) {
            return null;
        }
        if (!v.isString()) {
            sink.problem(path.property(key), "must be " + expected + " in quotes, not " + describe(v));
            return null;
        }
        return v.stringValue();
    }

    String string(String key, boolean required) {
        return text(key, required, "a text");
    }

    UUID uuid(String key, boolean required) {
        String t = text(key, required, "an id (a UUID)");
        return t == null ? null : uuid(path.property(key), t);
    }

    private UUID uuid(JsonPath at, String t) {
        if (!UUID_FORM.matcher(t).matches()) {
            sink.problem(at, Quote.of(t) + " is not an id: write a UUID like 3f2b8c1e-9d4a-4e6b-8f1a-2c3d4e5f6a7b");
            return null;
        }
        return UUID.fromString(t);
    }

    LocalDate day(String key, boolean required) {
        String t = text(key, required, "a day (2025-04-11)");
        if (t == null) {
            return null;
        }
        try {
            return LocalDate.parse(t);
        } catch (DateTimeParseException e) {
            sink.problem(path.property(key), Quote.of(t) + " is not a day: write it as 2025-04-11");
            return null;
        }
    }

    PlanDate planDate(String key, boolean required) {
        String t = text(key, required, "a date (2025-04-11, 2025-04, Q3 2025, H1 2026 or 2027)");
        if (t == null) {
            return null;
        }
        if (t.length() > 40) { // no date is this long: do not echo it whole
            sink.problem(path.property(key), Quote.of(t) + " is not a date: write 2025-03-12, 2025-03, "
                    + "Q3 2025, H1 2026 or 2027");
            return null;
        }
        try {
            return PlanDate.parse(t);
        } catch (IllegalArgumentException | DateTimeException e) {
            // PlanDate's own words ("'Q5 2025' is not a date: write …"), with the value re-quoted safely
            String why = e.getMessage() == null ? "" : e.getMessage();
            String echoed = "'" + t.strip() + "'";
            sink.problem(path.property(key), why.startsWith(echoed)
                    ? Quote.of(t.strip()) + why.substring(echoed.length())
                    : Quote.of(t) + " is not a date: " + why);
            return null;
        }
    }

    <E extends Enum<E>> E enumeration(String key, Class<E> type, boolean required) {
        E[] values = type.getEnumConstants();
        String choices = Arrays.stream(values).map(Enum::name)
                .collect(Collectors.joining(", "));
        String t = text(key, required, "one of " + choices);
        if (t == null) {
            return null;
        }
        for (E e : values) {
            if (e.name().equals(t)) {
                return e;
            }
        }
        sink.problem(path.property(key), Quote.of(t) + " is not one of " + choices);
        return null;
    }

    /** A whole number that fits an int; {@code absent} when the key is missing, or required when null. */
    int integer(String key, Integer absent) {
        JsonNode v = value(key, absent == null, "a whole number");
        if (v == null) {
            if (absent == null) {
                return 0;
            }
            if (object.has(key)) { // present but null
                sink.problem(path.property(key), "is null: write a whole number, or leave the key out");
            }
            return absent;
        }
        if (!v.isIntegralNumber() || !v.canConvertToInt()) {
            sink.problem(path.property(key), "must be a whole number, not " + describe(v));
            return 0;
        }
        return v.intValue();
    }

    boolean bool(String key, boolean absent) {
        JsonNode v = object.get(key);
        if (v == null) {
            return absent;
        }
        if (!v.isBoolean()) {
            sink.problem(path.property(key), "must be true or false, not " + describe(v));
            return absent;
        }
        return v.booleanValue();
    }

    /** A list of texts; missing means empty. */
    List<String> strings(String key) {
        List<String> out = new ArrayList<>();
        forEachElement(key, "texts", (at, e) -> {
            if (e.isString()) {
                out.add(e.stringValue());
            } else {
                sink.problem(at, "must be a text in quotes, not " + describe(e));
            }
        });
        return out;
    }

    /** A list of ids; missing means empty. */
    List<UUID> uuids(String key) {
        List<UUID> out = new ArrayList<>();
        forEachElement(key, "ids", (at, e) -> {
            if (!e.isString()) {
                sink.problem(at, "must be an id (a UUID) in quotes, not " + describe(e));
                return;
            }
            UUID id = uuid(at, e.stringValue());
            if (id != null) {
                out.add(id);
            }
        });
        return out;
    }

    private void forEachElement(String key, String what,
                                BiConsumer<JsonPath, JsonNode> each) {
        JsonNode v = object.get(key);
        if (v == null) {
            return;
        }
        if (!v.isArray()) {
            sink.problem(path.property(key), "must be a list [ … ] of " + what + ", not " + describe(v));
            return;
        }
        for (int i = 0; i < v.size(); i++) {
            each.accept(path.property(key).index(i), v.get(i));
        }
    }

    /** How a wrong value looks, for a message: "the text '40%'", "the number 2.5", "a list". */
    static String describe(JsonNode node) {
        if (node.isNull()) {
            return "null";
        }
        if (node.isString()) {
            return "the text " + Quote.of(node.stringValue());
        }
        if (node.isNumber()) {
            return "the number " + Quote.of(node.asString(), ' ').strip();
        }
        if (node.isBoolean()) {
            return String.valueOf(node.booleanValue());
        }
        if (node.isArray()) {
            return "a list";
        }
        if (node.isObject()) {
            return "an object";
        }
        return node.getNodeType().toString().toLowerCase(Locale.ROOT);
    }
}
