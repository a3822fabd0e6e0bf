package io.milepost.model;

/** Where a commission's session stands. */
public enum SessionStatus {
    PLANNED, HELD, POSTPONED, CANCELLED
}
