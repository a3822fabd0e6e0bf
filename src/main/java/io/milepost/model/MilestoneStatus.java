package io.milepost.model;

/**
 * Where a milestone stands. {@code POSTPONED}: put off to a date not yet fixed, as commission sessions often are;
 * its dates are the ones last planned.
 */
public enum MilestoneStatus {
    PLANNED, IN_PROGRESS, DONE, AT_RISK, DELAYED, POSTPONED, CANCELLED
}
