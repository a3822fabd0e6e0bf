package io.milepost.app.merge;

import java.util.List;
import java.util.UUID;

/**
 * A place where the two copies disagree and the merge cannot tell which is right: the planner picks a side.
 *
 * @param field  the field both sides changed, or {@code null} when the conflict is about the whole item
 * @param base   the value (or item) both last agreed on, {@code null} when unknown or absent
 * @param ours   this document's value (or item; {@code null}: removed here)
 * @param theirs the imported copy's value (or item; {@code null}: removed there)
 * @param usedBy for {@link Reason#REMOVED_BUT_USED}, the items on the other side that refer to the removed one
 */
public record Conflict(String kind, UUID id, String label, String field, Reason reason, Object base, Object ours,
                       Object theirs, List<UUID> usedBy) {

    public enum Reason {
        /** Both sides changed the field to different values. */
        BOTH_CHANGED,
        /** No state both agreed on is known (the copies were never exchanged) and the values differ. */
        DIFFERENT_WITHOUT_BASE,
        /** One side removed the item, the other changed it. */
        REMOVED_AND_CHANGED,
        /** One side removed the item, the other added or changed items that refer to it. */
        REMOVED_BUT_USED,
        /** Links added on the two sides together close a loop; this one cannot be kept. */
        CLOSES_A_LOOP,
        /** Both sides linked the same two items; one link is kept. */
        SAME_LINK_TWICE
    }

    public Conflict {
        usedBy = List.copyOf(usedBy);
    }

    /** What identifies the conflict across both directions of a merge: the kind, the item and the field. */
    public Key key() {
        return new Key(kind, id, field);
    }

    public record Key(String kind, UUID id, String field) {
    }
}
