package io.milepost.ui.gantt;

import io.milepost.model.PlanDate;
import java.util.Objects;
import java.util.UUID;

/**
 * What a planner asked the chart for. The chart never writes anything itself: it hands each request to
 * {@link GanttChart#onEditRequestProperty()}, and the owner decides whether and how to make it (one undoable edit of
 * the document, a confirmation first, a details view, or a refusal with a reason).
 */
public sealed interface GanttEdit {

    /**
     * New dates for an item: a bar dragged along (same duration), one of its ends dragged, or a keyboard nudge.
     *
     * @param newEnd {@code null} when the item ends with its start's period, as {@link io.milepost.model.Milestone#end()}
     */
    record Move(UUID itemId, PlanDate newStart, PlanDate newEnd) implements GanttEdit {
        public Move {
            Objects.requireNonNull(itemId, "itemId");
            Objects.requireNonNull(newStart, "newStart");
        }
    }

    /** The done part of an activity dragged to {@code percent} (0–100). */
    record SetPercent(UUID itemId, int percent) implements GanttEdit {
        public SetPercent {
            Objects.requireNonNull(itemId, "itemId");
            if (percent < 0 || percent > 100) {
                throw new IllegalArgumentException("percent must be 0..100, was " + percent);
            }
        }
    }

    /** A finish-to-start dependency from one item to another, drawn by dragging between them. */
    record Link(UUID predecessorId, UUID successorId) implements GanttEdit {
        public Link {
            Objects.requireNonNull(predecessorId, "predecessorId");
            Objects.requireNonNull(successorId, "successorId");
        }
    }

    /** Remove the item (the owner asks for confirmation). */
    record Delete(UUID itemId) implements GanttEdit {
        public Delete {
            Objects.requireNonNull(itemId, "itemId");
        }
    }

    /** Show the item's details (a double-click, or Enter). */
    record Open(UUID itemId) implements GanttEdit {
        public Open {
            Objects.requireNonNull(itemId, "itemId");
        }
    }
}
