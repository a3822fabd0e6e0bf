package io.milepost.model;

/** Where a milestone stands. */
public enum MilestoneStatus {
    PLANNED, IN_PROGRESS, DONE, AT_RISK, DELAYED, CANCELLED
}
