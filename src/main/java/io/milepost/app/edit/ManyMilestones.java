package io.milepost.app.edit;

import io.milepost.i18n.Messages;
import io.milepost.model.Dependency;
import io.milepost.model.Milestone;
import io.milepost.model.MilestoneKind;
import io.milepost.model.MilestoneStatus;
import io.milepost.model.Roadmap;
import io.milepost.model.SessionDetails;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;

/**
 * What a planner does to several selected milestones at once: delete, duplicate, paste copies, set their status.
 * Each is one {@link Edit} named with the count ("Delete 3 milestones"), so it is one undo step and one transaction
 * of the document, like an import. The parts are the single-item edits of {@link ItemEdits} and
 * {@link MilestoneEdits}, each made on the roadmap as the parts before it left it, so that a removal records its
 * place at that moment and undo, run backwards, puts everything back where it stood.
 */
public final class ManyMilestones {

    private ManyMilestones() {
    }

    /** Deletes the items with their links, places in agreements and session details. */
    public static Outcome delete(Roadmap r, List<UUID> ids) {
        List<UUID> present = present(r, ids);
        if (present.size() == 1) {
            return ChartGestures.delete(r, present.get(0));
        }
        return chain(r, present, Messages.text("multi.edit.delete", present.size()),
                (now, id) -> now.milestone(id).<Outcome>map(m -> new Outcome.Apply(Edit.deleteMilestone(now, m)))
                        .orElse(new Outcome.Unchanged()));
    }

    /** A copy of each item right after it, as {@link ItemEdits#duplicate} makes one. */
    public static Outcome duplicate(Roadmap r, List<UUID> ids) {
        List<UUID> present = present(r, ids);
        if (present.size() == 1) {
            return ItemEdits.duplicate(r, present.get(0));
        }
        return chain(r, present, Messages.text("multi.edit.add", present.size()), ItemEdits::duplicate);
    }

    /**
     * Copies of the items (as they were copied: they need not be in the roadmap any more) placed after
     * {@code afterId} in the sector {@code sectorId}, in the order given, each with a new id and the same title; the
     * links of the originals are not copied.
     */
    public static Outcome paste(Roadmap r, List<Milestone> copied, UUID sectorId, UUID afterId) {
        if (r.sector(sectorId).isEmpty()) {
            return copied.isEmpty() ? new Outcome.Unchanged() : Outcome.refuse(Messages.text(r.sectors().isEmpty()
                    ? "edit.refuse.noSectors" : "edit.refuse.sectorGone"));
        }
        return paste(r, copied, sectorId, afterId, List.of(), List.of());
    }

