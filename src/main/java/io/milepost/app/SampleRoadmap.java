package io.milepost.app;

import io.milepost.io.json.RoadmapFormatException;
import io.milepost.io.json.RoadmapJsonReader;
import io.milepost.model.Roadmap;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The sample roadmap: the Pakistan–Belarus Roadmap for Comprehensive Cooperation 2025–2027, as facts from the
 * 26 November 2024 joint statement and later reports, filled out with an illustrative plan (the Roadmap's own text is
 * not public). Its source is the hand-written, reviewed {@code assets/sample/pakistan-belarus-2025-2027.json}, shipped
 * inside the jar and read with the ordinary JSON reader, so the sample is also a test of the exchange format.
 */
public final class SampleRoadmap {

    /** Where the build puts the sample on the classpath. */
    public static final String RESOURCE = "io/milepost/sample/pakistan-belarus-2025-2027.json";

    private SampleRoadmap() {
    }

    /**
     * Reads the sample. It is part of the build and checked by its tests, so a missing or unreadable sample is a
     * broken build, not a user's mistake: it ends in an unchecked exception.
     *
     * @throws IllegalStateException when the resource is missing or does not read as a valid roadmap
     */
    public static Roadmap load() {
        ClassLoader loader = SampleRoadmap.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the sample roadmap " + RESOURCE + " is missing from the classpath");
            }
            return new RoadmapJsonReader().read(in, RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("the sample roadmap " + RESOURCE + " cannot be read", e);
        } catch (RoadmapFormatException e) {
            throw new IllegalStateException("the sample roadmap is broken: " + e.getMessage(), e);
        }
    }
}
