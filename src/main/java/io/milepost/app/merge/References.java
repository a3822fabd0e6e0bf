package io.milepost.app.merge;

import io.milepost.model.Agreement;
import io.milepost.model.Roadmap;
import io.milepost.model.SessionDetails;
import io.milepost.model.Dependency;
import io.milepost.model.Milestone;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Which items an item refers to, as (kind, id): the links the merge must keep whole. */
final class References {

    record Target(ItemKind<?> kind, UUID id) {
    }

    private References() {
    }

    /** What {@code item}, as it stands in {@code side}, refers to. */
    static List<Target> of(Object item, Roadmap side) {
        List<Target> targets = new ArrayList<>(2);
        if (item instanceof Milestone m) {
            targets.add(new Target(ItemKind.SECTOR, m.sectorId()));
            if (m.commissionId() != null) {
                targets.add(new Target(ItemKind.COMMISSION, m.commissionId()));
            }
        } else if (item instanceof SessionDetails s) {
            // A session is its meeting's, and the meeting's only while it belongs to its commission.
            targets.add(new Target(ItemKind.MILESTONE, s.meetingId()));
            side.milestone(s.meetingId()).map(m -> m.commissionId())
                    .ifPresent(c -> targets.add(new Target(ItemKind.COMMISSION, c)));
        } else if (item instanceof Dependency d) {
            targets.add(new Target(ItemKind.MILESTONE, d.predecessorId()));
            targets.add(new Target(ItemKind.MILESTONE, d.successorId()));
        } else if (item instanceof Agreement a) {
            if (a.sectorId() != null) {
                targets.add(new Target(ItemKind.SECTOR, a.sectorId()));
            }
            for (UUID m : a.milestoneIds()) {
                targets.add(new Target(ItemKind.MILESTONE, m));
            }
        }
        return targets;
    }
}
