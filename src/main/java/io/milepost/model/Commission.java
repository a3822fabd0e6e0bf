package io.milepost.model;

import java.util.Objects;
import java.util.UUID;

/**
 * An inter-governmental commission, joint working group or other standing mechanism.
 * Its sessions are {@link CommissionSession}s that point back to it.
 *
 * @param coChairA the co-chair on the first party's side (see {@link RoadmapInfo#partyA()})
 * @param coChairB the co-chair on the second party's side
 */
public record Commission(UUID id, CommissionKind kind, String name, String nameAlt, String coChairA, String coChairB,
                         String description) {
    public Commission {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
    }
}
