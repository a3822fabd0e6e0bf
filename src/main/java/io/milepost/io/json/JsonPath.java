package io.milepost.io.json;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A place in the document: shown to people as "milestones[3].start", matched against the parser's position as the
 * JSON pointer "/milestones/3/start".
 */
record JsonPath(List<Object> segments) {

    static final JsonPath ROOT = new JsonPath(List.of());

    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    JsonPath {
        segments = List.copyOf(segments);
    }

    JsonPath property(String name) {
        List<Object> s = new ArrayList<>(segments);
        s.add(name);
        return new JsonPath(s);
    }

    JsonPath index(int i) {
        List<Object> s = new ArrayList<>(segments);
        s.add(i);
        return new JsonPath(s);
    }

    JsonPath parent() {
        return segments.isEmpty() ? this : new JsonPath(segments.subList(0, segments.size() - 1));
    }

    /** The last key, or {@code null} when the path ends at a list element or is the document. */
    String lastProperty() {
        return !segments.isEmpty() && segments.get(segments.size() - 1) instanceof String s ? s : null;
    }

    String display() {
        StringBuilder sb = new StringBuilder();
        for (Object seg : segments) {
            if (seg instanceof Integer i) {
                sb.append('[').append(i).append(']');
            } else {
                String name = (String) seg;
                if (PLAIN_NAME.matcher(name).matches()) {
                    if (sb.length() > 0) {
                        sb.append('.');
                    }
                    sb.append(name);
                } else {
                    sb.append('[').append(Quote.of(name, '"')).append(']');
                }
            }
        }
        return sb.toString();
    }

    /** RFC 6901, as {@code TokenStreamContext.pathAsPointer()} writes it. */
    String pointer() {
        StringBuilder sb = new StringBuilder();
        for (Object seg : segments) {
            sb.append('/').append(seg.toString().replace("~", "~0").replace("/", "~1"));
        }
        return sb.toString();
    }
}
