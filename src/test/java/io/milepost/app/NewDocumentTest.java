package io.milepost.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.milepost.model.Roadmap;
import io.milepost.store.OpenMode;
import io.milepost.store.RoadmapDocument;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File → New and Save a Copy write Milepost documents, and never over another program's file. */
class NewDocumentTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    @TempDir
    Path dir;

    @Test
    void anEmptyRoadmapIsAValidDocumentOverThisYearAndTheNextTwo() throws Exception {
        Path file = dir.resolve("new.milepost");

        NewDocument.create(file, NewDocument.Start.EMPTY, TODAY);

        Roadmap r = load(file);
        assertThat(r.milestones()).isEmpty();
        assertThat(r.sectors()).isEmpty();
        assertThat(r.info().periodStart()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(r.info().periodEnd()).isEqualTo(LocalDate.of(2028, 12, 31));
    }

    @Test
    void aCopyOfTheSampleHoldsTheWholeSample() throws Exception {
        Path file = dir.resolve("sample.milepost");

        NewDocument.create(file, NewDocument.Start.SAMPLE, TODAY);

        Roadmap sample = SampleRoadmap.load();
        Roadmap r = load(file);
        assertThat(r.milestones()).hasSize(sample.milestones().size());
        assertThat(r.agreements()).hasSize(sample.agreements().size());
    }

    @Test
    void anOlderMilepostDocumentMayBeReplacedButAnotherProgramsFileNever() throws Exception {
        Path old = dir.resolve("old.milepost");
        NewDocument.create(old, NewDocument.Start.SAMPLE, TODAY);
        NewDocument.create(old, NewDocument.Start.EMPTY, TODAY);
        assertThat(load(old).milestones()).isEmpty();

        Path notes = dir.resolve("notes.milepost");
        Files.writeString(notes, "minutes of the fifth session", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> NewDocument.create(notes, NewDocument.Start.EMPTY, TODAY))
                .isInstanceOf(DocumentProblem.class).hasMessageContaining("notes.milepost");
        assertThat(Files.readString(notes)).isEqualTo("minutes of the fifth session");
        assertThat(dir.toFile().list()).as("no staging file left behind")
                .containsExactlyInAnyOrder("old.milepost", "notes.milepost");
    }

    @Test
    void aCopyIsRefusedOverAnotherProgramsDatabaseAndOverTheOpenDocument() throws Exception {
        Path file = dir.resolve("roadmap.milepost");
        NewDocument.create(file, NewDocument.Start.SAMPLE, TODAY);
        byte[] foreign = "SQLite format 3\0 a database of another program".getBytes(StandardCharsets.ISO_8859_1);
        Path other = dir.resolve("other.db");
        Files.write(other, foreign);

        try (DocumentSession session = DocumentSession.open(file, Access.EDIT)) {
            assertThatThrownBy(() -> session.saveCopyAs(other)).isInstanceOf(DocumentProblem.class);
            assertThatThrownBy(() -> session.saveCopyAs(file)).isInstanceOf(DocumentProblem.class)
                    .hasMessageContaining("open");
            session.saveCopyAs(dir.resolve("copy.milepost"));
        }

        assertThat(Files.readAllBytes(other)).isEqualTo(foreign);
        assertThat(load(dir.resolve("copy.milepost")).milestones()).hasSize(SampleRoadmap.load().milestones().size());
    }

    private static Roadmap load(Path file) throws Exception {
        try (RoadmapDocument doc = RoadmapDocument.open(file, OpenMode.READ_ONLY)) {
            return doc.load();
        }
    }
}
