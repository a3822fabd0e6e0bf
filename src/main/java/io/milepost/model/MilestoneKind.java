package io.milepost.model;

/** What a row of the plan is: a bar with a start and an end, a single dated milestone, or a meeting. */
public enum MilestoneKind {
    ACTIVITY, MILESTONE, MEETING
}
