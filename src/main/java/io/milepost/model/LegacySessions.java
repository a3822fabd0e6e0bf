package io.milepost.model;

import io.milepost.i18n.Messages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * How a commission session of an older document (schema 3, JSON format 1: a row of its own with dates and status,
 * beside a meeting milestone that repeated them) becomes what a session is now: a meeting with its details. One
 * rule, used by the document's migration and by the JSON reader alike:
 * <ul>
 *   <li>a session is the meeting of its commission that starts the same day (the first such meeting in the
 *       roadmap's order not already taken by another session); the meeting keeps its own dates and status;</li>
 *   <li>a session with no such meeting gets one: the session's id, dates and status, titled
 *       "‹commission› — session N", in the sector most of the commission's milestones are in (else the first
 *       sector).</li>
 * </ul>
 */
public final class LegacySessions {

    /** A session as older documents held it. {@code status} is one of PLANNED, HELD, POSTPONED, CANCELLED. */
    public record Legacy(UUID id, UUID commissionId, int number, PlanDate start, PlanDate end, String venue,
                         String status, String outcome) {
    }

    /** A milestone, as far as the rule needs to know it. */
    public record Placed(UUID id, UUID commissionId, MilestoneKind kind, PlanDate start, UUID sectorId) {
    }

    /** A meeting to be made for a session that had none. */
    public record NewMeeting(UUID id, UUID commissionId, int number, PlanDate start, PlanDate end,
                             MilestoneStatus status, UUID sectorId) {
    }

    /** The details of every session, in the sessions' order, and the meetings made for those that had none. */
    public record Folded(List<SessionDetails> details, List<NewMeeting> newMeetings) {
    }

    private LegacySessions() {
    }

    /**
     * @param milestones every milestone, in the roadmap's order
     * @param sectors    every sector id, in the roadmap's order (a new meeting of a commission with no milestones
     *                   goes into the first)
     * @throws IllegalArgumentException when a session needs a meeting and the roadmap has no sector to put it in
     */
    public static Folded fold(List<Legacy> sessions, List<Placed> milestones, List<UUID> sectors) {
        Set<UUID> taken = new HashSet<>();
        Set<UUID> ids = new HashSet<>();
        milestones.forEach(m -> ids.add(m.id()));
        List<SessionDetails> details = new ArrayList<>();
        List<NewMeeting> made = new ArrayList<>();
        for (Legacy s : sessions) {
            Optional<Placed> meeting = milestones.stream()
                    .filter(m -> m.kind() == MilestoneKind.MEETING && s.commissionId().equals(m.commissionId())
                            && m.start().firstDay().equals(s.start().firstDay()) && !taken.contains(m.id()))
                    .findFirst();
            UUID meetingId;
            if (meeting.isPresent()) {
                meetingId = meeting.get().id();
            } else {
                meetingId = ids.contains(s.id()) ? UUID.nameUUIDFromBytes(("session " + s.id()).getBytes(
                        java.nio.charset.StandardCharsets.UTF_8)) : s.id();
                made.add(new NewMeeting(meetingId, s.commissionId(), s.number(), s.start(), s.end(),
                        statusOf(s.status()), sectorFor(s.commissionId(), milestones, sectors)));
            }
            taken.add(meetingId);
            ids.add(meetingId);
            details.add(new SessionDetails(meetingId, s.number(), s.venue(), s.outcome()));
        }
        return new Folded(details, made);
    }

    /** A session's status as a milestone's: a session held is a meeting done. */
    public static MilestoneStatus statusOf(String sessionStatus) {
        return switch (sessionStatus) {
            case "HELD" -> MilestoneStatus.DONE;
            case "POSTPONED" -> MilestoneStatus.POSTPONED;
            case "CANCELLED" -> MilestoneStatus.CANCELLED;
            default -> MilestoneStatus.PLANNED;
        };
    }

    /** The title of a meeting made for a session: "Joint Ministerial Commission — session 9". */
    public static String titleOf(String commissionName, int number) {
        return commissionName + " — session " + number;
    }

    private static UUID sectorFor(UUID commissionId, List<Placed> milestones, List<UUID> sectors) {
        Map<UUID, Integer> counts = new LinkedHashMap<>();
        for (Placed m : milestones) {
            if (commissionId.equals(m.commissionId())) {
                counts.merge(m.sectorId(), 1, Integer::sum);
            }
        }
        Map<UUID, Integer> firstSeen = new HashMap<>();
        List<UUID> order = new ArrayList<>(counts.keySet());
        for (int i = 0; i < order.size(); i++) {
            firstSeen.put(order.get(i), i);
        }
        return counts.entrySet().stream()
                .max(Comparator.<Map.Entry<UUID, Integer>>comparingInt(Map.Entry::getValue)
                        .thenComparing(e -> -firstSeen.get(e.getKey())))
                .map(Map.Entry::getKey)
                .orElseGet(() -> {
                    if (sectors.isEmpty()) {
                        throw new IllegalArgumentException(Messages.text("jsonField.sessionWithoutSector"));
                    }
                    return sectors.get(0);
                });
    }
}
