package io.milepost.model;

import java.util.Objects;
import java.util.UUID;

/** The successor waits on the predecessor, by the rule of {@code type}, shifted by {@code lagDays} (may be negative). */
public record Dependency(UUID id, UUID predecessorId, UUID successorId, DependencyType type, int lagDays) {
    public Dependency {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(predecessorId, "predecessorId");
        Objects.requireNonNull(successorId, "successorId");
        Objects.requireNonNull(type, "type");
    }

    public static Dependency finishToStart(UUID predecessor, UUID successor) {
        return new Dependency(UUID.randomUUID(), predecessor, successor, DependencyType.FS, 0);
    }
}
