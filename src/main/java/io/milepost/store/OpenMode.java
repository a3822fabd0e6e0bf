package io.milepost.store;

/** How a document is opened: for editing (one writer per file) or only for reading (any number of readers). */
public enum OpenMode {
    READ_WRITE, READ_ONLY
}
