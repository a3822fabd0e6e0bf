package io.milepost.app.edit;

import io.milepost.i18n.EnumWords;
import io.milepost.i18n.Messages;
import io.milepost.model.Agreement;
import io.milepost.model.Dependency;
import io.milepost.model.Milestone;
import io.milepost.model.MilestoneKind;
import io.milepost.model.MilestoneStatus;
import io.milepost.model.PlanDate;
import io.milepost.model.Roadmap;
import io.milepost.model.Sector;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Whole items: add one (after an item, or at a date clicked on the chart), duplicate one, reorder one within its
 * sector and across sectors, and say what depends on an item before it is deleted. Order is the milestones' own
 * {@code order} within their sector; an edit renumbers only the items whose place changes, so undo puts every
 * one of them back.
 */
public final class ItemEdits {

    /**
     * The title a new item starts with, selected in the details pane for the planner to type over. It is the title in
     * the roadmap's own language (the field it fills), whatever language the window speaks: a Russian window adding
     * to an English roadmap wrote "Новое мероприятие" into the English title, and so into English exports.
     */
    public static String newTitle(Roadmap r) {
        return Messages.in(r.info().primaryLanguage()).get("edit.newTitle");
    }

    private ItemEdits() {
    }

    /**
     * A new activity, status Planned, starting on {@code day}, in {@code sectorId}, placed right after
     * {@code afterId} (or last in its sector when that is {@code null} or elsewhere).
     */
    public static Outcome add(Roadmap r, UUID sectorId, LocalDate day, UUID afterId) {
        Optional<Sector> sector = sectorId == null ? Optional.empty() : r.sector(sectorId);
        if (sector.isEmpty()) {
            return Outcome.refuse(Messages.text(r.sectors().isEmpty() ? "edit.refuse.noSectors"
                    : "edit.refuse.sectorGone"));
        }
        PlanDate start = PlanDate.day(day);
        if (!start.isWithinSaneRange()) {
            return Outcome.refuse(Messages.text("edit.refuse.newOutOfRange", Names.date(PlanDate.day(PlanDate.EARLIEST)), Names.date(PlanDate.day(PlanDate.LATEST))));
        }
        Milestone fresh = Milestone.builder().kind(MilestoneKind.ACTIVITY).title(newTitle(r)).sectorId(sectorId)
                .start(start).status(MilestoneStatus.PLANNED).build();
        return placed(r, fresh, afterId, Messages.text("edit.add", fresh.title()));
    }

    /** A copy of the item, with a new id and "(copy)" after its title, right after it; links are not copied. */
    public static Outcome duplicate(Roadmap r, UUID id) {
        Optional<Milestone> found = r.milestone(id);
        if (found.isEmpty()) {
            return ChartGestures.gone();
        }
        Milestone m = found.get();
        Milestone copy = m.toBuilder().id(UUID.randomUUID()).title(Messages.text("edit.copyTitle", m.title())).build();
        return placed(r, copy, id, Messages.text("edit.duplicate", Names.title(m)));
    }

    /** The item added by an edit of {@link #add} or {@link #duplicate}, to select it. */
    public static Optional<UUID> addedItem(Edit edit) {
        return addedItems(edit).stream().findFirst();
    }

    /**
     * The milestones an edit puts into the roadmap, in its order: the copies a duplicate or paste makes, the item an
     * add makes, and, for the inverse of a delete (its undo), the items brought back.
     */
    public static List<UUID> addedItems(Edit edit) {
        List<UUID> ids = new ArrayList<>();
        for (Change c : edit.changes()) {
            if (c instanceof Change.Of<?> m && m.adds(Change.Kind.MILESTONE)) {
                ids.add(((Milestone) m.after()).id());
            }
        }
        return ids;
    }

    /**
     * One place up ({@code -1}) or down ({@code +1}) in its sector; past the first or last item of its sector it goes
     * to the end of the sector before or the start of the sector after.
     */
    public static Outcome move(Roadmap r, UUID id, int direction) {
        Optional<Milestone> found = r.milestone(id);
        if (found.isEmpty()) {
            return ChartGestures.gone();
        }
        Milestone m = found.get();
        List<Milestone> lane = new ArrayList<>(inOrder(r, m.sectorId()));
        int at = lane.indexOf(m);
        int to = at + direction;
        if (to >= 0 && to < lane.size()) {
            lane.remove(at);
            lane.add(to, m);
            return renumbered(r, List.of(lane), Messages.text(direction < 0 ? "edit.moveUp" : "edit.moveDown",
                    Names.title(m)));
        }
        List<Sector> sectors = r.sectorsInOrder();
        int s = sectors.stream().map(Sector::id).toList().indexOf(m.sectorId()) + direction;
        if (s < 0 || s >= sectors.size()) {
            return Outcome.refuse(Messages.text(direction < 0 ? "edit.refuse.first" : "edit.refuse.last",
                    Names.title(m)));
        }
        Sector target = sectors.get(s);
        Milestone moved = m.toBuilder().sectorId(target.id()).build();
        lane.remove(at);
        List<Milestone> into = new ArrayList<>(inOrder(r, target.id()));
        into.add(direction < 0 ? into.size() : 0, moved);
        return renumbered(r, List.of(lane, into), Messages.text("edit.moveTo", Names.title(m),
                target.name()));
    }

