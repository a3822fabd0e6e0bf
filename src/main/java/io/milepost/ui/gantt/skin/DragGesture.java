package io.milepost.ui.gantt.skin;

import io.milepost.model.Milestone;
import java.util.UUID;

/**
 * A drag in progress on the chart and what it would do if released now. The behaviour updates it as the pointer
 * moves; the overlay draws it; nothing reaches the document before the release.
 */
final class DragGesture {

    enum Kind {
        /** The bar or marker along the time axis, its length kept. */
        MOVE,
        RESIZE_START,
        RESIZE_END,
        /** The percent-complete handle of an activity. */
        PERCENT,
        /** A dependency from {@link #item} to whatever the pointer is over. */
        LINK,
        /** The view itself, by its empty background. */
        PAN
    }

    /** Pointer travel, in pixels, before a press becomes a drag: a click that shakes is still a click. */
    static final double THRESHOLD = 3;

    final Kind kind;
    /** The item dragged, or linked from; {@code null} for a pan. */
    final Milestone item;
    final double pressX;
    final double pressY;
    final double pressScrollX;
    final double pressScrollY;

    double pointerX;
    double pointerY;
    boolean started;
    /** MOVE and RESIZE: the dates the item would get; {@code null} while unchanged or unreachable. */
    DragDates.Dates dates;
    /** PERCENT: the percent it would get. */
    int percent;
    /** LINK: the item under the pointer that would become the successor, or {@code null}. */
    UUID linkTarget;

    DragGesture(Kind kind, Milestone item, double pressX, double pressY, double scrollX, double scrollY) {
        this.kind = kind;
        this.item = item;
        this.pressX = pressX;
        this.pressY = pressY;
        this.pressScrollX = scrollX;
        this.pressScrollY = scrollY;
        this.pointerX = pressX;
        this.pointerY = pressY;
        this.percent = item == null ? 0 : item.percentComplete();
    }

    /** Follows the pointer; true once it has travelled far enough to count as a drag. */
    boolean track(double x, double y) {
        pointerX = x;
        pointerY = y;
        if (!started && Math.hypot(x - pressX, y - pressY) >= THRESHOLD) {
            started = true;
        }
        return started;
    }
}
