package io.milepost.app.merge;

import io.milepost.model.Agreement;
import io.milepost.model.SessionDetails;
import io.milepost.model.Dependency;
import io.milepost.model.DependencyGraph;
import io.milepost.model.Milestone;
import io.milepost.model.Sector;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Keeps a merged roadmap whole, the same way whichever copy is merged into which: a sector still holding milestones
 * stays; links to a removed item, and an agreement's place of a removed milestone, go with it; a milestone or session
 * of a removed commission keeps no commission or goes, as the document does; of two links between the same two items
 * one is kept, and links that together close a loop are cut. Dropping a link that one side added is reported as a
 * conflict, so no edit disappears unseen.
 */
final class MergeRepair {

    private final List<List<Object>> lists;
    private final List<Map<UUID, ItemMerge>> merges;
    final List<Conflict> conflicts = new ArrayList<>();

    MergeRepair(List<List<Object>> lists, List<Map<UUID, ItemMerge>> merges) {
        this.lists = lists;
        this.merges = merges;
    }

    void run() {
        keepUsedSectors();
        List<Object> commissions = lists.get(ItemKind.ALL.indexOf(ItemKind.COMMISSION));
        Set<UUID> commissionIds = ids(ItemKind.COMMISSION, commissions);
        replace(ItemKind.MILESTONE, m -> {
            Milestone ms = (Milestone) m;
            return ms.commissionId() == null || commissionIds.contains(ms.commissionId()) ? ms
                    : ms.toBuilder().commissionId(null).build();
        });
        Set<UUID> milestoneIds = ids(ItemKind.MILESTONE, list(ItemKind.MILESTONE));
        // A session's details go with its meeting, and stop being a session where the meeting lost its commission.
        Set<UUID> sessionMeetings = new java.util.HashSet<>();
        for (Object m : list(ItemKind.MILESTONE)) {
            Milestone ms = (Milestone) m;
            if (ms.kind() == io.milepost.model.MilestoneKind.MEETING && ms.commissionId() != null) {
                sessionMeetings.add(ms.id());
            }
        }
        replace(ItemKind.SESSION, s -> sessionMeetings.contains(((SessionDetails) s).meetingId()) ? s : null);
        replace(ItemKind.DEPENDENCY, d -> milestoneIds.contains(((Dependency) d).predecessorId())
                && milestoneIds.contains(((Dependency) d).successorId()) ? d : null);
        dropSecondLinks();
        cutLoops();
        Set<UUID> sectorIds = ids(ItemKind.SECTOR, list(ItemKind.SECTOR));
        replace(ItemKind.AGREEMENT, x -> {
            Agreement a = (Agreement) x;
            Agreement kept = a.sectorId() == null || sectorIds.contains(a.sectorId()) ? a : a.withSectorId(null);
            for (UUID m : a.milestoneIds()) {
                if (!milestoneIds.contains(m)) {
                    kept = kept.withoutMilestone(m);
                }
            }
            return kept;
        });
    }

    private void keepUsedSectors() {
        List<Object> sectors = list(ItemKind.SECTOR);
        Set<UUID> present = ids(ItemKind.SECTOR, sectors);
        for (Object m : list(ItemKind.MILESTONE)) {
            UUID sector = ((Milestone) m).sectorId();
            if (present.add(sector)) {
                ItemMerge known = merges.get(ItemKind.ALL.indexOf(ItemKind.SECTOR)).get(sector);
                if (known != null) {
                    Object s = Optional.ofNullable(known.ours).orElse(Optional.ofNullable(known.theirs)
                            .orElse(known.base));
                    sectors.add((Sector) s);
                }
            }
        }
    }

    private void dropSecondLinks() {
        Map<String, List<Dependency>> byPair = new HashMap<>();
        for (Object d : list(ItemKind.DEPENDENCY)) {
            Dependency dep = (Dependency) d;
            byPair.computeIfAbsent(dep.predecessorId() + ">" + dep.successorId(), k -> new ArrayList<>()).add(dep);
        }
        Set<UUID> drop = new HashSet<>();
        for (List<Dependency> same : byPair.values()) {
            if (same.size() > 1) {
                Dependency keep = same.stream().min(Comparator.comparing((Dependency d) -> !inBase(d))
                        .thenComparing(Dependency::id)).orElseThrow();
                for (Dependency d : same) {
                    if (d != keep) {
                        drop.add(d.id());
                        conflicts.add(linkConflict(d, Conflict.Reason.SAME_LINK_TWICE));
                    }
                }
            }
        }
        replace(ItemKind.DEPENDENCY, d -> drop.contains(((Dependency) d).id()) ? null : d);
    }

    private void cutLoops() {
        while (true) {
            // in id order, so that the loop found and the link cut are the same whichever copy is merged into which
            List<Dependency> deps = list(ItemKind.DEPENDENCY).stream().map(Dependency.class::cast)
                    .sorted(Comparator.comparing(Dependency::id)).toList();
            List<UUID> cycle = new DependencyGraph(deps).findCycle();
            if (cycle.isEmpty()) {
                return;
            }
            List<Dependency> along = new ArrayList<>();
            for (int i = 0; i < cycle.size(); i++) {
                UUID from = cycle.get(i);
                UUID to = cycle.get((i + 1) % cycle.size());
                deps.stream().filter(d -> d.predecessorId().equals(from) && d.successorId().equals(to))
                        .forEach(along::add);
            }
            Dependency cut = along.stream().min(Comparator.comparing((Dependency d) -> inBase(d))
                    .thenComparing(Dependency::id)).orElseThrow();
            conflicts.add(linkConflict(cut, Conflict.Reason.CLOSES_A_LOOP));
            replace(ItemKind.DEPENDENCY, d -> ((Dependency) d).id().equals(cut.id()) ? null : d);
        }
    }

    private boolean inBase(Dependency d) {
        ItemMerge m = merges.get(ItemKind.ALL.indexOf(ItemKind.DEPENDENCY)).get(d.id());
        return m != null && m.base != null;
    }

    private Conflict linkConflict(Dependency d, Conflict.Reason reason) {
        ItemMerge m = merges.get(ItemKind.ALL.indexOf(ItemKind.DEPENDENCY)).get(d.id());
        return new Conflict(ItemKind.DEPENDENCY.name(), d.id(), ItemKind.DEPENDENCY.labelOf(d), null, reason,
                m == null ? null : m.base, m == null ? null : m.ours, m == null ? null : m.theirs, List.of());
    }

    private List<Object> list(ItemKind<?> kind) {
        return lists.get(ItemKind.ALL.indexOf(kind));
    }

    private void replace(ItemKind<?> kind, java.util.function.UnaryOperator<Object> f) {
        List<Object> list = list(kind);
        List<Object> kept = new ArrayList<>(list.size());
        for (Object item : list) {
            Object r = f.apply(item);
            if (r != null) {
                kept.add(r);
            }
        }
        list.clear();
        list.addAll(kept);
    }

    private static Set<UUID> ids(ItemKind<?> kind, List<Object> items) {
        Set<UUID> ids = new HashSet<>(items.size() * 2);
        for (Object item : items) {
            ids.add(kind.idOf(item));
        }
        return ids;
    }
}
