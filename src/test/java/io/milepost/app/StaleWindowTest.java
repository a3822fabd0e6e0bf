package io.milepost.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.milepost.app.edit.Edit;
import io.milepost.model.Milestone;
import io.milepost.store.OpenMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two planners' windows edit one file where locking failed (here: the file reached by a second name, a hard link).
 * The window that writes from a stale copy is refused, shows the file as it now is, and keeps no undo step that
 * could bring back what the other window replaced.
 */
class StaleWindowTest {

    @TempDir
    Path dir;

    @Test
    void aRefusedStaleEditReloadsTheWindowAndNothingOfEitherSideIsLost() throws Exception {
        Path file = dir.resolve("roadmap.milepost");
        io.milepost.store.RoadmapDocument.create(file, SampleRoadmap.load()).close();
        Path otherName = Files.createLink(dir.resolve("same-file.milepost"), file);

        try (DocumentSession islamabad = DocumentSession.open(file, OpenMode.READ_WRITE);
             DocumentSession minsk = DocumentSession.open(otherName, OpenMode.READ_WRITE)) {
            List<String> minskSaw = new ArrayList<>();
            minsk.addListener(r -> minskSaw.add("shown"));
            Milestone first = islamabad.roadmap().milestones().get(0);
            Milestone second = islamabad.roadmap().milestones().get(1);
            minsk.apply(Edit.updateMilestone("Rename", second, second.toBuilder().title("Minsk's title").build()));

            islamabad.apply(Edit.updateMilestone("Move", first, first.withPercentComplete(50)));
            Milestone stale = minsk.roadmap().milestone(first.id()).orElseThrow();
            assertThatThrownBy(() -> minsk.apply(Edit.updateMilestone("Set percent", stale,
                    stale.withPercentComplete(10))))
                    .isInstanceOfSatisfying(DocumentProblem.class,
                            e -> assertThat(e.kind()).isEqualTo(DocumentProblem.Kind.CHANGED_ELSEWHERE));

            assertThat(minsk.roadmap().milestone(first.id()).orElseThrow().percentComplete()).isEqualTo(50);
            assertThat(minsk.roadmap().milestone(second.id()).orElseThrow().title()).isEqualTo("Minsk's title");
            assertThat(minsk.canUndo()).as("its history was made on what it had read").isFalse();
            assertThat(minskSaw).hasSize(2); // its own edit, then the reload
        }
    }
}
