package io.milepost.ui.views;

import io.milepost.chart.Language;
import io.milepost.i18n.Messages;
import io.milepost.chart.MilestoneFilter;
import io.milepost.model.Commission;
import io.milepost.model.Milestone;
import io.milepost.model.MilestoneKind;
import io.milepost.model.MilestoneStatus;
import io.milepost.model.Roadmap;
import io.milepost.model.SessionDetails;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What the commissions view answers: "what did the last session decide, and what is open before the next?". For
 * each commission its co-chairs, its sessions (the commission's meetings) in date order with their details, the next
 * session still to be held, and the commission's items still open before that session. Plain data, computed from a
 * roadmap and a day, so it is tested without a screen.
 */
public final class CommissionsViewModel {

    /**
     * @param number    the session's number, 0 when the meeting has no session details yet
     * @param when      the meeting's dates as the plan wrote them
     * @param venue     where, or {@code null}
     * @param decisions what it decided, or {@code null}
     */
    public record Session(UUID meetingId, int number, String title, String when, LocalDate firstDay,
                          MilestoneStatus status, String venue, String decisions) {
    }

    /** A milestone of the commission not yet done or cancelled. */
    public record OpenItem(UUID id, String title, String when, MilestoneStatus status, boolean overdue) {
    }

    /**
     * @param next          the first session (in date order) that is neither done nor cancelled, or {@code null}
     * @param openBeforeNext the commission's other items still open that start before the next session (all of
     *                       its open items when no session is planned): what the session will ask about
     */
    public record Entry(UUID id, String name, String coChairA, String coChairB, List<Session> sessions, Session next,
                        List<OpenItem> openBeforeNext) {
    }

    private final List<Entry> entries;

    public CommissionsViewModel(Roadmap roadmap, LocalDate today) {
        this(roadmap, today, Language.PRIMARY);
    }

    /** The commissions with names and titles in the given data language. */
    public CommissionsViewModel(Roadmap roadmap, LocalDate today, Language language) {
        List<Entry> all = new ArrayList<>();
        for (Commission c : roadmap.commissions()) {
            all.add(entry(roadmap, c, today, language));
        }
        this.entries = List.copyOf(all);
    }

    public List<Entry> entries() {
        return entries;
    }

    private static Entry entry(Roadmap roadmap, Commission c, LocalDate today, Language language) {
        List<Milestone> own = roadmap.milestones().stream().filter(m -> c.id().equals(m.commissionId())).toList();
        List<Session> sessions = own.stream().filter(m -> m.kind() == MilestoneKind.MEETING)
                .sorted(Comparator.comparing(Milestone::firstDay).thenComparing(Milestone::order))
                .map(m -> session(m, roadmap.sessionOf(m.id()), language))
                .toList();
        // The first session not yet held, even if its written date has passed: a postponed session is still the
        // one the commission works towards.
        Session next = sessions.stream().filter(s -> isOpen(s.status())).findFirst().orElse(null);
        List<OpenItem> open = own.stream()
                .filter(m -> m.kind() != MilestoneKind.MEETING && isOpen(m.status()))
                .filter(m -> next == null || m.firstDay().isBefore(next.firstDay()))
                .sorted(Comparator.comparing(Milestone::lastDay).thenComparing(Milestone::order))
                .map(m -> new OpenItem(m.id(), language.title(m), m.timelineLabel(Messages.ui().locale()), m.status(),
                        MilestoneFilter.isOverdue(m, today)))
                .toList();
        return new Entry(c.id(), language.name(c), c.coChairA(), c.coChairB(), sessions, next, open);
    }

    private static Session session(Milestone m, Optional<SessionDetails> details, Language language) {
        return new Session(m.id(), details.map(SessionDetails::number).orElse(0), language.title(m),
                m.timelineLabel(Messages.ui().locale()),
                m.firstDay(), m.status(), details.map(SessionDetails::venue).orElse(null),
                details.map(SessionDetails::decisions).orElse(null));
    }

    static boolean isOpen(MilestoneStatus s) {
        return s != MilestoneStatus.DONE && s != MilestoneStatus.CANCELLED;
    }
}
