package io.milepost.app.merge;

import io.milepost.app.edit.Change;
import io.milepost.app.edit.Edit;
import io.milepost.model.Roadmap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * A merge worked out but not yet applied: the conflicts to settle, and for any way of settling them the roadmap that
 * results, the change set a planner reads before anything is written, and the one {@link Edit} (one transaction, one
 * undo step) that makes this document's roadmap into it.
 */
public final class MergePlan {

    /** Every conflict settled for this document's side: what the command line applies, leaving conflicts open. */
    public static final Function<Conflict.Key, Side> KEEP_OURS = k -> Side.OURS;

    private final Optional<Roadmap> base;
    private final Roadmap ours;
    private final Roadmap theirs;
    private final List<Map<UUID, ItemMerge>> merges;

    MergePlan(Optional<Roadmap> base, Roadmap ours, Roadmap theirs, List<Map<UUID, ItemMerge>> merges) {
        this.base = base;
        this.ours = ours;
        this.theirs = theirs;
        this.merges = merges;
    }

    public Optional<Roadmap> base() { return base; }
    public Roadmap ours() { return ours; }
    public Roadmap theirs() { return theirs; }

    /** The merged roadmap and what it changes, with the conflicts settled by {@code resolve}. */
    public record Outcome(Roadmap result, List<ItemChange> changes, List<Conflict> conflicts) {
        public boolean changesAnything() {
            return !changes.isEmpty();
        }
    }

    /** The conflicts left when each is settled for this document (links cut by the merge included). */
    public List<Conflict> conflicts() {
        return outcome(KEEP_OURS).conflicts();
    }

    public Outcome outcome(Function<Conflict.Key, Side> resolve) {
        return outcome(resolve, k -> Side.THEIRS);
    }

    /**
     * The outcome of the planner's picks, by {@link MergeChoice#key()}: a conflict not picked is settled for this
     * document, a change made on their side only and not picked is taken.
     */
    public Outcome outcome(Map<Conflict.Key, Side> picks) {
        Map<Conflict.Key, Side> p = Map.copyOf(picks);
        return outcome(k -> p.getOrDefault(k, Side.OURS), k -> p.getOrDefault(k, Side.THEIRS));
    }

    /**
     * Every place where the planner may pick a side, in the order of the roadmap's kinds: additions, removals and
     * field changes made on their side only (proposed: theirs), and the conflicts (proposed: none).
     */
    public List<MergeChoice> choices() {
        Map<Conflict.Key, Conflict> conflicts = new LinkedHashMap<>();
        for (Conflict c : itemConflicts()) {
            conflicts.put(c.key(), c);
        }
        List<MergeChoice> choices = new ArrayList<>();
        for (Map<UUID, ItemMerge> byId : merges) {
            for (ItemMerge m : byId.values()) {
                Object any = m.ours != null ? m.ours : m.theirs != null ? m.theirs : m.base;
                String label = m.kind.labelOf(any);
                String kind = m.kind.name();
                switch (m.decision) {
                    case KEEP_OURS -> { }
                    case TAKE_THEIRS -> choices.add(new MergeChoice(m.itemKey(), kind, m.id, label, null,
                            m.ours == null ? MergeChoice.What.ADDED : MergeChoice.What.REMOVED, m.ours, m.theirs,
                            null));
                    case CONFLICT_ITEM -> choices.add(new MergeChoice(m.itemKey(), kind, m.id, label, null,
                            MergeChoice.What.CONFLICT, m.ours, m.theirs, conflicts.get(m.itemKey())));
                    case FIELDS -> {
                        Map<String, Object> o = RecordFields.of((Record) m.ours);
                        Map<String, Object> t = RecordFields.of((Record) m.theirs);
                        m.fields.forEach((field, key) -> choices.add(new MergeChoice(m.fieldKey(field), kind, m.id,
                                label, field, key == null ? MergeChoice.What.CHANGED : MergeChoice.What.CONFLICT,
                                o.get(field), t.get(field), key == null ? null : conflicts.get(key))));
                    }
                }
            }
        }
        return choices;
    }

    private Outcome outcome(Function<Conflict.Key, Side> resolve, Function<Conflict.Key, Side> oneSided) {
        Objects.requireNonNull(resolve, "resolve");
        List<List<Object>> lists = new ArrayList<>();
        for (int k = 0; k < ItemKind.ALL.size(); k++) {
            ItemKind<?> kind = ItemKind.ALL.get(k);
            Map<UUID, ItemMerge> byId = merges.get(k);
            List<Object> out = new ArrayList<>();
            for (Object item : kind.list().apply(ours)) {
                Object r = byId.get(kind.idOf(item)).resolve(resolve, oneSided);
                if (r != null) {
                    out.add(r);
                }
            }
            for (ItemMerge m : byId.values()) {
                if (m.ours == null) {
                    Object r = m.resolve(resolve, oneSided);
                    if (r != null) {
                        out.add(r);
                    }
                }
            }
            lists.add(out);
        }
        MergeRepair repair = new MergeRepair(lists, merges);
        repair.run();
        Roadmap result = ItemKind.roadmap(lists);
        List<Conflict> conflicts = new ArrayList<>(itemConflicts());
        conflicts.addAll(repair.conflicts);
        return new Outcome(result, diff(ours, result), conflicts);
    }

