package io.milepost.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.milepost.app.edit.Edit;
import io.milepost.model.Milestone;
import io.milepost.model.MilestoneStatus;
import io.milepost.model.PlanDate;
import io.milepost.model.SessionDetails;
import io.milepost.store.OpenMode;
import io.milepost.store.RoadmapDocument;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A commission's session is its meeting: moving the meeting moves the session, and deleting it can be undone. */
class SessionsAreMeetingsTest {

    @TempDir
    Path dir;

    @Test
    void draggingTheNinthSessionsMeetingMovesTheSessionAndUndoBringsBothBack() throws Exception {
        Path file = dir.resolve("roadmap.milepost");
        RoadmapDocument.create(file, SampleRoadmap.load()).close();
        try (DocumentSession session = DocumentSession.open(file, OpenMode.READ_WRITE)) {
            SessionDetails ninth = session.roadmap().sessions().stream().filter(s -> s.number() == 9).findFirst()
                    .orElseThrow();
            Milestone meeting = session.roadmap().milestone(ninth.meetingId()).orElseThrow();

            Milestone moved = meeting.toBuilder().start(PlanDate.day(2027, 2, 15)).status(MilestoneStatus.PLANNED)
                    .build();
            session.apply(Edit.updateMilestone("Move '" + meeting.title() + "'", meeting, moved));
            assertThat(reopened(file).sessionOf(meeting.id())).contains(ninth);
            assertThat(reopened(file).milestone(meeting.id()).orElseThrow().start())
                    .isEqualTo(PlanDate.day(2027, 2, 15));

            session.apply(Edit.deleteMilestone(session.roadmap(), moved));
            assertThat(reopened(file).sessionOf(meeting.id())).isEmpty();
            session.undo();
            assertThat(reopened(file).sessionOf(meeting.id())).contains(ninth);
            assertThat(reopened(file).sessions()).isEqualTo(SampleRoadmap.load().sessions());
        }
    }

    private static io.milepost.model.Roadmap reopened(Path file) throws Exception {
        try (RoadmapDocument doc = RoadmapDocument.open(file, OpenMode.READ_ONLY)) {
            return doc.load();
        }
    }
}
