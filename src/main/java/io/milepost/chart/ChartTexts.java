package io.milepost.chart;

import io.milepost.model.MilestoneStatus;

/**
 * The few words the chart writes itself. English by default; the window passes one backed by its message bundle.
 */
public interface ChartTexts {

    ChartTexts ENGLISH = new ChartTexts() { };

    default String status(MilestoneStatus status) {
        return switch (status) {
            case PLANNED -> "Planned";
            case IN_PROGRESS -> "In progress";
            case DONE -> "Done";
            case AT_RISK -> "At risk";
            case DELAYED -> "Delayed";
            case POSTPONED -> "Postponed";
            case CANCELLED -> "Cancelled";
        };
    }

    default String noSector() {
        return "No sector";
    }

    default String noCommission() {
        return "No commission";
    }

    default String milestone() {
        return "Milestone";
    }

    default String meeting() {
        return "Meeting";
    }

    default String datedToPeriod() {
        return "Dated to a month, quarter or year";
    }

    default String baseline() {
        return "Baseline";
    }

    default String today() {
        return "Today";
    }

    default String dependency() {
        return "Dependency";
    }

    /** Heading of the printed row-label column. */
    default String labelColumnTitle() {
        return "Milestone";
    }
}
