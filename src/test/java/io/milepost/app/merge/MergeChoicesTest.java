package io.milepost.app.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every place a planner may pick a side, and the roadmap their picks give, conflicts and one-sided changes alike. */
class MergeChoicesTest {

    private final DivergedCopies copies = new DivergedCopies();
    private final MergePlan plan = copies.plan();

    @Test
    void theChoicesAreTheConflictTheirOneSidedChangesTheAdditionAndTheRemoval() {
        assertThat(plan.choices()).extracting(c -> c.what() + " " + c.label() + (c.field() == null ? ""
                : "." + c.field())).containsExactlyInAnyOrder(
                "CONFLICT " + DivergedCopies.OUR_TITLE + ".title",
                "CHANGED " + DivergedCopies.OUR_TITLE + ".remarks",
                "CHANGED " + copies.restated.title() + ".status",
                "ADDED " + copies.added.title(),
                "REMOVED " + copies.removed.title());
        MergeChoice conflict = plan.choices().stream().filter(MergeChoice::isConflict).findFirst().orElseThrow();
        assertThat(conflict.ours()).isEqualTo(DivergedCopies.OUR_TITLE);
        assertThat(conflict.theirs()).isEqualTo(DivergedCopies.THEIR_TITLE);
        assertThat(conflict.proposed()).isNull();
        assertThat(conflict.conflict().reason()).isEqualTo(Conflict.Reason.BOTH_CHANGED);
    }

    @Test
    void withoutPicksTheirOneSidedChangesAreTakenAndTheConflictKeepsMine() {
        var result = plan.outcome(Map.of()).result();

        assertThat(result.milestone(copies.renamed.id()).orElseThrow().title()).isEqualTo(DivergedCopies.OUR_TITLE);
        assertThat(result.milestone(copies.renamed.id()).orElseThrow().remarks())
                .isEqualTo(DivergedCopies.THEIR_REMARKS);
        assertThat(result.milestone(copies.restated.id()).orElseThrow().status()).isEqualTo(copies.theirStatus);
        assertThat(result.milestone(DivergedCopies.ADDED_ID)).isPresent();
        assertThat(result.milestone(copies.removed.id())).isEmpty();
        assertThat(result).isEqualTo(plan.outcome(MergePlan.KEEP_OURS).result());
    }

    @Test
    void mineRefusesEachOneSidedChangeAndTheirsSettlesTheConflict() {
        Map<Conflict.Key, Side> picks = new java.util.HashMap<>();
        for (MergeChoice c : plan.choices()) {
            picks.put(c.key(), c.isConflict() ? Side.THEIRS : Side.OURS);
        }

        var outcome = plan.outcome(picks);

        var result = outcome.result();
        assertThat(result.milestone(copies.renamed.id()).orElseThrow().title()).isEqualTo(DivergedCopies.THEIR_TITLE);
        assertThat(result.milestone(copies.renamed.id()).orElseThrow().remarks())
                .isEqualTo(copies.renamed.remarks());
        assertThat(result.milestone(copies.restated.id()).orElseThrow().status()).isEqualTo(copies.restated.status());
        assertThat(result.milestone(DivergedCopies.ADDED_ID)).isEmpty();
        assertThat(result.milestone(copies.removed.id())).isPresent();
        assertThat(outcome.changes()).singleElement().satisfies(c -> assertThat(c.fields())
                .extracting(FieldChange::field).containsExactly("title"));
    }

    @Test
    void takingEverythingOfTheirsGivesTheirCopyWithMyOwnChangeKept() {
        Map<Conflict.Key, Side> picks = new java.util.HashMap<>();
        plan.choices().forEach(c -> picks.put(c.key(), Side.THEIRS));

        var result = plan.outcome(picks).result();

        assertThat(result.milestone(copies.progressed.id())).isEqualTo(copies.ours.milestone(copies.progressed.id()));
        assertThat(result.withMilestone(copies.progressed)).isEqualTo(copies.theirs);
    }
}
