package io.milepost.app.report;

import io.milepost.model.Commission;
import io.milepost.model.Milestone;
import io.milepost.model.MilestoneChange;
import io.milepost.model.MilestoneKind;
import io.milepost.model.MilestoneStatus;
import io.milepost.model.Roadmap;
import io.milepost.model.SessionDetails;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Progress since a commission's last session, for the next session's agenda: what changed in the commission's
 * milestones since the day of its previous session — status, dates moved, done, added, deleted — item by item, from
 * the document's own record of changes.
 *
 * @param previous the session held last (on or before the day asked about), or {@code null} before the first
 * @param next     the next session planned after that day, or {@code null}
 * @param since    the first day whose changes count: the previous session's day, or the roadmap's start
 * @param items    each changed item with its changes, in the roadmap's order; deleted items last
 * @param asOf     the day the progress is told on
 */
public record SessionProgress(Commission commission, Session previous, Session next, LocalDate since,
                              List<Item> items, LocalDate asOf) {

    /** A session: its meeting and, where recorded, its number, venue and decisions. */
    public record Session(Milestone meeting, SessionDetails details) {
        public LocalDate day() {
            return meeting.firstDay();
        }

        /**
         * Whether the session took place by {@code today}: its day has come, and it was neither postponed nor
         * cancelled (a session dated "Q4 2026" and postponed has not been held, whatever the quarter says).
         */
        public boolean held(LocalDate today) {
            MilestoneStatus s = meeting.status();
            return !day().isAfter(today) && s != MilestoneStatus.POSTPONED && s != MilestoneStatus.CANCELLED;
        }

        /**
         * Whether the session was put off and its date has wholly passed: it is still to be held, on a day not yet
         * set, so the date it carries is the one it missed and no date to announce.
         */
        public boolean awaitsNewDate(LocalDate today) {
            // A session put off to "Q4 2026" still has that quarter to be held in until the quarter is over.
            return meeting.status() == MilestoneStatus.POSTPONED && meeting.lastDay().isBefore(today);
        }
    }

    /**
     * An item that changed.
     *
     * @param now     the item as it is, or {@code null} when it was deleted
     * @param title   its title when last changed, to name a deleted item
     */
    public record Item(Milestone now, String title, List<MilestoneChange> changes) {
    }

    /**
     * The progress of a commission up to {@code today}.
     *
     * @param history the document's changes, at least those since the previous session (more are ignored)
     */
    public static SessionProgress of(Roadmap roadmap, UUID commissionId, List<MilestoneChange> history,
                                     LocalDate today) {
        Commission commission = roadmap.commission(commissionId).orElseThrow(() ->
                new IllegalArgumentException("the roadmap has no commission " + commissionId));
        List<Session> sessions = sessionsOf(roadmap, commissionId);
        Session previous = null;
        Session next = null;
        for (Session s : sessions) {
            if (!s.held(today)) {
                continue;
            }
            previous = s;
        }
        for (Session s : sessions) {
            // The next session is the first after the last held that is still to come, whatever its date says:
            // a postponed session dated in the past is still the next one.
            if (!s.held(today) && s.meeting().status() != MilestoneStatus.CANCELLED
                    && (previous == null || !s.day().isBefore(previous.day()))) {
                next = s;
                break;
            }
        }
        LocalDate since = previous != null ? previous.day() : roadmap.info().periodStart();
        Map<UUID, List<MilestoneChange>> byItem = new LinkedHashMap<>();
        Map<UUID, String> titles = new LinkedHashMap<>();
        for (MilestoneChange c : history) {
            if (!c.at().atOffset(ZoneOffset.UTC).toLocalDate().isBefore(since)) {
                byItem.computeIfAbsent(c.milestoneId(), k -> new ArrayList<>()).add(c);
                titles.put(c.milestoneId(), c.title());
            }
        }
        List<Item> items = new ArrayList<>();
        for (Milestone m : roadmap.milestones().stream().sorted(Comparator.comparingInt(Milestone::order)).toList()) {
            List<MilestoneChange> changes = byItem.remove(m.id());
            if (changes != null && commissionId.equals(m.commissionId())) {
                items.add(new Item(m, m.title(), changes));
            }
        }
        // What is left is no longer in the roadmap: listed when it was the commission's when deleted.
        for (Map.Entry<UUID, List<MilestoneChange>> gone : byItem.entrySet()) {
            boolean deleted = gone.getValue().stream().anyMatch(c -> c.what() == MilestoneChange.What.DELETED);
            if (deleted && belongedTo(gone.getValue(), commissionId)) {
                items.add(new Item(null, titles.get(gone.getKey()), gone.getValue()));
            }
        }
        return new SessionProgress(commission, previous, next, since, items, today);
    }

    private static boolean belongedTo(List<MilestoneChange> changes, UUID commissionId) {
        return changes.stream().anyMatch(c -> commissionId.equals(c.commission()));
    }

    /** The commission's sessions in date order: its meetings, with their details where recorded. */
    public static List<Session> sessionsOf(Roadmap roadmap, UUID commissionId) {
        return roadmap.milestones().stream()
                .filter(m -> m.kind() == MilestoneKind.MEETING && commissionId.equals(m.commissionId()))
                .sorted(Comparator.comparing(Milestone::firstDay))
                .map(m -> new Session(m, roadmap.sessionOf(m.id()).orElse(null)))
                .toList();
    }

    /** True when nothing changed since the previous session. */
    public boolean isEmpty() {
        return items.isEmpty();
    }

    public Optional<Session> previousSession() {
        return Optional.ofNullable(previous);
    }
}
