package io.milepost.app.merge;

import static org.assertj.core.api.Assertions.assertThat;

import io.milepost.model.Dependency;
import io.milepost.model.Milestone;
import io.milepost.model.Roadmap;
import io.milepost.model.RoadmapValidator;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Removals and links across the two copies: the merge never leaves a link dangling, doubled or in a loop. */
class MergeKeepsLinksWholeTest {

    private final Roadmap base = ThreeWayMergeTest.base();
    private final Milestone forum = base.milestones().get(4);
    private final Milestone audit = base.milestones().get(15);

    @Test
    void aMilestoneRemovedThereButNewlyLinkedHereIsAConflictNamingTheLink() {
        Dependency link = Dependency.finishToStart(audit.id(), forum.id());
        Roadmap ours = base.withDependency(link);
        Roadmap theirs = base.withoutMilestone(forum.id());

        MergePlan plan = ThreeWayMerge.plan(Optional.of(base), ours, theirs);

        assertThat(plan.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.reason()).isEqualTo(Conflict.Reason.REMOVED_BUT_USED);
            assertThat(c.id()).isEqualTo(forum.id());
            assertThat(c.usedBy()).containsExactly(link.id());
        });
        Roadmap kept = plan.outcome(MergePlan.KEEP_OURS).result();
        assertThat(kept.milestone(forum.id())).isPresent();
        assertThat(kept.dependencies()).contains(link);
        Roadmap removed = plan.outcome(k -> Side.THEIRS).result();
        assertThat(removed.milestone(forum.id())).isEmpty();
        assertThat(removed.dependencies()).doesNotContain(link);
        assertThat(RoadmapValidator.validate(removed)).isEmpty();
    }

    @Test
    void linksAddedOnBothSidesThatCloseALoopAreCutAndReported() {
        Roadmap ours = base.withDependency(Dependency.finishToStart(audit.id(), forum.id()));
        Roadmap theirs = base.withDependency(Dependency.finishToStart(forum.id(), audit.id()));

        MergePlan.Outcome outcome = ThreeWayMerge.plan(Optional.of(base), ours, theirs).outcome(MergePlan.KEEP_OURS);

        assertThat(outcome.conflicts()).extracting(Conflict::reason).containsExactly(Conflict.Reason.CLOSES_A_LOOP);
        assertThat(RoadmapValidator.validate(outcome.result())).isEmpty();
        assertThat(outcome.result().dependencies()).hasSize(base.dependencies().size() + 1);
    }

    @Test
    void theSameTwoItemsLinkedOnBothSidesKeepOneLink() {
        Roadmap ours = base.withDependency(Dependency.finishToStart(audit.id(), forum.id()));
        Roadmap theirs = base.withDependency(Dependency.finishToStart(audit.id(), forum.id()));

        MergePlan.Outcome outcome = ThreeWayMerge.plan(Optional.of(base), ours, theirs).outcome(MergePlan.KEEP_OURS);

        assertThat(outcome.conflicts()).extracting(Conflict::reason)
                .containsExactly(Conflict.Reason.SAME_LINK_TWICE);
        assertThat(RoadmapValidator.validate(outcome.result())).isEmpty();
        assertThat(outcome.result().dependencies()).hasSize(base.dependencies().size() + 1);
    }
}
