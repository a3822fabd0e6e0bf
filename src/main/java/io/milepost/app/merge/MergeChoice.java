package io.milepost.app.merge;

import java.util.UUID;

/**
 * One place where the planner may pick a side before an import is applied: an item added or removed in the imported
 * copy, one field it changed, or a conflict. The merge proposes theirs for what changed on their side only, and
 * nothing for a conflict; {@link MergePlan#outcome(java.util.Map)} takes the planner's picks by {@link #key()}.
 *
 * @param field    the field, or {@code null} when the choice is about the whole item
 * @param ours     this document's value or item ({@code null}: absent here)
 * @param theirs   the imported copy's value or item ({@code null}: absent there)
 * @param conflict the conflict this choice settles, or {@code null} when only their side changed
 */
public record MergeChoice(Conflict.Key key, String kind, UUID id, String label, String field, What what,
                          Object ours, Object theirs, Conflict conflict) {

    /** What the imported copy does here. */
    public enum What {
        /** An item new in their copy: theirs adds it, mine leaves it out. */
        ADDED,
        /** An item their copy removed while this one kept it unchanged: theirs removes it, mine keeps it. */
        REMOVED,
        /** A field only their copy changed: theirs takes the new value, mine keeps this document's. */
        CHANGED,
        /** Both sides changed it (or one removed what the other changed): the planner must pick. */
        CONFLICT
    }

    public boolean isConflict() {
        return what == What.CONFLICT;
    }

    /** The side the merge takes when the planner picks none: theirs for a one-sided change, none for a conflict. */
    public Side proposed() {
        return isConflict() ? null : Side.THEIRS;
    }
}
