package io.milepost.model;

import java.util.UUID;

/**
 * One thing wrong with a roadmap, naming the item and the field, so a planner can find and mend it.
 *
 * @param itemKind  "milestone", "dependency", "sector", …
 * @param itemId    the item's id, or {@code null} for the roadmap itself
 * @param itemLabel what the planner calls the item (its title), for the message
 * @param field     the field at fault ("end", "percentComplete", "predecessorId"), or {@code null}
 */
public record Problem(String itemKind, UUID itemId, String itemLabel, String field, String message) {

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(itemKind);
        if (itemLabel != null && !itemLabel.isBlank()) {
            sb.append(" '").append(itemLabel).append('\'');
        }
        if (field != null) {
            sb.append(", ").append(field);
        }
        return sb.append(": ").append(message).toString();
    }
}
