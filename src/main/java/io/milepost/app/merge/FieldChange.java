package io.milepost.app.merge;

/** One field of an item going from {@code before} to {@code after}. */
public record FieldChange(String field, Object before, Object after) {
}
