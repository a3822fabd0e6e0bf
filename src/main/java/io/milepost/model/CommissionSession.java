package io.milepost.model;

import java.util.Objects;
import java.util.UUID;

/**
 * One session of a commission: "the 8th session, Minsk, February 2025".
 *
 * @param end     the last day as written, or {@code null} for a one-day session
 * @param outcome decisions and documents of the session, free text
 */
public record CommissionSession(UUID id, UUID commissionId, int number, PlanDate start, PlanDate end, String venue,
                                SessionStatus status, String outcome) {
    public CommissionSession {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(commissionId, "commissionId");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(status, "status");
    }

    /** The last day the session runs, inclusive. */
    public PlanDate finish() {
        return end == null ? start : end;
    }
}
