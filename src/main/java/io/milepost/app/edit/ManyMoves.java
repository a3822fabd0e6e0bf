package io.milepost.app.edit;

import io.milepost.i18n.Messages;
import io.milepost.model.Milestone;
import io.milepost.model.Roadmap;
import io.milepost.model.Sector;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Several selected milestones moved together: dropped at one place of the plan by a drag in the table, or one place
 * up or down by Alt+Up/Down. Each is one {@link Edit} named with the count ("Move 3 milestones"), one undo step and
 * one transaction; it renumbers every sector it leaves and enters, as {@link ItemEdits#moveTo} does for one item, so
 * undo puts every item back. One item alone is left to {@link ItemEdits}, so its edit keeps its title in the name.
 */
public final class ManyMoves {

    private ManyMoves() {
    }

    /**
     * The items, keeping their order in the plan, into the sector {@code sectorId} just before the item
     * {@code beforeId} (last in the sector when that is {@code null} or elsewhere). Those from other sectors take the
     * target sector. A drop before one of the moved items themselves changes nothing: it names no place outside them.
     */
    public static Outcome moveTo(Roadmap r, List<UUID> ids, UUID sectorId, UUID beforeId) {
        Map<UUID, List<Milestone>> lanes = r.milestonesBySector();
        List<Milestone> moving = inPlanOrder(r, lanes, ids);
        if (moving.isEmpty()) {
            return ChartGestures.gone();
        }
        Set<UUID> movingIds = idsOf(moving);
        if (beforeId != null && movingIds.contains(beforeId)) {
            return new Outcome.Unchanged();
        }
        if (moving.size() == 1) {
            return ItemEdits.moveTo(r, moving.get(0).id(), sectorId, beforeId);
        }
        Optional<Sector> target = sectorId == null ? Optional.empty() : r.sector(sectorId);
        if (target.isEmpty()) {
            return Outcome.refuse(Messages.text("edit.refuse.sectorGone"));
        }
        // The lanes the items leave and the one they enter, each without the moving items.
        Map<UUID, List<Milestone>> touched = new LinkedHashMap<>();
        for (Milestone m : moving) {
            touched.computeIfAbsent(m.sectorId(), s -> without(lanes.get(s), movingIds));
        }
        List<Milestone> into = touched.computeIfAbsent(sectorId,
                s -> without(lanes.getOrDefault(s, List.of()), movingIds));
        int at = into.size();
        for (int i = 0; i < into.size(); i++) {
            if (into.get(i).id().equals(beforeId)) {
                at = i;
            }
        }
        boolean crosses = false;
        List<Milestone> placed = new ArrayList<>();
        for (Milestone m : moving) {
            crosses |= !m.sectorId().equals(sectorId);
            placed.add(m.sectorId().equals(sectorId) ? m : m.toBuilder().sectorId(sectorId).build());
        }
        into.addAll(at, placed);
        if (!crosses && sameOrder(lanes.get(sectorId), into)) {
            return new Outcome.Unchanged(); // dropped where they stood
        }
        String name = crosses ? Messages.text("moveMany.edit.to", moving.size(), target.get().name())
                : Messages.text("moveMany.edit", moving.size());
        return ItemEdits.renumbered(r, List.copyOf(touched.values()), name);
    }

    /**
     * Each item one place up ({@code -1}) or down ({@code +1}), keeping their order: a run of items next to each other
     * moves as a block, items apart each move one place. At a sector's edge an item goes to the end of the sector
     * before or the start of the sector after, as {@link ItemEdits#move} takes one item. An item never passes another
     * of the items: one held at the very start or end of the roadmap holds back those right behind it; when none can
     * move, the move is refused with the reason.
     */
    public static Outcome move(Roadmap r, List<UUID> ids, int direction) {
        Map<UUID, List<Milestone>> lanes = r.milestonesBySector();
        List<Milestone> moving = inPlanOrder(r, lanes, ids);
        if (moving.isEmpty()) {
            return ChartGestures.gone();
        }
        if (moving.size() == 1) {
            return ItemEdits.move(r, moving.get(0).id(), direction);
        }
        int step = direction < 0 ? -1 : 1;
        List<UUID> sectors = r.sectorsInOrder().stream().map(Sector::id).toList();
        Set<UUID> movingIds = idsOf(moving);
        Map<UUID, List<Milestone>> touched = new LinkedHashMap<>();
        // Where each item is as the lanes are rearranged: one that crossed into another sector is there now.
        Map<UUID, UUID> sectorNow = new HashMap<>();
        int moved = 0;
        Milestone one = null;
        // The item nearest the edge it moves towards goes first, making room for those behind it.
        for (int k = 0; k < moving.size(); k++) {
            Milestone m = moving.get(step < 0 ? k : moving.size() - 1 - k);
            UUID sector = sectorNow.getOrDefault(m.id(), m.sectorId());
            List<Milestone> lane = touched.computeIfAbsent(sector, s -> new ArrayList<>(lanes.get(s)));
            int at = indexOf(lane, m.id());
            int to = at + step;
            if (to >= 0 && to < lane.size()) {
                if (!movingIds.contains(lane.get(to).id())) {
                    lane.set(at, lane.get(to));
                    lane.set(to, m);
                    moved++;
                    one = m;
                }
                continue;
            }
            int s = sectors.indexOf(sector) + step;
            if (s < 0 || s >= sectors.size()) {
                continue;
            }
            UUID next = sectors.get(s);
            List<Milestone> into = touched.computeIfAbsent(next,
                    x -> new ArrayList<>(lanes.getOrDefault(x, List.of())));
            Milestone crossed = lane.remove(at).toBuilder().sectorId(next).build();
            into.add(step < 0 ? into.size() : 0, crossed);
            sectorNow.put(m.id(), next);
            moved++;
            one = m;
        }
        if (moved == 0) {
            return Outcome.refuse(Messages.text(step < 0 ? "moveMany.refuse.first" : "moveMany.refuse.last"));
        }
        // The others held back, the one that moved is named as a move of one item is.
        String name = moved == 1 ? Messages.text(step < 0 ? "edit.moveUp" : "edit.moveDown", Names.title(one))
                : Messages.text(step < 0 ? "moveMany.edit.up" : "moveMany.edit.down", moved);
        return ItemEdits.renumbered(r, List.copyOf(touched.values()), name);
    }

    /** The ids that name items of the roadmap, each once, in the plan's order: sector by sector, each in its order. */
    public static List<UUID> inPlanOrder(Roadmap r, List<UUID> ids) {
        return inPlanOrder(r, r.milestonesBySector(), ids).stream().map(Milestone::id).toList();
    }

    private static List<Milestone> inPlanOrder(Roadmap r, Map<UUID, List<Milestone>> lanes, List<UUID> ids) {
        List<UUID> sectors = r.sectorsInOrder().stream().map(Sector::id).toList();
        List<Milestone> items = new ArrayList<>();
        Map<UUID, Integer> placeInLane = new HashMap<>();
        Set<UUID> lanesSeen = new HashSet<>();
        for (UUID id : ManyMilestones.present(r, ids)) {
            Milestone m = r.milestone(id).orElseThrow();
            items.add(m);
            if (lanesSeen.add(m.sectorId())) {
                List<Milestone> lane = lanes.getOrDefault(m.sectorId(), List.of());
                for (int i = 0; i < lane.size(); i++) {
                    placeInLane.put(lane.get(i).id(), i);
                }
            }
        }
        // A sector the roadmap does not list (never in a valid file) sorts after those it does.
        items.sort(Comparator.<Milestone>comparingInt(m -> {
            int s = sectors.indexOf(m.sectorId());
            return s < 0 ? sectors.size() : s;
        }).thenComparingInt(m -> placeInLane.getOrDefault(m.id(), 0)));
        return items;
    }

    private static List<Milestone> without(List<Milestone> lane, Set<UUID> ids) {
        List<Milestone> rest = new ArrayList<>(lane.size());
        for (Milestone m : lane) {
            if (!ids.contains(m.id())) {
                rest.add(m);
            }
        }
        return rest;
    }

    private static boolean sameOrder(List<Milestone> before, List<Milestone> after) {
        if (before == null || before.size() != after.size()) {
            return false;
        }
        for (int i = 0; i < before.size(); i++) {
            if (!before.get(i).id().equals(after.get(i).id())) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(List<Milestone> lane, UUID id) {
        for (int i = 0; i < lane.size(); i++) {
            if (lane.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    private static Set<UUID> idsOf(List<Milestone> items) {
        Set<UUID> ids = new HashSet<>();
        items.forEach(m -> ids.add(m.id()));
        return ids;
    }
}
