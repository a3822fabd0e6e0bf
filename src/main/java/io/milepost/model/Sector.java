package io.milepost.model;

import java.util.Objects;
import java.util.UUID;

/**
 * A workstream of the roadmap, drawn as a swimlane.
 *
 * @param nameAlt the name in the roadmap's second language, or {@code null}
 * @param color   a CSS hex colour ("#2e7d32") chosen for the sector's bars
 * @param order   position among the sectors, smallest first
 */
public record Sector(UUID id, String name, String nameAlt, String color, int order) {
    public Sector {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }
}
