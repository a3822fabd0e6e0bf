package io.milepost.app.edit;

import static org.assertj.core.api.Assertions.assertThat;

import io.milepost.app.SampleRoadmap;
import io.milepost.io.json.CopiedMilestones;
import io.milepost.model.Dependency;
import io.milepost.model.Milestone;
import io.milepost.model.MilestoneKind;
import io.milepost.model.MilestoneStatus;
import io.milepost.model.PlanDate;
import io.milepost.model.Roadmap;
import io.milepost.model.RoadmapInfo;
import io.milepost.model.Sector;
import io.milepost.model.SessionDetails;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A planner copies milestones out of the Pakistan–Belarus roadmap and pastes them into it again or into another
 * roadmap: what the clipboard carries, as text and as Milepost's own form, and what the paste makes of it.
 */
class ClipboardMilestonesTest {

    private final Roadmap plan = SampleRoadmap.load();
    private final Sector trade = new Sector(UUID.randomUUID(), "Trade", null, "#336699", 1);
    private final Roadmap other = new Roadmap(new RoadmapInfo(UUID.randomUUID(), "Another roadmap", null, "A", "B",
            LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 31), null, "en", null), List.of(trade), List.of(),
            List.of(), List.of(Milestone.builder().kind(MilestoneKind.ACTIVITY).title("Trade fair").sectorId(trade.id())
                    .start(PlanDate.month(2025, 6)).status(MilestoneStatus.PLANNED).order(1).build()),
            List.of(), List.of());

    /** A linked pair and a commission's meeting with its session details. */
    private List<UUID> linkedPairAndAMeeting() {
        Dependency link = plan.dependencies().get(0);
        return List.of(link.predecessorId(), link.successorId(), plan.sessions().get(0).meetingId());
    }

    @Test
    void theTextFormIsOneTabSeparatedLinePerMilestone() {
        List<UUID> ids = linkedPairAndAMeeting();

        String text = ClipboardMilestones.text(ClipboardMilestones.copy(plan, ids));

        List<String> lines = text.lines().toList();
        assertThat(lines).hasSize(3);
        for (int i = 0; i < 3; i++) {
            Milestone m = plan.milestone(ids.get(i)).orElseThrow();
            String[] cells = lines.get(i).split("\t", -1);
            assertThat(cells).hasSize(7);
            assertThat(cells[0]).isEqualTo(m.title());
            assertThat(cells[1]).isEqualTo(Names.date(m.start()));
            assertThat(cells[4]).isEqualTo(m.percentComplete() + "%");
            assertThat(cells[5]).isEqualTo(m.leadAgencyA() == null ? "" : m.leadAgencyA());
        }
        assertThat(lines.get(0).split("\t")[3]).isIn("Planned", "In progress", "Done", "At risk", "Delayed",
                "Cancelled", "Postponed");
    }

    @Test
    void copiesPastedBackIntoTheSameRoadmapBelowTheSelectedItemKeepTheirLinkAndSessionAndUndoInOneStep() {
        List<UUID> ids = linkedPairAndAMeeting();
        CopiedMilestones copies = read(ClipboardMilestones.json(ClipboardMilestones.copy(plan, ids)));
        Milestone selected = plan.milestone(ids.get(0)).orElseThrow();

        ClipboardMilestones.Pasting pasting = ClipboardMilestones.paste(plan, copies, selected.id());

        assertThat(pasting.note()).isEmpty();
        Edit edit = ((Outcome.Apply) pasting.outcome()).edit();
        assertThat(edit.name()).isEqualTo("Add 3 milestones");
        Roadmap after = edit.applyTo(plan);
        List<Milestone> fresh = after.milestones().stream().filter(m -> plan.milestone(m.id()).isEmpty()).toList();
        assertThat(fresh).hasSize(3).allMatch(m -> m.sectorId().equals(selected.sectorId()));
        Set<UUID> freshIds = fresh.stream().map(Milestone::id).collect(Collectors.toSet());
        assertThat(after.dependencies()).filteredOn(d -> freshIds.contains(d.successorId()))
                .singleElement().satisfies(d -> assertThat(freshIds).contains(d.predecessorId()));
        SessionDetails session = plan.sessions().get(0);
        assertThat(after.sessions()).filteredOn(s -> freshIds.contains(s.meetingId())).singleElement()
                .satisfies(s -> assertThat(s.venue()).isEqualTo(session.venue()));
        assertThat(edit.inverse().applyTo(after)).isEqualTo(plan);
    }

    @Test
    void aSectorAndACommissionTheOtherRoadmapLacksAreReplacedAndTheNoteSaysSo() {
        List<UUID> ids = linkedPairAndAMeeting();
        CopiedMilestones copies = read(ClipboardMilestones.json(ClipboardMilestones.copy(plan, ids)));
        Milestone meeting = plan.milestone(ids.get(2)).orElseThrow();
        String commission = plan.commission(meeting.commissionId()).orElseThrow().name();

        ClipboardMilestones.Pasting pasting = ClipboardMilestones.paste(other, copies, null);

        Roadmap after = ((Outcome.Apply) pasting.outcome()).edit().applyTo(other);
        List<Milestone> fresh = after.milestones().stream().filter(m -> other.milestone(m.id()).isEmpty()).toList();
        assertThat(fresh).hasSize(3).allMatch(m -> m.sectorId().equals(trade.id()) && m.commissionId() == null);
        assertThat(fresh).extracting(Milestone::title)
                .containsExactlyElementsOf(ids.stream().map(id -> plan.milestone(id).orElseThrow().title()).toList());
        assertThat(after.sessions()).as("a session needs its commission").isEmpty();
        assertThat(pasting.note()).contains("3 of them came from sectors this roadmap does not have")
                .contains("went into 'Trade'")
                .contains("1 of them belonged to commissions this roadmap does not have ('" + Names.shortened(commission)
                        + "')");
    }

    @Test
    void brokenContentIsReadAsAProblemForTheStatusBar() {
        ClipboardMilestones.Reading reading = ClipboardMilestones.read("{\"format\":\"milepost-milestones\"".getBytes(
                StandardCharsets.UTF_8));

        assertThat(reading.isReadable()).isFalse();
        assertThat(reading.problem()).startsWith("Not pasted: the copied milestones are not valid JSON")
                .contains("not valid JSON").endsWith("Nothing was changed.");
    }

    private static CopiedMilestones read(byte[] json) {
        ClipboardMilestones.Reading reading = ClipboardMilestones.read(json);
        assertThat(reading.problem()).isNull();
        return reading.copies();
    }
}
