package io.milepost.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The document itself remembers, per partner copy, what it last exchanged with it: no file beside it. */
class ExchangeBasesInTheDocumentTest {

    @TempDir
    Path dir;

    @Test
    void whatWasSentToMinskIsRememberedInTheFileAndAReadOnlyWindowCanReadButNotWriteIt() throws Exception {
        Path file = dir.resolve("roadmap.milepost");
        RoadmapDocument.create(file, SampleRoadmaps.everyFieldSet()).close();
        UUID roadmap = SampleRoadmaps.everyFieldSet().info().id();
        try (RoadmapDocument doc = RoadmapDocument.open(file, OpenMode.READ_WRITE)) {
            assertThat(doc.exchangeBase(roadmap, "Minsk")).isEmpty();
            doc.rememberExchangeBase(roadmap, "Minsk", "{\"sent\": 1}");
            doc.rememberExchangeBase(roadmap, "Islamabad", "{\"sent\": 2}");
            doc.rememberExchangeBase(roadmap, "Minsk", "{\"sent\": 3}");
        }
        byte[] before = Files.readAllBytes(file);
        try (RoadmapDocument doc = RoadmapDocument.open(file, OpenMode.READ_WRITE)) {
            assertThat(doc.exchangeBase(roadmap, "Minsk")).contains("{\"sent\": 3}");
            assertThat(doc.exchangeBase(roadmap, "Islamabad")).contains("{\"sent\": 2}");
            doc.rememberExchangeBase(roadmap, "Minsk", "{\"sent\": 3}"); // the same again: nothing written
        }
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(DocumentCreationTest.filesIn(dir)).containsExactly("roadmap.milepost");
        try (RoadmapDocument reader = RoadmapDocument.open(file, OpenMode.READ_ONLY)) {
            assertThat(reader.exchangeBase(roadmap, "Minsk")).contains("{\"sent\": 3}");
            assertThatThrownBy(() -> reader.rememberExchangeBase(roadmap, "Minsk", "{}"))
                    .isInstanceOfSatisfying(DocumentException.class,
                            e -> assertThat(e.reason()).isEqualTo(DocumentException.Reason.READ_ONLY));
        }
    }
}