    /**
     * Copies as {@link #paste(Roadmap, List, UUID, UUID)} makes them, with the links between copied items and the
     * session details of copied meetings copied too, onto the copies. A {@code null} sector keeps each copy in its own
     * sector, which must be in the roadmap; a link or session detail naming an item that was not copied is left out.
     */
    public static Outcome paste(Roadmap r, List<Milestone> copied, UUID sectorId, UUID afterId,
                                List<Dependency> links, List<SessionDetails> sessions) {
        if (copied.isEmpty()) {
            return new Outcome.Unchanged();
        }
        boolean sectorsGone = sectorId == null
                ? copied.stream().anyMatch(m -> r.sector(m.sectorId()).isEmpty()) : r.sector(sectorId).isEmpty();
        if (sectorsGone) {
            return Outcome.refuse(Messages.text(r.sectors().isEmpty() ? "edit.refuse.noSectors"
                    : "edit.refuse.sectorGone"));
        }
        Map<UUID, UUID> freshIds = new HashMap<>();
        List<Milestone> fresh = new ArrayList<>();
        for (Milestone m : copied) {
            UUID id = UUID.randomUUID();
            freshIds.put(m.id(), id);
            Milestone.Builder b = m.toBuilder().id(id).sectorId(sectorId == null ? m.sectorId() : sectorId);
            if (m.commissionId() != null && r.commission(m.commissionId()).isEmpty()) {
                b.commissionId(null); // its commission was deleted since it was copied
            }
            fresh.add(b.build());
        }
        String name = fresh.size() == 1 ? Messages.text("edit.add", Names.title(fresh.get(0)))
                : Messages.text("multi.edit.add", fresh.size());
        Map<UUID, UUID> placedAfter = new LinkedHashMap<>();
        UUID previous = afterId;
        for (Milestone m : fresh) {
            placedAfter.put(m.id(), previous);
            previous = m.id();
        }
        Map<UUID, Milestone> byId = new LinkedHashMap<>();
        fresh.forEach(m -> byId.put(m.id(), m));
        Outcome placed = chain(r, List.copyOf(byId.keySet()), name,
                (now, id) -> ItemEdits.placed(now, byId.get(id), placedAfter.get(id), name));
        if (!(placed instanceof Outcome.Apply apply)) {
            return placed;
        }
        List<Change> changes = new ArrayList<>(apply.edit().changes());
        for (Dependency d : links) {
            UUID from = freshIds.get(d.predecessorId());
            UUID to = freshIds.get(d.successorId());
            if (from != null && to != null) {
                changes.add(Change.dependency(null, new Dependency(UUID.randomUUID(), from, to, d.type(),
                        d.lagDays())));
            }
        }
        for (SessionDetails s : sessions) {
            Milestone meeting = byId.get(freshIds.get(s.meetingId()));
            if (meeting != null && meeting.kind() == MilestoneKind.MEETING && meeting.commissionId() != null) {
                changes.add(Change.session(null, new SessionDetails(meeting.id(), s.number(), s.venue(),
                        s.decisions())));
            }
        }
        return new Outcome.Apply(new Edit(name, changes));
    }

    /** Sets the status of every item; those that have it already are left as they are. */
    public static Outcome setStatus(Roadmap r, List<UUID> ids, MilestoneStatus status) {
        List<UUID> present = present(r, ids);
        if (present.size() == 1) {
            return MilestoneEdits.setStatus(r, present.get(0), status);
        }
        return chain(r, present, Messages.text("multi.edit.status", present.size()),
                (now, id) -> MilestoneEdits.setStatus(now, id, status));
    }

    /**
     * What goes or changes with the items when they are deleted, grouped by item ("'Business forum':" then its
     * lines), for the planner to read first. A link between two of the items is told once.
     */
    public static Map<String, List<String>> dependants(Roadmap r, List<UUID> ids) {
        Map<String, List<String>> byItem = new LinkedHashMap<>();
        List<UUID> present = present(r, ids);
        Roadmap rest = r;
        for (UUID id : present) {
            List<String> lines = ItemEdits.dependants(rest, id);
            Optional<Milestone> m = rest.milestone(id);
            if (m.isPresent() && !lines.isEmpty()) {
                byItem.put(Names.title(m.get()), lines);
            }
            if (m.isPresent()) {
                // What an item before it already took with it is not told again.
                rest = Edit.deleteMilestone(rest, m.get()).applyTo(rest);
            }
        }
        return byItem;
    }

    /** The ids that name items of the roadmap, each once, in the order given. */
    public static List<UUID> present(Roadmap r, List<UUID> ids) {
        List<UUID> out = new ArrayList<>();
        for (UUID id : new LinkedHashSet<>(ids)) {
            if (id != null && r.milestone(id).isPresent()) {
                out.add(id);
            }
        }
        return out;
    }

    /**
     * One edit of the parts, each asked of the roadmap the parts before it made; a refused part refuses the whole
     * (nothing is written), a part that changes nothing adds nothing.
     */
    private static Outcome chain(Roadmap r, List<UUID> ids, String name, BiFunction<Roadmap, UUID, Outcome> part) {
        Objects.requireNonNull(name, "name");
        Roadmap working = r;
        List<Change> changes = new ArrayList<>();
        for (UUID id : ids) {
            Outcome o = part.apply(working, id);
            if (o instanceof Outcome.Refuse) {
                return o;
            }
            if (o instanceof Outcome.Apply apply) {
                changes.addAll(apply.edit().changes());
                working = apply.edit().applyTo(working);
            }
        }
        return changes.isEmpty() ? new Outcome.Unchanged() : new Outcome.Apply(new Edit(name, changes));
    }
}
