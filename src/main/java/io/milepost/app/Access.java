package io.milepost.app;

import io.milepost.store.OpenMode;

/** How a window opens a document: to edit it (one window at a time) or only to look at it (any number). */
public enum Access {
    EDIT, READ_ONLY;

    OpenMode mode() {
        return this == EDIT ? OpenMode.READ_WRITE : OpenMode.READ_ONLY;
    }
}
