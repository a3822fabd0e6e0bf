package io.milepost.app.merge;

import java.util.List;
import java.util.UUID;

/**
 * One item the merge adds, changes (field by field) or removes in this document.
 *
 * @param kind   "milestone", "sector", …
 * @param label  what the planner calls the item (its title or name)
 * @param fields for {@link Action#CHANGED}, the fields that change; empty otherwise
 */
public record ItemChange(String kind, UUID id, String label, Action action, List<FieldChange> fields) {

    public enum Action { ADDED, CHANGED, REMOVED }

    public ItemChange {
        fields = List.copyOf(fields);
    }
}
