package io.milepost.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.milepost.model.Milestone;
import io.milepost.model.Roadmap;
import io.milepost.store.DocumentException;
import io.milepost.store.OpenMode;
import io.milepost.store.RoadmapDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Started without a file, Milepost opens the planner's own default document: the sample, the first time. */
class DefaultDocumentTest {

    @TempDir
    Path dir;

    @Test
    void theFirstStartCreatesTheSampleRoadmapInFoldersThatDoNotExistYet() throws Exception {
        DocumentLocations locations = new DocumentLocations(dir.resolve("data").resolve("share").resolve("milepost"));

        Path file = DefaultDocument.ensure(locations);

        assertThat(file).isEqualTo(locations.defaultDocument()).isRegularFile();
        assertThat(inFile(file)).isEqualTo(SampleRoadmap.load());
        assertThat(file.resolveSibling("." + file.getFileName() + ".lock")).as("closed again").doesNotExist();
    }

    @Test
    void aLaterStartOpensThePlannersEditedDocumentUntouched() throws Exception {
        DocumentLocations locations = new DocumentLocations(dir.resolve("milepost"));
        Path file = DefaultDocument.ensure(locations);
        Roadmap edited;
        try (DocumentSession session = DocumentSession.open(file, OpenMode.READ_WRITE)) {
            Milestone m = session.roadmap().milestones().get(0);
            session.apply(io.milepost.app.edit.Edit.updateMilestone("Rename", m,
                    m.toBuilder().title("Renamed by the planner").build()));
            edited = session.roadmap();
        }
        byte[] before = Files.readAllBytes(file);

        Path again = DefaultDocument.ensure(locations);

        assertThat(again).isEqualTo(file);
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(inFile(file)).isEqualTo(edited).isNotEqualTo(SampleRoadmap.load());
    }

    private static Roadmap inFile(Path file) throws Exception {
        try (RoadmapDocument doc = RoadmapDocument.open(file, OpenMode.READ_ONLY)) {
            return doc.load();
        }
    }
}
