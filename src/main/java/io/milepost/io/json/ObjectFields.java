package io.milepost.io.json;

import io.milepost.i18n.Messages;
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
import java.util.regex.Matcher;
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

    private static final Pattern NO_MONTH = Pattern.compile("'.*' has no month (\\d+)");

    /**
     * What a key must hold, in the two forms a sentence needs: Russian says "требуется текст" but "должно быть
     * текстом", so each has its own key ({@code jsonField.expect.<what>.required} and {@code .mustBe}).
     */
    private record Expected(String required, String mustBe) {

        static Expected of(String what) {
            return new Expected(Messages.text("jsonField.expect." + what + ".required"),
                    Messages.text("jsonField.expect." + what + ".mustBe"));
        }

        static Expected oneOf(String choices) {
            return new Expected(Messages.text("jsonField.expect.oneOf.required", choices),
                    Messages.text("jsonField.expect.oneOf.mustBe", choices));
        }
    }

    private final RoadmapTreeDecoder sink;
    final ObjectNode object;
    final JsonPath path;

    ObjectFields(RoadmapTreeDecoder sink, ObjectNode object, JsonPath path) {
        this.sink = sink;
        this.object = object;
        this.path = path;
    }

    /** The value, or {@code null} when absent or JSON null (reported when required). */
    private JsonNode value(String key, boolean required, Expected expected) {
        JsonNode v = object.get(key);
        if (v == null || v.isNull()) {
            if (required) {
                sink.problem(path.property(key), Messages.text(v == null ? "jsonField.missing" : "jsonField.null",
                        expected.required()));
            }
            return null;
        }
        return v;
    }

    /** The text, or {@code null}; anything but a JSON string is a problem. */
    private String text(String key, boolean required, Expected expected) {
        JsonNode v = value(key, required, expected);
        if (v == null) {
            return null;
        }
        if (!v.isString()) {
            sink.problem(path.property(key), Messages.text("jsonField.inQuotes", expected.mustBe(), describe(v)));
            return null;
        }
        return v.stringValue();
    }

    String string(String key, boolean required) {
        return text(key, required, Expected.of("text"));
    }

    UUID uuid(String key, boolean required) {
        String t = text(key, required, Expected.of("id"));
        return t == null ? null : uuid(path.property(key), t);
    }

    private UUID uuid(JsonPath at, String t) {
        if (!UUID_FORM.matcher(t).matches()) {
            sink.problem(at, Messages.text("jsonField.notId", Quote.of(t)));
            return null;
        }
        return UUID.fromString(t);
    }

    LocalDate day(String key, boolean required) {
        String t = text(key, required, Expected.of("day"));
        if (t == null) {
            return null;
        }
        try {
            return LocalDate.parse(t);
        } catch (DateTimeParseException e) {
            sink.problem(path.property(key), Messages.text("jsonField.notDay", Quote.of(t)));
            return null;
        }
    }

    PlanDate planDate(String key, boolean required) {
        String t = text(key, required, Expected.of("date"));
        if (t == null) {
            return null;
        }
        if (t.length() > 40) { // no date is this long: do not echo it whole
            sink.problem(path.property(key), Messages.text("jsonField.notDate", Quote.of(t)));
            return null;
        }
        try {
            return PlanDate.parse(t);
        } catch (IllegalArgumentException | DateTimeException e) {
            sink.problem(path.property(key), whyNotADate(t, e));
            return null;
        }
    }

    /**
     * PlanDate's reasons ("'Q5 2025' is not a date: write …", "'2025-13' has no month 13") told in the window's
     * language, with the value re-quoted safely; a reason of java.time's own is passed on as it is.
     */
    private static String whyNotADate(String t, RuntimeException e) {
        String why = e.getMessage() == null ? "" : e.getMessage();
        String echoed = "'" + t.strip() + "'";
        String quoted = Quote.of(t.strip());
        if (why.equals(echoed + " is not a date: write 2025-03-12, 2025-03, Q3 2025, H1 2026 or 2027")) {
            return Messages.text("jsonField.notDate", quoted);
        }
        Matcher noMonth = NO_MONTH.matcher(why);
        if (why.startsWith(echoed) && noMonth.matches()) {
            return Messages.text("jsonField.noMonth", quoted, noMonth.group(1));
        }
        return Messages.text("jsonField.notDateBecause", Quote.of(t), why);
    }

    <E extends Enum<E>> E enumeration(String key, Class<E> type, boolean required) {
        E[] values = type.getEnumConstants();
        String choices = Arrays.stream(values).map(Enum::name)
                .collect(Collectors.joining(", "));
        String t = text(key, required, Expected.oneOf(choices));
        if (t == null) {
            return null;
        }
        for (E e : values) {
            if (e.name().equals(t)) {
                return e;
            }
        }
        sink.problem(path.property(key), Messages.text("jsonField.notOneOf", Quote.of(t), choices));
        return null;
    }

    /** A whole number that fits an int; {@code absent} when the key is missing, or required when null. */
    int integer(String key, Integer absent) {
        JsonNode v = value(key, absent == null, Expected.of("wholeNumber"));
        if (v == null) {
            if (absent == null) {
                return 0;
            }
            if (object.has(key)) { // present but null
                sink.problem(path.property(key), Messages.text("jsonField.nullNumber"));
            }
            return absent;
        }
        if (!v.isIntegralNumber() || !v.canConvertToInt()) {
            sink.problem(path.property(key), Messages.text("jsonField.notWholeNumber", describe(v)));
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
            sink.problem(path.property(key), Messages.text("jsonField.notBoolean", describe(v)));
            return absent;
        }
        return v.booleanValue();
    }

    /** A list of texts; missing means empty. */
    List<String> strings(String key) {
        List<String> out = new ArrayList<>();
        forEachElement(key, Messages.text("jsonField.texts"), (at, e) -> {
            if (e.isString()) {
                out.add(e.stringValue());
            } else {
                sink.problem(at, Messages.text("jsonField.inQuotes", Expected.of("text").mustBe(), describe(e)));
            }
        });
        return out;
    }

    /** A list of ids; missing means empty. */
    List<UUID> uuids(String key) {
        List<UUID> out = new ArrayList<>();
        forEachElement(key, Messages.text("jsonField.ids"), (at, e) -> {
            if (!e.isString()) {
                sink.problem(at, Messages.text("jsonField.inQuotes", Expected.of("id").mustBe(), describe(e)));
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
            sink.problem(path.property(key), Messages.text("jsonField.notList", what, describe(v)));
            return;
        }
        for (int i = 0; i < v.size(); i++) {
            each.accept(path.property(key).index(i), v.get(i));
        }
    }

    /**
     * How a wrong value looks, for a message: "the text '40%'", "the number 2.5", "a list". The number goes in as
     * written, as a text: MessageFormat would group or localise its digits.
     */
    static String describe(JsonNode node) {
        if (node.isNull()) {
            return "null";
        }
        if (node.isString()) {
            return Messages.text("jsonField.value.text", Quote.of(node.stringValue()));
        }
        if (node.isNumber()) {
            return Messages.text("jsonField.value.number", Quote.of(node.asString(), ' ').strip());
        }
        if (node.isBoolean()) {
            return String.valueOf(node.booleanValue());
        }
        if (node.isArray()) {
            return Messages.text("jsonField.value.list");
        }
        if (node.isObject()) {
            return Messages.text("jsonField.value.object");
        }
        return node.getNodeType().toString().toLowerCase(Locale.ROOT);
    }
}
