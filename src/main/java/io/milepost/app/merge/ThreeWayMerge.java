package io.milepost.app.merge;

import io.milepost.model.Roadmap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Merges the imported copy of a roadmap ("theirs") into this document's ("ours"), knowing the state both last agreed
 * on ("base"): a field changed on one side only is taken from that side; changed on both sides to different values,
 * it is a conflict; an item added on one side is added; removed on one side and unchanged on the other, it is removed;
 * removed on one side and changed (or newly referred to) on the other, it is a conflict. Without a base — copies never
 * exchanged — everything new is added and every difference is a conflict. Pure: no file is touched.
 */
public final class ThreeWayMerge {

    private ThreeWayMerge() {
    }

    public static MergePlan plan(Optional<Roadmap> base, Roadmap ours, Roadmap theirs) {
        Objects.requireNonNull(ours, "ours");
        Objects.requireNonNull(theirs, "theirs");
        List<Map<UUID, ItemMerge>> merges = new ArrayList<>();
        for (ItemKind<?> kind : ItemKind.ALL) {
            merges.add(mergeKind(kind, base.orElse(null), ours, theirs));
        }
        markRemovalsStillUsed(merges, base.isPresent(), ours, theirs);
        return new MergePlan(base, ours, theirs, merges);
    }

    private static Map<UUID, ItemMerge> mergeKind(ItemKind<?> kind, Roadmap base, Roadmap ours, Roadmap theirs) {
        Map<UUID, Object> b = base == null ? Map.of() : byId(kind, base);
        Map<UUID, Object> o = byId(kind, ours);
        Map<UUID, Object> t = byId(kind, theirs);
        Set<UUID> ids = new LinkedHashSet<>(o.keySet());
        ids.addAll(t.keySet());
        Map<UUID, ItemMerge> merges = new LinkedHashMap<>();
        for (UUID id : ids) {
            merges.put(id, merge(kind, id, b.get(id), o.get(id), t.get(id)));
        }
        return merges;
    }

    private static ItemMerge merge(ItemKind<?> kind, UUID id, Object b, Object o, Object t) {
        if (o == null) {
            // absent here: new there, or removed here (kept removed unless they changed it since)
            boolean removedHere = b != null;
            if (!removedHere) {
                return new ItemMerge(kind, id, null, null, t, ItemMerge.Decision.TAKE_THEIRS);
            }
            return new ItemMerge(kind, id, b, null, t, t.equals(b) ? ItemMerge.Decision.KEEP_OURS
                    : ItemMerge.Decision.CONFLICT_ITEM);
        }
        if (t == null) {
            if (b == null) {
                return new ItemMerge(kind, id, null, o, null, ItemMerge.Decision.KEEP_OURS); // new here
            }
            return new ItemMerge(kind, id, b, o, null, o.equals(b) ? ItemMerge.Decision.TAKE_THEIRS
                    : ItemMerge.Decision.CONFLICT_ITEM);
        }
        ItemMerge m = new ItemMerge(kind, id, b, o, t, ItemMerge.Decision.KEEP_OURS);
        if (o.equals(t)) {
            return m;
        }
        Map<String, Object> of = RecordFields.of((Record) o);
        Map<String, Object> tf = RecordFields.of((Record) t);
        Map<String, Object> bf = b == null ? null : RecordFields.of((Record) b);
        for (String field : of.keySet()) {
            Object ov = of.get(field);
            Object tv = tf.get(field);
            if (Objects.equals(ov, tv)) {
                continue;
            }
            if (bf != null && Objects.equals(bf.get(field), ov)) {
                m.fields.put(field, null); // changed there only
            } else if (bf == null || !Objects.equals(bf.get(field), tv)) {
                m.fields.put(field, new Conflict.Key(kind.name(), id, field)); // both changed, or no base
            }
        }
        if (!m.fields.isEmpty()) {
            m.decision = ItemMerge.Decision.FIELDS;
        }
        return m;
    }

    /**
     * An item removed on one side that the other side has since added or changed items to refer to is a conflict
     * naming those items: removing it would drop or unlink the other side's new work.
     */
    private static void markRemovalsStillUsed(List<Map<UUID, ItemMerge>> merges, boolean baseKnown, Roadmap ours,
                                              Roadmap theirs) {
        if (!baseKnown) {
            return;
        }
        Map<References.Target, List<UUID>> usedByOurs = new HashMap<>();
        Map<References.Target, List<UUID>> usedByTheirs = new HashMap<>();
        for (Map<UUID, ItemMerge> kind : merges) {
            for (ItemMerge m : kind.values()) {
                if (m.ours != null && !m.ours.equals(m.base)) {
                    References.of(m.ours, ours).forEach(r -> usedByOurs.computeIfAbsent(r, k -> new ArrayList<>()).add(m.id));
                }
                if (m.theirs != null && !m.theirs.equals(m.base)) {
                    References.of(m.theirs, theirs).forEach(r -> usedByTheirs.computeIfAbsent(r, k -> new ArrayList<>())
                            .add(m.id));
                }
            }
        }
        for (Map<UUID, ItemMerge> kind : merges) {
            for (ItemMerge m : kind.values()) {
                if (m.base == null || (m.ours == null) == (m.theirs == null)) {
                    continue; // not removed on exactly one side
                }
                References.Target self = new References.Target(m.kind, m.id);
                List<UUID> users = m.ours == null ? usedByTheirs.get(self) : usedByOurs.get(self);
                if (users != null && !users.isEmpty()) {
                    m.decision = ItemMerge.Decision.CONFLICT_ITEM;
                    m.usedBy.addAll(users);
                }
            }
        }
    }

    private static Map<UUID, Object> byId(ItemKind<?> kind, Roadmap roadmap) {
        Map<UUID, Object> map = new LinkedHashMap<>();
        for (Object item : kind.list().apply(roadmap)) {
            map.put(kind.idOf(item), item);
        }
        return map;
    }
}
