package io.milepost.chart;

import io.milepost.model.Milestone;
import java.util.Comparator;
import java.util.Locale;

/**
 * The order of the items within each group: the plan's own order, or sorted by a column of the table (title, dates,
 * status, percent, a lead agency), ascending or descending. Ties keep the plan's order, so a sort is stable and the
 * chart and the table always agree row for row.
 */
public record RowOrder(Key key, boolean descending) {

    /** What the items are sorted by. */
    public enum Key { PLAN, TITLE, START, END, STATUS, PERCENT, LEAD_A, LEAD_B }

    /** The plan's own order: the order planners gave the items, as Alt+Up/Down and the document keep it. */
    public static final RowOrder PLAN = new RowOrder(Key.PLAN, false);

    public RowOrder {
        key = key == null ? Key.PLAN : key;
        descending = descending && key != Key.PLAN;
    }

    /** True for the plan's own order, the only one in which moving an item up or down means something. */
    public boolean isPlan() {
        return key == Key.PLAN;
    }

    /** The items' order under this sort, titles read in {@code language}. */
    public Comparator<Milestone> comparator(Language language) {
        Comparator<Milestone> plan = Comparator.comparingInt(Milestone::order).thenComparing(Milestone::start)
                .thenComparing(Milestone::title).thenComparing(Milestone::id);
        Comparator<Milestone> by = switch (key) {
            case PLAN -> null;
            case TITLE -> Comparator.comparing(m -> language.title(m).toLowerCase(Locale.ROOT));
            case START -> Comparator.comparing(Milestone::firstDay);
            case END -> Comparator.comparing((Milestone m) -> m.ongoing()).thenComparing(Milestone::lastDay);
            case STATUS -> Comparator.comparing(Milestone::status);
            case PERCENT -> Comparator.comparingInt(Milestone::percentComplete);
            case LEAD_A -> Comparator.comparing(m -> text(m.leadAgencyA()));
            case LEAD_B -> Comparator.comparing(m -> text(m.leadAgencyB()));
        };
        if (by == null) {
            return plan;
        }
        return (descending ? by.reversed() : by).thenComparing(plan);
    }

    private static String text(String s) {
        return s == null ? "" : s.strip().toLowerCase(Locale.ROOT);
    }
}
