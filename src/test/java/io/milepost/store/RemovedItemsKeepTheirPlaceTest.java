package io.milepost.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.milepost.app.SampleRoadmap;
import io.milepost.model.Milestone;
import io.milepost.model.Roadmap;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A milestone deleted and saved again while the document is open goes back where it stood in the list. */
class RemovedItemsKeepTheirPlaceTest {

    @TempDir
    Path dir;

    @Test
    void aMilestoneDeletedAndSavedAgainStandsWhereItStood() throws Exception {
        Path file = dir.resolve("plan.milepost");
        Roadmap sample = SampleRoadmap.load();
        try (RoadmapDocument doc = RoadmapDocument.create(file, sample)) {
            Milestone third = sample.milestones().get(2);
            Milestone fifth = sample.milestones().get(4);
            doc.edit(w -> {
                w.deleteMilestone(third.id());
                w.deleteMilestone(fifth.id());
            });
            doc.edit(w -> {
                w.saveMilestone(fifth);
                w.saveMilestone(third);
            });
            assertThat(doc.load().milestones()).isEqualTo(sample.milestones());
        }
    }

    @Test
    void aNewMilestoneStillGoesToTheEnd() throws Exception {
        Path file = dir.resolve("plan.milepost");
        Roadmap sample = SampleRoadmap.load();
        try (RoadmapDocument doc = RoadmapDocument.create(file, sample)) {
            Milestone added = sample.milestones().get(0).toBuilder().id(java.util.UUID.randomUUID())
                    .title("Added").build();
            doc.edit(w -> w.saveMilestone(added));
            assertThat(doc.load().milestones()).endsWith(added).hasSize(sample.milestones().size() + 1);
        }
    }
}
