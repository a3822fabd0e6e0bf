package io.milepost.io.json;

import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/** Writes plain maps, lists, strings and numbers as pretty JSON: the machine-readable reports of the command line. */
public final class PlainJson {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private PlainJson() {
    }

    /** One JSON object, keys in the map's order. */
    public static String object(Map<String, ?> fields) {
        return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(fields);
    }
}
