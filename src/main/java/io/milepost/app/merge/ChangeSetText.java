package io.milepost.app.merge;

import io.milepost.i18n.EnumWords;
import io.milepost.i18n.FieldWords;
import io.milepost.i18n.Messages;
import io.milepost.model.PlanDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The change set as lines a planner reads before anything is written: {@code + added}, {@code ~ changed} with each
 * field old → new, {@code - removed}, and {@code ! conflict} with the value on each side. Text is returned as it is;
 * whoever prints it to a terminal escapes control characters. Kinds, fields and the words around them are in the
 * language of the window and the command line; the values are the documents' own.
 */
public final class ChangeSetText {

    /** Values longer than this are cut, with an ellipsis: a description is not read in a change list. */
    static final int MAX_VALUE_LENGTH = 80;

    private ChangeSetText() {
    }

    public static List<String> lines(MergePlan.Outcome outcome) {
        List<String> lines = new ArrayList<>();
        for (ItemChange c : outcome.changes()) {
            switch (c.action()) {
                case ADDED -> lines.add("+ " + kind(c.kind()) + " " + quote(c.label()));
                case REMOVED -> lines.add("- " + kind(c.kind()) + " " + quote(c.label()));
                case CHANGED -> {
                    lines.add("~ " + kind(c.kind()) + " " + quote(c.label()));
                    for (FieldChange f : c.fields()) {
                        lines.add("    " + field(f.field()) + ": " + value(f.before()) + " → " + value(f.after()));
                    }
                }
            }
        }
        for (Conflict c : outcome.conflicts()) {
            lines.add(conflict(c));
        }
        return lines;
    }

    /** "12 to add, 3 to change, 1 to remove, 2 conflicts". */
    public static String summary(MergePlan.Outcome outcome) {
        long added = outcome.changes().stream().filter(c -> c.action() == ItemChange.Action.ADDED).count();
        long changed = outcome.changes().stream().filter(c -> c.action() == ItemChange.Action.CHANGED).count();
        long removed = outcome.changes().stream().filter(c -> c.action() == ItemChange.Action.REMOVED).count();
        int conflicts = outcome.conflicts().size();
        return Messages.text("merge.summary", added, changed, removed, conflicts);
    }

    private static String conflict(Conflict c) {
        String head = "! " + Messages.text("merge.conflict", kind(c.kind()) + " " + quote(c.label())
                + (c.field() == null ? "" : ", " + field(c.field())));
        String why = switch (c.reason()) {
            case BOTH_CHANGED -> Messages.text("merge.bothChanged", value(c.base()), value(c.ours()), value(c.theirs()));
            case DIFFERENT_WITHOUT_BASE -> Messages.text("merge.noBase", value(c.ours()), value(c.theirs()));
            case REMOVED_AND_CHANGED -> Messages.text(c.ours() == null ? "merge.removedHereChangedThere"
                    : "merge.changedHereRemovedThere");
            case REMOVED_BUT_USED -> Messages.text(c.ours() == null ? "merge.removedHereButUsed"
                    : "merge.removedThereButUsed", c.usedBy().size());
            case CLOSES_A_LOOP -> Messages.text("merge.closesLoop");
            case SAME_LINK_TWICE -> Messages.text("merge.sameLinkTwice");
        };
        return head + ": " + why;
    }

    /** "milestone" as the planner's language names it; a kind without a name stays as the merge calls it. */
    private static String kind(String kind) {
        String key = "share.kind." + kind;
        return Messages.ui().has(key) ? Messages.text(key) : kind;
    }

    private static String field(String field) {
        return FieldWords.of(field);
    }

    private static String quote(String label) {
        return "'" + cut(Objects.toString(label, "")) + "'";
    }

    private static String value(Object v) {
        if (v == null) {
            return Messages.text("share.value.none");
        }
        if (v instanceof String s) {
            return "\"" + cut(s) + "\"";
        }
        if (v instanceof Enum<?> e) {
            return EnumWords.of(e);
        }
        if (v instanceof PlanDate d) {
            return d.label(Messages.ui().locale());
        }
        if (v instanceof Record) {
            return "(" + RecordFields.of((Record) v).entrySet().stream().limit(3)
                    .map(Map.Entry::toString).reduce((a, b) -> a + ", " + b).orElse("") + ", …)";
        }
        return cut(v.toString());
    }

    private static String cut(String s) {
        return s.length() <= MAX_VALUE_LENGTH ? s : s.substring(0, MAX_VALUE_LENGTH - 1) + "…";
    }
}
