package io.milepost.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A memorandum, agreement, protocol or treaty between the parties.
 *
 * @param signed       the day it was signed, or {@code null} while it is still being prepared
 * @param milestoneIds the milestones that carry it (its signing, its formalisation, its entry into force)
 */
public record Agreement(UUID id, AgreementKind kind, String title, String titleAlt, UUID sectorId, LocalDate signed,
                        AgreementStatus status, String description, List<UUID> milestoneIds) {
    public Agreement {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(status, "status");
        milestoneIds = milestoneIds == null ? List.of() : List.copyOf(milestoneIds);
    }

    /** The same agreement, no longer carried by the given milestone. */
    public Agreement withoutMilestone(UUID milestoneId) {
        return new Agreement(id, kind, title, titleAlt, sectorId, signed, status, description,
                milestoneIds.stream().filter(m -> !m.equals(milestoneId)).toList());
    }

    /** The same agreement under another sector, or none. */
    public Agreement withSectorId(UUID newSectorId) {
        return new Agreement(id, kind, title, titleAlt, newSectorId, signed, status, description, milestoneIds);
    }
}
