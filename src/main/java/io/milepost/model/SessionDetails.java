package io.milepost.model;

import java.util.Objects;
import java.util.UUID;

/**
 * What a commission's session adds to its meeting: "the 8th session, Minsk; decided …". The session <em>is</em> a
 * {@link MilestoneKind#MEETING} milestone whose commission is set: its dates, status, sector, dependencies and place
 * on the chart are the milestone's, so dragging the meeting moves the session. These details are kept beside it,
 * keyed by the meeting's id.
 *
 * @param meetingId the id of the meeting milestone
 * @param venue     where it met or will meet, or {@code null}
 * @param decisions what it decided and signed, free text, or {@code null}
 */
public record SessionDetails(UUID meetingId, int number, String venue, String decisions) {

    public SessionDetails {
        Objects.requireNonNull(meetingId, "meetingId");
    }

    public SessionDetails withNumber(int n) {
        return new SessionDetails(meetingId, n, venue, decisions);
    }

    public SessionDetails withVenue(String v) {
        return new SessionDetails(meetingId, number, v, decisions);
    }

    public SessionDetails withDecisions(String d) {
        return new SessionDetails(meetingId, number, venue, d);
    }
}
