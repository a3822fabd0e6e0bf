package io.milepost.model;

/** The kinds of standing bodies that drive a roadmap. */
public enum CommissionKind {
    INTERGOVERNMENTAL_COMMISSION, JOINT_WORKING_GROUP, HIGH_LEVEL_MECHANISM
}
