package io.milepost.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.milepost.app.SampleRoadmap;
import io.milepost.model.Commission;
import io.milepost.model.Dependency;
import io.milepost.model.Milestone;
import io.milepost.model.Roadmap;
import io.milepost.model.SessionDetails;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Milestones copied in one Milepost and read back in another: the JSON a copy leaves on the clipboard keeps every
 * field, and anything else found under the clipboard type is refused with the reason, never half read.
 */
class CopiedMilestonesJsonTest {

    private final Roadmap plan = SampleRoadmap.load();

    /** A linked pair and a commission's meeting with its session details, as Copy would gather them. */
    private CopiedMilestones linkedPairAndAMeeting() {
        Dependency link = plan.dependencies().get(0);
        Milestone before = plan.milestone(link.predecessorId()).orElseThrow();
        Milestone after = plan.milestone(link.successorId()).orElseThrow();
        SessionDetails session = plan.sessions().get(0);
        Milestone meeting = plan.milestone(session.meetingId()).orElseThrow();
        Commission commission = plan.commission(meeting.commissionId()).orElseThrow();
        List<Milestone> items = List.of(before, after, meeting);
        return new CopiedMilestones(
                items.stream().map(m -> plan.sector(m.sectorId()).orElseThrow()).distinct().toList(),
                List.of(commission), items, List.of(session), List.of(link));
    }

    @Test
    void copiesReadBackEqualToWhatWasCopied() throws Exception {
        CopiedMilestones copied = linkedPairAndAMeeting();
        String json = CopiedMilestonesJson.write(copied);
        assertThat(json).startsWith("{\"format\":\"milepost-milestones\",\"version\":1,");

        CopiedMilestones read = CopiedMilestonesJson.read(json.getBytes(StandardCharsets.UTF_8), "clipboard");

        assertThat(read).isEqualTo(copied);
    }

    @Test
    void copiesFromANewerMilepostAreRefusedAsNewer() {
        String json = CopiedMilestonesJson.write(linkedPairAndAMeeting()).replace("\"version\":1", "\"version\":2");

        assertThatThrownBy(() -> CopiedMilestonesJson.read(json, "clipboard"))
                .isInstanceOf(RoadmapFormatException.class)
                .hasMessageContaining("copied by a newer Milepost (format version 2)")
                .hasMessageContaining("pastes version 1 and older");
    }

    @Test
    void brokenJsonIsRefusedSayingWhy() {
        String json = CopiedMilestonesJson.write(linkedPairAndAMeeting());
        String cut = json.substring(0, json.length() / 2);

        assertThatThrownBy(() -> CopiedMilestonesJson.read(cut, "clipboard"))
                .isInstanceOf(RoadmapFormatException.class)
                .hasMessageContaining("not valid JSON");
    }

    @Test
    void aMilestoneWithoutATitleIsRefusedAtItsField() {
        String json = CopiedMilestonesJson.write(linkedPairAndAMeeting()).replaceFirst("\"title\":\"[^\"]*\",", "");

        assertThatThrownBy(() -> CopiedMilestonesJson.read(json, "clipboard"))
                .isInstanceOfSatisfying(RoadmapFormatException.class, e -> assertThat(e.problems())
                        .extracting(FormatProblem::path).contains("milestones[0].title"));
    }

    @Test
    void aLinkToAMilestoneThatWasNotCopiedIsRefused() {
        CopiedMilestones copied = linkedPairAndAMeeting();
        CopiedMilestones halfLinked = new CopiedMilestones(copied.sectors(), copied.commissions(),
                copied.milestones().subList(1, 3), copied.sessions(), copied.dependencies());

        assertThatThrownBy(() -> CopiedMilestonesJson.read(CopiedMilestonesJson.write(halfLinked), "clipboard"))
                .isInstanceOfSatisfying(RoadmapFormatException.class, e -> assertThat(e.problems())
                        .extracting(FormatProblem::path).contains("dependencies[0].predecessorId"));
    }

    @Test
    void anotherProgramsJsonAndPlainTextAreNotCopiedMilestones() {
        assertThatThrownBy(() -> CopiedMilestonesJson.read("{\"format\": \"milepost\", \"version\": 3}", "clipboard"))
                .hasMessageContaining("the clipboard's format is 'milepost', not 'milepost-milestones'");
        assertThatThrownBy(() -> CopiedMilestonesJson.read("Halal trade\t2025-04\tPlanned", "clipboard"))
                .hasMessageContaining("not valid JSON");
    }

    @Test
    void aHugePayloadIsRefusedUnread() {
        byte[] huge = new byte[(int) CopiedMilestonesJson.MAX_BYTES + 1];

        assertThatThrownBy(() -> CopiedMilestonesJson.read(huge, "clipboard"))
                .hasMessageContaining("larger than 64 MiB");
    }

    @Test
    void moreMilestonesThanOnePasteTakesAreRefusedBeforeTheyAreRead() {
        StringBuilder many = new StringBuilder("{\"format\":\"milepost-milestones\",\"version\":1,\"milestones\":[");
        for (int i = 0; i <= CopiedMilestonesJson.MAX_MILESTONES; i++) {
            many.append(i == 0 ? "{}" : ",{}");
        }
        many.append("]}");

        assertThatThrownBy(() -> CopiedMilestonesJson.read(many.toString(), "clipboard"))
                .hasMessageContaining("holds 10001 milestones; one paste takes at most 10000");
    }
}