    /**
     * To a place of its own choosing, as a drag in the table puts it: into the sector {@code sectorId}, just before
     * the item {@code beforeId} (last in the sector when that is {@code null} or elsewhere). Like {@link #move}, it
     * renumbers the sectors it leaves and enters, so undo puts every item back.
     */
    public static Outcome moveTo(Roadmap r, UUID id, UUID sectorId, UUID beforeId) {
        Optional<Milestone> found = r.milestone(id);
        if (found.isEmpty()) {
            return ChartGestures.gone();
        }
        Optional<Sector> target = sectorId == null ? Optional.empty() : r.sector(sectorId);
        if (target.isEmpty()) {
            return Outcome.refuse(Messages.text("edit.refuse.sectorGone"));
        }
        Milestone m = found.get();
        boolean sameSector = m.sectorId().equals(sectorId);
        if (id.equals(beforeId)) {
            // Dropped just before itself: where it is. (Without this it would go last, its place being taken out.)
            return new Outcome.Unchanged();
        }
        List<Milestone> from = new ArrayList<>(inOrder(r, m.sectorId()));
        from.removeIf(x -> x.id().equals(id));
        List<Milestone> into = sameSector ? from : new ArrayList<>(inOrder(r, sectorId));
        int at = into.size();
        for (int i = 0; i < into.size(); i++) {
            if (into.get(i).id().equals(beforeId)) {
                at = i;
            }
        }
        into.add(at, sameSector ? m : m.toBuilder().sectorId(sectorId).build());
        String name = sameSector ? Messages.text("edit.move", Names.title(m))
                : Messages.text("edit.moveTo", Names.title(m), target.get().name());
        return renumbered(r, sameSector ? List.of(into) : List.of(from, into), name);
    }

    /**
     * What goes or changes with the item when it is deleted, one line each, for the planner to read first: the
     * items it follows and that follow it, the agreements that cite it, its session details.
     */
    public static List<String> dependants(Roadmap r, UUID id) {
        List<String> lines = new ArrayList<>();
        for (Dependency d : r.dependencies()) {
            if (d.successorId().equals(id)) {
                lines.add(Messages.text("edit.goes.linkFrom", title(r, d.predecessorId()), EnumWords.of(d.type())));
            } else if (d.predecessorId().equals(id)) {
                lines.add(Messages.text("edit.goes.linkTo", title(r, d.successorId()), EnumWords.of(d.type())));
            }
        }
        for (Agreement a : r.agreements()) {
            if (a.milestoneIds().contains(id)) {
                lines.add(Messages.text("edit.goes.agreement", Names.shortened(a.title())));
            }
        }
        r.sessionOf(id).ifPresent(s -> lines.add(Messages.text("edit.goes.session", s.number())));
        return lines;
    }

    /** The item put right after {@code afterId} in its sector (last when that is elsewhere), the sector renumbered. */
    static Outcome placed(Roadmap r, Milestone item, UUID afterId, String name) {
        List<Milestone> lane = new ArrayList<>(inOrder(r, item.sectorId()));
        int after = -1;
        for (int i = 0; i < lane.size(); i++) {
            if (lane.get(i).id().equals(afterId)) {
                after = i;
            }
        }
        lane.add(after < 0 ? lane.size() : after + 1, item);
        return renumbered(r, List.of(lane), name);
    }

    /** Gives each item of each lane its place (1, 2, 3…) as its order: one change per item whose order moves. */
    static Outcome renumbered(Roadmap r, List<List<Milestone>> lanes, String name) {
        List<Change> changes = new ArrayList<>();
        for (List<Milestone> lane : lanes) {
            for (int i = 0; i < lane.size(); i++) {
                Milestone now = lane.get(i);
                Milestone before = r.milestone(now.id()).orElse(null);
                Milestone after = now.toBuilder().order(i + 1).build();
                if (!after.equals(before)) {
                    changes.add(Change.milestone(before, after));
                }
            }
        }
        return changes.isEmpty() ? new Outcome.Unchanged() : new Outcome.Apply(new Edit(name, changes));
    }

    private static List<Milestone> inOrder(Roadmap r, UUID sectorId) {
        return r.milestonesBySector().getOrDefault(sectorId, List.of());
    }

    private static String title(Roadmap r, UUID id) {
        return r.milestone(id).map(Names::title).orElse("?");
    }
}
