package io.milepost.model;

import io.milepost.i18n.FieldWords;
import io.milepost.i18n.Messages;
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

    /** "milestone 'Q3 review', End: …", the kind and the field named in the window's language ("мероприятие"). */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(kindName(itemKind));
        if (itemLabel != null && !itemLabel.isBlank()) {
            sb.append(" '").append(itemLabel).append('\'');
        }
        if (field != null) {
            sb.append(", ").append(FieldWords.of(field));
        }
        return sb.append(": ").append(message).toString();
    }

    /** What the window's language calls a kind of item: "milestone" or "мероприятие"; an unknown kind as it is. */
    public static String kindName(String kind) {
        String key = "valid.kind." + kind;
        return Messages.ui().has(key) ? Messages.text(key) : kind;
    }
}
