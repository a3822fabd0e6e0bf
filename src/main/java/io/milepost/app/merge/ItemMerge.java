package io.milepost.app.merge;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * What the merge does with one item: keep this document's version, take the imported one's (an addition, a removal
 * or a replacement), take some fields from the imported one, or leave a conflict for the planner to settle.
 */
final class ItemMerge {

    enum Decision { KEEP_OURS, TAKE_THEIRS, FIELDS, CONFLICT_ITEM }

    final ItemKind<?> kind;
    final UUID id;
    final Object base;
    final Object ours;
    final Object theirs;
    Decision decision;
    /** For {@link Decision#FIELDS}: the fields taken from theirs ({@code null}) or left in conflict (the key). */
    final Map<String, Conflict.Key> fields = new LinkedHashMap<>();
    /** For a removal that is a conflict because other items still refer to the item: those items. */
    final List<UUID> usedBy = new ArrayList<>();

    ItemMerge(ItemKind<?> kind, UUID id, Object base, Object ours, Object theirs, Decision decision) {
        this.kind = kind;
        this.id = id;
        this.base = base;
        this.ours = ours;
        this.theirs = theirs;
        this.decision = decision;
    }

    Conflict.Key itemKey() {
        return new Conflict.Key(kind.name(), id, null);
    }

    Conflict.Key fieldKey(String field) {
        return new Conflict.Key(kind.name(), id, field);
    }

    /** The item as merged with the conflicts settled by {@code resolve}, or {@code null} when it is absent. */
    Object resolve(Function<Conflict.Key, Side> resolve) {
        return resolve(resolve, k -> Side.THEIRS);
    }

    /**
     * The item as merged with the conflicts settled by {@code resolve} and each change made on their side only taken
     * or refused by {@code oneSided} (asked with {@link #itemKey()} for an addition or removal, with the field's key
     * for a field).
     */
    Object resolve(Function<Conflict.Key, Side> resolve, Function<Conflict.Key, Side> oneSided) {
        return switch (decision) {
            case KEEP_OURS -> ours;
            case TAKE_THEIRS -> oneSided.apply(itemKey()) == Side.OURS ? ours : theirs;
            case CONFLICT_ITEM -> resolve.apply(itemKey()) == Side.THEIRS ? theirs : ours;
            case FIELDS -> {
                Map<String, Object> merged = RecordFields.of((Record) ours);
                Map<String, Object> theirFields = RecordFields.of((Record) theirs);
                for (Map.Entry<String, Conflict.Key> f : fields.entrySet()) {
                    Side side = f.getValue() == null ? oneSided.apply(fieldKey(f.getKey())) : resolve.apply(f.getValue());
                    if (side == Side.THEIRS) {
                        merged.put(f.getKey(), theirFields.get(f.getKey()));
                    }
                }
                yield build(merged);
            }
        };
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Object build(Map<String, Object> values) {
        return RecordFields.build((Class) kind.type(), values);
    }
}
