package io.milepost.app.merge;

import io.milepost.app.SampleRoadmap;
import io.milepost.model.Milestone;
import io.milepost.model.MilestoneStatus;
import io.milepost.model.Roadmap;
import java.util.UUID;

/**
 * Two planners' copies of the sample, each edited since they last agreed (the sample itself). Islamabad's is ours:
 * it renamed one item and set another's progress. Minsk's is theirs: it renamed the same item differently (a
 * conflict), added remarks to it and changed another's status (one-sided changes), added a milestone and removed one
 * nobody links to.
 */
public final class DivergedCopies {

    public static final String OUR_TITLE = "Islamabad's title";
    public static final String THEIR_TITLE = "Minsk's title";
    public static final String THEIR_REMARKS = "Minsk: venue confirmed";
    public static final UUID ADDED_ID = UUID.fromString("00000000-0000-4000-8000-0000000000ad");

    public final Roadmap base = SampleRoadmap.load();
    /** Renamed by both sides. */
    public final Milestone renamed = base.milestones().get(4);
    /** Progress set here only. */
    public final Milestone progressed = base.milestones().get(5);
    /** Status changed there only. */
    public final Milestone restated = base.milestones().get(6);
    /** Removed there; nobody links to it, no agreement carries it, no session is held at it. */
    public final Milestone removed = base.milestones().stream()
            .filter(m -> base.dependencies().stream().noneMatch(d -> d.predecessorId().equals(m.id())
                    || d.successorId().equals(m.id())))
            .filter(m -> base.agreements().stream().noneMatch(a -> a.milestoneIds().contains(m.id())))
            .filter(m -> base.sessionOf(m.id()).isEmpty())
            .filter(m -> !m.id().equals(base.milestones().get(4).id()) && !m.id().equals(base.milestones().get(5).id())
                    && !m.id().equals(base.milestones().get(6).id()))
            .findFirst().orElseThrow();
    public final MilestoneStatus theirStatus = restated.status() == MilestoneStatus.AT_RISK
            ? MilestoneStatus.DELAYED : MilestoneStatus.AT_RISK;
    public final Milestone added = restated.toBuilder().id(ADDED_ID).title("Joint business forum, Minsk")
            .order(999).build();

    public final Roadmap ours = base
            .withMilestone(renamed.toBuilder().title(OUR_TITLE).build())
            .withMilestone(progressed.toBuilder().percentComplete(progressed.percentComplete() == 50 ? 60 : 50)
                    .build());

    public final Roadmap theirs = base
            .withMilestone(renamed.toBuilder().title(THEIR_TITLE).remarks(THEIR_REMARKS).build())
            .withMilestone(restated.toBuilder().status(theirStatus).build())
            .withMilestone(added)
            .withoutMilestone(removed.id());

    public MergePlan plan() {
        return ThreeWayMerge.plan(java.util.Optional.of(base), ours, theirs);
    }
}
