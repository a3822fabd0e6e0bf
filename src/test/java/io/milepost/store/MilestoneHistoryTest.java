package io.milepost.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.milepost.model.Milestone;
import io.milepost.model.MilestoneChange;
import io.milepost.model.MilestoneChange.What;
import io.milepost.model.MilestoneStatus;
import io.milepost.model.PlanDate;
import io.milepost.model.Roadmap;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The document keeps a record of what changed in each milestone and when, written with the change itself. */
class MilestoneHistoryTest {

    @TempDir
    Path dir;

    @Test
    void aPlannersEditsAreRecordedFieldByFieldAndADeletedItemIsStillNamed() throws Exception {
        Path file = dir.resolve("roadmap.milepost");
        Roadmap sample = SampleRoadmaps.everyFieldSet();
        RoadmapDocument.create(file, sample).close();
        Milestone item = sample.milestones().get(0);
        Instant before = Instant.now();
        try (RoadmapDocument doc = RoadmapDocument.open(file, OpenMode.READ_WRITE)) {
            doc.load();
            assertThat(doc.changesSince(before)).as("creating a document is not a change").isEmpty();

            Milestone done = item.withStatus(MilestoneStatus.DONE).withPercentComplete(100);
            doc.edit(w -> w.saveMilestone(done));
            doc.edit(w -> w.saveMilestone(done.withDates(PlanDate.quarter(2026, 3), PlanDate.quarter(2026, 4))));
            // no change:
            doc.edit(w -> w.saveMilestone(done.withDates(PlanDate.quarter(2026, 3), PlanDate.quarter(2026, 4))));
            doc.edit(w -> w.deleteMilestone(item.id()));
        }
        try (RoadmapDocument reader = RoadmapDocument.open(file, OpenMode.READ_ONLY)) {
            List<MilestoneChange> changes = reader.changesSince(before);

            assertThat(changes).extracting(MilestoneChange::what)
                    .containsExactly(What.STATUS, What.PERCENT, What.START, What.END, What.DELETED);
            assertThat(changes.get(0).before()).isEqualTo(item.status().name());
            assertThat(changes.get(0).after()).isEqualTo("DONE");
            assertThat(changes.get(2).after()).isEqualTo("Q3 2026");
            assertThat(changes.get(4).title()).isEqualTo(item.title());
            assertThat(changes).allSatisfy(c -> assertThat(c.milestoneId()).isEqualTo(item.id()));
            assertThat(reader.changesSince(Instant.now().plusSeconds(60))).isEmpty();
        }
    }

    @Test
    void aNewMilestoneIsOneChangeAndARefusedWriteLeavesNoRecord() throws Exception {
        Path file = dir.resolve("roadmap.milepost");
        Roadmap sample = SampleRoadmaps.everyFieldSet();
        RoadmapDocument.create(file, sample).close();
        Milestone item = sample.milestones().get(0);
        Instant before = Instant.now();
        try (RoadmapDocument doc = RoadmapDocument.open(file, OpenMode.READ_WRITE)) {
            doc.load();
            Milestone copy = new Milestone(java.util.UUID.randomUUID(), item.kind(), "A new working group",
                    null, null, item.sectorId(), null, item.start(), item.end(), item.ongoing(), item.status(), 0,
                    null, null, null, null, null, null, List.of(), item.order() + 1);
            doc.edit(w -> w.saveMilestone(copy));
            assertThatThrownBy(() -> doc.edit(w -> {
                w.saveMilestone(item.withStatus(MilestoneStatus.AT_RISK));
                throw new DocumentException(DocumentException.Reason.REFUSED, file, "refused for the test");
            })).isInstanceOf(DocumentException.class);

            assertThat(doc.changesSince(before)).extracting(MilestoneChange::what, MilestoneChange::after)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(What.ADDED, "A new working group"));
        }
    }
}
