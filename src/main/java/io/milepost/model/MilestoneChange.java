package io.milepost.model;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One recorded change of a milestone, kept by the document so a planner can ask what moved since the last commission
 * session. Values are locale-free: a status by its name, a date by {@link PlanDate#code()} ("Q3 2025", "2025-03-12"),
 * an end that runs on as {@link #ONGOING}, an end with its start as empty.
 *
 * @param title      the milestone's title when the change was made, so a deleted item can still be named
 * @param commission the commission the milestone belonged to then, or {@code null}: a deleted item's is still known
 */
public record MilestoneChange(UUID milestoneId, Instant at, What what, String before, String after, String title,
                              UUID commission) {

    /** The end of a milestone that runs on ("continuous"). */
    public static final String ONGOING = "ongoing";

    /** What changed. A milestone added or deleted is one change; an edit is one change per field below. */
    public enum What { ADDED, TITLE, STATUS, PERCENT, START, END, DELETED }

    public MilestoneChange {
        Objects.requireNonNull(milestoneId, "milestoneId");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(what, "what");
        before = before == null ? "" : before;
        after = after == null ? "" : after;
        title = title == null ? "" : title;
    }

    /** A milestone's end as a change records it. */
    public static String endOf(Milestone m) {
        if (m.ongoing()) {
            return ONGOING;
        }
        return m.end() == null || m.end().equals(m.start()) ? "" : m.end().code();
    }
}
