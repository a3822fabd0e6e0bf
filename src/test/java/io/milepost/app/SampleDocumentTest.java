package io.milepost.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.milepost.io.json.RoadmapJsonWriter;
import io.milepost.model.Roadmap;
import io.milepost.model.RoadmapValidator;
import io.milepost.store.DocumentException;
import io.milepost.store.OpenMode;
import io.milepost.store.RoadmapDocument;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sample as shipped in JSON and the sample as a document file are the same roadmap. */
class SampleDocumentTest {

    @TempDir
    Path dir;

    @Test
    void theSampleSavedAsADocumentReadsBackEqualToItsJson() throws DocumentException, IOException {
        Roadmap sample = SampleRoadmap.load();
        Path file = dir.resolve("sample.milepost");
        RoadmapDocument.create(file, sample).close();

        try (RoadmapDocument doc = RoadmapDocument.open(file, OpenMode.READ_ONLY)) {
            Roadmap loaded = doc.load();
            assertThat(loaded).isEqualTo(sample);
            assertThat(doc.integrityProblems()).isEmpty();
            assertThat(RoadmapValidator.validate(loaded)).isEmpty();
            assertThat(new RoadmapJsonWriter().write(loaded)).as("exported again, it is the shipped JSON")
                    .isEqualTo(shippedJson());
        }
    }

    private static String shippedJson() throws IOException {
        try (InputStream in = SampleRoadmap.class.getClassLoader().getResourceAsStream(SampleRoadmap.RESOURCE)) {
            assertThat(in).as(SampleRoadmap.RESOURCE).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