    /**
     * The one edit that turns this document's roadmap into the outcome's, or empty when nothing changes. Saves come
     * first, what others refer to before what refers to it; then removals, the other way round, each recording its
     * place so that undo puts every item back where it stood.
     */
    public Optional<Edit> edit(String name, Outcome outcome) {
        Roadmap result = outcome.result();
        List<Change> changes = new ArrayList<>();
        Roadmap working = ours;
        for (ItemKind<?> kind : ItemKind.ALL) {
            Map<UUID, Object> before = byId(kind, ours);
            for (Object after : kind.list().apply(result)) {
                Object was = before.get(kind.idOf(after));
                if (!after.equals(was)) {
                    Change c = kind.changeOf(was, after, -1);
                    changes.add(c);
                    working = c.applyTo(working);
                }
            }
        }
        for (int k = ItemKind.ALL.size() - 1; k >= 0; k--) {
            ItemKind<?> kind = ItemKind.ALL.get(k);
            Map<UUID, Object> after = byId(kind, result);
            for (Object was : kind.list().apply(ours)) {
                if (!after.containsKey(kind.idOf(was))) {
                    Change c = kind.changeOf(was, null, kind.list().apply(working).indexOf(was));
                    changes.add(c);
                    working = c.applyTo(working);
                }
            }
        }
        return changes.isEmpty() ? Optional.empty() : Optional.of(new Edit(name, changes));
    }

    private List<Conflict> itemConflicts() {
        List<Conflict> conflicts = new ArrayList<>();
        for (Map<UUID, ItemMerge> byId : merges) {
            for (ItemMerge m : byId.values()) {
                Object any = m.ours != null ? m.ours : m.theirs != null ? m.theirs : m.base;
                String label = m.kind.labelOf(any);
                if (m.decision == ItemMerge.Decision.CONFLICT_ITEM) {
                    Object kept = m.ours != null ? m.ours : m.theirs;
                    Conflict.Reason reason = kept.equals(m.base) ? Conflict.Reason.REMOVED_BUT_USED
                            : Conflict.Reason.REMOVED_AND_CHANGED;
                    conflicts.add(new Conflict(m.kind.name(), m.id, label, null, reason, m.base, m.ours, m.theirs,
                            m.usedBy));
                } else if (m.decision == ItemMerge.Decision.FIELDS) {
                    Map<String, Object> b = m.base == null ? null : RecordFields.of((Record) m.base);
                    Map<String, Object> o = RecordFields.of((Record) m.ours);
                    Map<String, Object> t = RecordFields.of((Record) m.theirs);
                    m.fields.forEach((field, key) -> {
                        if (key != null) {
                            conflicts.add(new Conflict(m.kind.name(), m.id, label, field,
                                    b == null ? Conflict.Reason.DIFFERENT_WITHOUT_BASE : Conflict.Reason.BOTH_CHANGED,
                                    b == null ? null : b.get(field), o.get(field), t.get(field), List.of()));
                        }
                    });
                }
            }
        }
        return conflicts;
    }

    private static List<ItemChange> diff(Roadmap from, Roadmap to) {
        List<ItemChange> changes = new ArrayList<>();
        for (ItemKind<?> kind : ItemKind.ALL) {
            Map<UUID, Object> before = byId(kind, from);
            Map<UUID, Object> after = byId(kind, to);
            for (Map.Entry<UUID, Object> e : after.entrySet()) {
                Object was = before.get(e.getKey());
                if (was == null) {
                    changes.add(new ItemChange(kind.name(), e.getKey(), kind.labelOf(e.getValue()),
                            ItemChange.Action.ADDED, List.of()));
                } else if (!was.equals(e.getValue())) {
                    changes.add(new ItemChange(kind.name(), e.getKey(), kind.labelOf(e.getValue()),
                            ItemChange.Action.CHANGED, fieldChanges(was, e.getValue())));
                }
            }
            for (Map.Entry<UUID, Object> e : before.entrySet()) {
                if (!after.containsKey(e.getKey())) {
                    changes.add(new ItemChange(kind.name(), e.getKey(), kind.labelOf(e.getValue()),
                            ItemChange.Action.REMOVED, List.of()));
                }
            }
        }
        return changes;
    }

    private static List<FieldChange> fieldChanges(Object was, Object now) {
        Map<String, Object> b = RecordFields.of((Record) was);
        Map<String, Object> a = RecordFields.of((Record) now);
        List<FieldChange> fields = new ArrayList<>();
        b.forEach((field, value) -> {
            if (!Objects.equals(value, a.get(field))) {
                fields.add(new FieldChange(field, value, a.get(field)));
            }
        });
        return fields;
    }

    private static Map<UUID, Object> byId(ItemKind<?> kind, Roadmap roadmap) {
        Map<UUID, Object> map = new LinkedHashMap<>();
        for (Object item : kind.list().apply(roadmap)) {
            map.put(kind.idOf(item), item);
        }
        return map;
    }
}
