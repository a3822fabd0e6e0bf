package io.milepost.ui.share;

import io.milepost.app.merge.Conflict;
import io.milepost.app.merge.MergeChoice;
import io.milepost.app.merge.MergePlan;
import io.milepost.app.merge.Side;
import io.milepost.i18n.EnumWords;
import io.milepost.i18n.FieldWords;
import io.milepost.i18n.Messages;
import io.milepost.model.PlanDate;
import io.milepost.model.Roadmap;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The merge dialog's state: the change set of an import as rows the planner reads — conflicts, items added, items
 * changed (one row per field, old → new), items removed — each with the side picked, mine (this document) or theirs
 * (the file). What changed on their side only starts as theirs; a conflict starts unpicked, and while one is, Apply
 * waits ({@link #canApplyProperty()}) unless the planner keeps mine for the rest. The picks become the resolved plan
 * through {@link #outcome()}. No scene graph: tested with plain JUnit.
 */
public final class MergeViewModel {

    /** The sections of the change set, in the order the dialog shows them. */
    public enum Group { CONFLICTS, ADDED, CHANGED, REMOVED }

    /**
     * One line of the change set. A changed item is a row of its own whose {@link #fields()} are its changed fields;
     * picking a side for it picks that side for each of them, and it shows a side only when they all agree.
     */
    public static final class Row {
        private final Group group;
        private final MergeChoice choice;
        private final String kind;
        private final String label;
        private final String field;
        private final String mine;
        private final String theirs;
        private final ObjectProperty<Side> pick = new SimpleObjectProperty<>(this, "pick");
        private final List<Row> fields = new ArrayList<>();

        Row(Group group, MergeChoice choice, String kind, String label, String field, String mine, String theirs) {
            this.group = group;
            this.choice = choice;
            this.kind = kind;
            this.label = label;
            this.field = field;
            this.mine = mine;
            this.theirs = theirs;
        }

        public Group group() { return group; }
        /** The merge's choice this row picks for, or {@code null} for a changed item's own row. */
        public MergeChoice choice() { return choice; }
        /** "Milestone", "Sector", … in the window's language. */
        public String kind() { return kind; }
        public String label() { return label; }
        /** The field, in the window's language, or empty for a row about a whole item. */
        public String field() { return field; }
        /** This document's value, as the planner reads it. */
        public String mine() { return mine; }
        /** The file's value, as the planner reads it. */
        public String theirs() { return theirs; }
        /** The side picked; {@code null}: none yet (a conflict) or, for a changed item, its fields differ. */
        public ObjectProperty<Side> pickProperty() { return pick; }
        public Side pick() { return pick.get(); }
        public List<Row> fields() { return fields; }
        public boolean isConflict() { return group == Group.CONFLICTS; }
    }

    private final MergePlan plan;
    private final Map<Group, List<Row>> groups = new EnumMap<>(Group.class);
    private final List<Row> choiceRows = new ArrayList<>();
    private final Map<UUID, String> names = new HashMap<>();
    private final List<String> notes;
    private final ReadOnlyIntegerWrapper unresolved = new ReadOnlyIntegerWrapper(this, "unresolved");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary");
    private final BooleanBinding canApply = Bindings.equal(0, unresolved);
    private boolean pickingItem;

    /** @param notes what the importer and the merge have to say, shown above the change set */
    public MergeViewModel(MergePlan plan, List<String> notes) {
        this.plan = plan;
        this.notes = List.copyOf(notes);
        for (Group g : Group.values()) {
            groups.put(g, new ArrayList<>());
        }
        remember(plan.theirs());
        remember(plan.ours());
        Map<String, Row> changedItems = new LinkedHashMap<>();
        for (MergeChoice c : plan.choices()) {
            Row row = switch (c.what()) {
                case CONFLICT -> new Row(Group.CONFLICTS, c, kindName(c.kind()), c.label(), fieldName(c.field()),
                        c.field() == null ? presence(c.ours(), "share.value.removedHere") : value(c.ours()),
                        c.field() == null ? presence(c.theirs(), "share.value.removedThere") : value(c.theirs()));
                case ADDED -> new Row(Group.ADDED, c, kindName(c.kind()), c.label(), "",
                        Messages.text("share.value.absent"), Messages.text("share.value.added"));
                case REMOVED -> new Row(Group.REMOVED, c, kindName(c.kind()), c.label(), "",
                        Messages.text("share.value.kept"), Messages.text("share.value.removed"));
                case CHANGED -> new Row(Group.CHANGED, c, kindName(c.kind()), c.label(), fieldName(c.field()),
                        value(c.ours()), value(c.theirs()));
            };
            row.pick.set(c.proposed());
            row.pick.addListener((o, was, now) -> picked());
            choiceRows.add(row);
            if (c.what() == MergeChoice.What.CHANGED) {
                Row item = changedItems.computeIfAbsent(c.kind() + "/" + c.id(), k -> {
                    Row r = new Row(Group.CHANGED, null, kindName(c.kind()), c.label(), "", "", "");
                    groups.get(Group.CHANGED).add(r);
                    r.pick.addListener((o, was, now) -> pickItem(r, now));
                    return r;
                });
                item.fields.add(row);
            } else {
                groups.get(row.group).add(row);
            }
        }
        changedItems.values().forEach(this::showItemPick);
        picked();
    }

    /** The rows of one section: for {@link Group#CHANGED}, one per item, its fields beneath it. */
    public List<Row> rows(Group group) {
        return groups.get(group);
    }

    /** Every row that picks for one of the merge's choices (fields, not the changed items' own rows). */
    public List<Row> choiceRows() {
        return choiceRows;
    }

    public List<String> notes() {
        return notes;
    }

    /** How many conflicts have no side picked yet. */
    public ReadOnlyIntegerProperty unresolvedProperty() {
        return unresolved.getReadOnlyProperty();
    }

    /** Apply can go ahead: every conflict has a side. */
    public BooleanBinding canApplyProperty() {
        return canApply;
    }

    /** "3 of 5 changes taken · 1 conflict left to settle", kept up to date with the picks. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Picks a side for a row: for a changed item, for each of its fields. */
    public void pick(Row row, Side side) {
        row.pick.set(side);
    }

    /** Every conflict still unpicked is settled for this document; the picks made stand. */
    public void keepMineForTheRest() {
        for (Row r : choiceRows) {
            if (r.isConflict() && r.pick() == null) {
                r.pick.set(Side.OURS);
            }
        }
    }

    /** The planner's picks by the merge's keys; unpicked conflicts are absent (kept as mine by the plan). */
    public Map<Conflict.Key, Side> picks() {
        Map<Conflict.Key, Side> picks = new LinkedHashMap<>();
        for (Row r : choiceRows) {
            if (r.pick() != null) {
                picks.put(r.choice().key(), r.pick());
            }
        }
        return picks;
    }

    /** The roadmap and change set that applying the picks gives. */
    public MergePlan.Outcome outcome() {
        return plan.outcome(picks());
    }

    public MergePlan plan() {
        return plan;
    }

    /** True when the import changes nothing, whatever is picked: there is nothing to review. */
    public boolean isEmpty() {
        return choiceRows.isEmpty();
    }

    private void pickItem(Row item, Side side) {
        if (pickingItem || side == null) {
            return;
        }
        pickingItem = true;
        try {
            item.fields.forEach(f -> f.pick.set(side));
        } finally {
            pickingItem = false;
        }
    }

    private void showItemPick(Row item) {
        Side first = item.fields.isEmpty() ? null : item.fields.get(0).pick();
        boolean same = item.fields.stream().allMatch(f -> f.pick() == first);
        boolean was = pickingItem;
        pickingItem = true;
        try {
            item.pick.set(same ? first : null);
        } finally {
            pickingItem = was;
        }
    }

    private void picked() {
        int open = 0;
        int taken = 0;
        int changes = 0;
        for (Row r : choiceRows) {
            if (r.isConflict()) {
                open += r.pick() == null ? 1 : 0;
            } else {
                changes++;
                taken += r.pick() == Side.THEIRS ? 1 : 0;
            }
        }
        if (!pickingItem) {
            groups.get(Group.CHANGED).forEach(this::showItemPick);
        }
        unresolved.set(open);
        int conflicts = groups.get(Group.CONFLICTS).size();
        summary.set(conflicts == 0 ? Messages.text("share.merge.summary.noConflicts", taken, changes)
                : Messages.text("share.merge.summary", taken, changes, conflicts, open));
    }

    private void remember(Roadmap r) {
        r.sectors().forEach(s -> names.put(s.id(), s.name()));
        r.commissions().forEach(c -> names.put(c.id(), c.name()));
        r.milestones().forEach(m -> names.put(m.id(), m.title()));
    }

    /** A value as a planner reads it: ids by the name of what they point to, dates as written, long text cut. */
    String value(Object v) {
        if (v == null) {
            return Messages.text("share.value.none");
        }
        if (v instanceof UUID id) {
            return names.getOrDefault(id, id.toString());
        }
        if (v instanceof PlanDate d) {
            return d.label(Messages.ui().locale());
        }
        if (v instanceof Enum<?> e) {
            return EnumWords.of(e);
        }
        if (v instanceof Collection<?> list) {
            return cut(String.join(", ", list.stream().map(this::value).toList()));
        }
        return cut(v.toString());
    }

    private static String presence(Object item, String absentKey) {
        return item == null ? Messages.text(absentKey) : Messages.text("share.value.present");
    }

    private static String kindName(String kind) {
        String key = "share.kind." + kind;
        return Messages.ui().has(key) ? Messages.text(key) : kind;
    }

    private static String fieldName(String field) {
        return FieldWords.of(field);
    }

    private static String cut(String s) {
        String one = s.replace('\n', ' ');
        return one.length() <= 400 ? one : one.substring(0, 399) + "…";
    }
}
