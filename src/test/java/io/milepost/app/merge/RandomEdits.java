package io.milepost.app.merge;

import io.milepost.app.RandomRoadmaps;
import io.milepost.model.Agreement;
import io.milepost.model.SessionDetails;
import io.milepost.model.Dependency;
import io.milepost.model.Milestone;
import io.milepost.model.MilestoneKind;
import io.milepost.model.MilestoneStatus;
import io.milepost.model.Roadmap;
import io.milepost.model.RoadmapInfo;
import io.milepost.model.Sector;
import java.util.ArrayList;
import java.util.List;

/** What a planner does to a copy between two exchanges, at random but always leaving a valid roadmap. */
final class RandomEdits {

    private final RandomRoadmaps g;

    RandomEdits(long seed) {
        g = new RandomRoadmaps(seed);
    }

    Roadmap apply(Roadmap roadmap, int count) {
        Roadmap r = roadmap;
        for (int i = 0; i < count; i++) {
            r = one(r);
        }
        return r;
    }

    private Roadmap one(Roadmap r) {
        switch (g.random().nextInt(16)) {
            case 0, 1, 2 -> {
                if (!r.milestones().isEmpty()) {
                    Milestone m = g.pick(r.milestones());
                    return r.withMilestone(switch (g.random().nextInt(5)) {
                        case 0 -> m.toBuilder().title(g.text()).build();
                        case 1 -> m.toBuilder().status(g.pick(MilestoneStatus.values())).build();
                        case 2 -> m.toBuilder().percentComplete(g.random().nextInt(0, 101)).build();
                        case 3 -> m.toBuilder().leadAgencyB(g.maybe()).remarks(g.maybe()).build();
                        default -> m.toBuilder().sectorId(g.pick(r.sectors()).id()).build();
                    });
                }
                return r;
            }
            case 3, 4 -> {
                return r.withMilestone(g.milestone(r.sectors(), r.commissions(), r.milestones().size()));
            }
            case 5 -> {
                return r.milestones().isEmpty() ? r : r.withoutMilestone(g.pick(r.milestones()).id());
            }
            case 6, 7 -> {
                if (r.milestones().size() < 2) {
                    return r;
                }
                Dependency d = g.dependency(r.milestones());
                return RandomRoadmaps.canLink(r.dependencies(), d) ? r.withDependency(d) : r;
            }
            case 8 -> {
                return r.dependencies().isEmpty() ? r : r.withoutDependency(g.pick(r.dependencies()).id());
            }
            case 9 -> {
                Sector s = g.pick(r.sectors());
                return r.withSector(new Sector(s.id(), g.text(), s.nameAlt(), s.color(), s.order()));
            }
            case 10 -> {
                return r.withSector(g.sector(r.sectors().size()));
            }
            case 11 -> {
                Sector s = g.pick(r.sectors());
                boolean used = r.milestones().stream().anyMatch(m -> m.sectorId().equals(s.id()));
                return used || r.sectors().size() < 2 ? r : r.withoutSector(s.id());
            }
            case 12 -> {
                if (r.commissions().isEmpty() || g.random().nextBoolean()) {
                    return r.withCommission(g.commission());
                }
                return r.withoutCommission(g.pick(r.commissions()).id());
            }
            case 13 -> {
                List<Milestone> meetings = r.milestones().stream().filter(m -> m.kind() == MilestoneKind.MEETING
                        && m.commissionId() != null && r.sessionOf(m.id()).isEmpty()).toList();
                if (r.sessions().isEmpty() || !meetings.isEmpty() && g.random().nextBoolean()) {
                    return meetings.isEmpty() ? r
                            : r.withSession(g.session(g.pick(meetings).id(), 1 + g.random().nextInt(20)));
                }
                SessionDetails s = g.pick(r.sessions());
                return r.withSession(new SessionDetails(s.meetingId(), s.number(), g.maybe(), g.maybe()));
            }
            case 14 -> {
                if (r.agreements().isEmpty() || g.random().nextBoolean()) {
                    return r.withAgreement(g.agreement(r.sectors(), r.milestones()));
                }
                Agreement a = g.pick(r.agreements());
                if (g.random().nextBoolean()) {
                    return r.withoutAgreement(a.id());
                }
                List<java.util.UUID> carried = new ArrayList<>(a.milestoneIds());
                if (!r.milestones().isEmpty()) {
                    java.util.UUID m = g.pick(r.milestones()).id();
                    if (!carried.contains(m)) {
                        carried.add(m);
                    }
                }
                return r.withAgreement(new Agreement(a.id(), a.kind(), g.text(), a.titleAlt(), a.sectorId(),
                        a.signed(), a.status(), a.description(), carried));
            }
            default -> {
                RoadmapInfo i = r.info();
                return r.withInfo(i.withTitle(g.text()).withTitleAlt(g.maybe()).withDescription(g.maybe()));
            }
        }
    }
}
