package io.milepost.app.merge;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The change set as lines a planner reads before anything is written: {@code + added}, {@code ~ changed} with each
 * field old → new, {@code - removed}, and {@code ! conflict} with the value on each side. Text is returned as it is;
 * whoever prints it to a terminal escapes control characters.
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
                case ADDED -> lines.add("+ " + c.kind() + " " + quote(c.label()));
                case REMOVED -> lines.add("- " + c.kind() + " " + quote(c.label()));
                case CHANGED -> {
                    lines.add("~ " + c.kind() + " " + quote(c.label()));
                    for (FieldChange f : c.fields()) {
                        lines.add("    " + f.field() + ": " + value(f.before()) + " → " + value(f.after()));
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
        return added + " added, " + changed + " changed, " + removed + " removed, " + conflicts
                + (conflicts == 1 ? " conflict" : " conflicts");
    }

    private static String conflict(Conflict c) {
        String head = "! conflict: " + c.kind() + " " + quote(c.label()) + (c.field() == null ? "" : ", " + c.field());
        return switch (c.reason()) {
            case BOTH_CHANGED -> head + ": was " + value(c.base()) + ", here " + value(c.ours()) + ", theirs "
                    + value(c.theirs());
            case DIFFERENT_WITHOUT_BASE -> head + ": here " + value(c.ours()) + ", theirs " + value(c.theirs())
                    + " (never exchanged: no common state known)";
            case REMOVED_AND_CHANGED -> head + (c.ours() == null ? ": removed here, changed there"
                    : ": changed here, removed there");
            case REMOVED_BUT_USED -> head + (c.ours() == null ? ": removed here, but " : ": removed there, but ")
                    + c.usedBy().size() + " new or changed item(s) on the other side refer to it";
            case CLOSES_A_LOOP -> head + ": together with the other side's links it closes a loop; not added";
            case SAME_LINK_TWICE -> head + ": both sides linked the same two items; one link is kept";
        };
    }

    private static String quote(String label) {
        return "'" + cut(Objects.toString(label, "")) + "'";
    }

    private static String value(Object v) {
        if (v == null) {
            return "(none)";
        }
        if (v instanceof String s) {
            return "\"" + cut(s) + "\"";
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
