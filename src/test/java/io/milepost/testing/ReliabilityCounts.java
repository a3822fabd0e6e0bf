package io.milepost.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a reliability test did, written for {@code docs/reliability.md}: one small properties file per test under
 * {@code target/reliability/}, named after the test, with its counts and when and how it ran.
 */
public final class ReliabilityCounts {

    /** The folder the counts go to, relative to the project (surefire runs tests there). */
    public static final Path FOLDER = Path.of("target", "reliability");

    private ReliabilityCounts() {
    }

    public static void write(String test, Map<String, ?> counts) {
        Map<String, Object> all = new TreeMap<>(counts);
        all.put("finished", Instant.now().toString());
        StringBuilder text = new StringBuilder("# counts of " + test + "\n");
        all.forEach((k, v) -> text.append(k).append('=').append(v).append('\n'));
        try {
            Files.createDirectories(FOLDER);
            Files.writeString(FOLDER.resolve(test + ".properties"), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
