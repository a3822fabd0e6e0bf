package io.milepost.io.json;

import io.milepost.model.Commission;
import io.milepost.model.Dependency;
import io.milepost.model.Milestone;
import io.milepost.model.Sector;
import io.milepost.model.SessionDetails;
import java.util.List;

/**
 * Milestones copied out of a roadmap, with what they need to be understood away from it: the sectors and commissions
 * they name (so that a paste into another roadmap can say which of them it lacks), the session details of copied
 * meetings and the links between copied items. Links to items that were not copied are not part of it.
 */
public record CopiedMilestones(List<Sector> sectors, List<Commission> commissions, List<Milestone> milestones,
                               List<SessionDetails> sessions, List<Dependency> dependencies) {

    public CopiedMilestones {
        sectors = List.copyOf(sectors);
        commissions = List.copyOf(commissions);
        milestones = List.copyOf(milestones);
        sessions = List.copyOf(sessions);
        dependencies = List.copyOf(dependencies);
    }
}
