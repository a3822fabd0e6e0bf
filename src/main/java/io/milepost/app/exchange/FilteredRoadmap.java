package io.milepost.app.exchange;

import io.milepost.chart.MilestoneFilter;
import io.milepost.model.Agreement;
import io.milepost.model.Dependency;
import io.milepost.model.Milestone;
import io.milepost.model.Roadmap;
import io.milepost.model.SessionDetails;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A roadmap narrowed to the milestones a filter shows, for the exports a planner reads (CSV, iCalendar, the HTML
 * report): links and sessions go with their milestones, and agreements forget the ones left out. Never for the
 * exchange format, where a milestone left out would read as one removed.
 */
public final class FilteredRoadmap {

    private FilteredRoadmap() {
    }

    public static Roadmap of(Roadmap roadmap, MilestoneFilter filter) {
        if (filter == null || filter.isNone()) {
            return roadmap;
        }
        List<Milestone> kept = roadmap.milestones().stream().filter(filter::matches).toList();
        Set<UUID> ids = new HashSet<>();
        kept.forEach(m -> ids.add(m.id()));
        List<Dependency> links = roadmap.dependencies().stream()
                .filter(d -> ids.contains(d.predecessorId()) && ids.contains(d.successorId())).toList();
        List<SessionDetails> sessions = roadmap.sessions().stream().filter(s -> ids.contains(s.meetingId())).toList();
        List<Agreement> agreements = roadmap.agreements().stream().map(a -> {
            Agreement narrowed = a;
            for (UUID m : a.milestoneIds()) {
                if (!ids.contains(m)) {
                    narrowed = narrowed.withoutMilestone(m);
                }
            }
            return narrowed;
        }).toList();
        return new Roadmap(roadmap.info(), roadmap.sectors(), roadmap.commissions(), sessions, kept, links,
                agreements);
    }
}
