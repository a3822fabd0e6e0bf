package io.milepost.model;

/** How a successor is tied to its predecessor: finish-to-start, start-to-start, finish-to-finish, start-to-finish. */
public enum DependencyType {
    FS, SS, FF, SF
}
