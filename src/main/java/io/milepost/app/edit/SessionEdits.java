package io.milepost.app.edit;

import io.milepost.i18n.Messages;
import io.milepost.model.Commission;
import io.milepost.model.Milestone;
import io.milepost.model.MilestoneKind;
import io.milepost.model.Roadmap;
import io.milepost.model.SessionDetails;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * The session details of a commission's meeting (its number, venue and decisions), edited from a form. The first
 * detail written to a meeting that has none makes it a session, numbered after the commission's last one; dates,
 * status and the rest stay the meeting's own.
 */
public final class SessionEdits {

    private SessionEdits() {
    }

    /** Whether the item can carry session details: a meeting of a commission. */
    public static boolean isSessionable(Milestone m) {
        return m.kind() == MilestoneKind.MEETING && m.commissionId() != null;
    }

    public static Outcome setNumber(Roadmap r, UUID meetingId, String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty() && r != null && r.sessionOf(meetingId).isEmpty()) {
            return new Outcome.Unchanged();
        }
        int n;
        try {
            n = Integer.parseInt(t);
        } catch (NumberFormatException e) {
            return Outcome.refuse(t.isEmpty() ? Messages.text("edit.refuse.sessionNumberRequired")
                    : Messages.text("edit.refuse.sessionNumber", t));
        }
        if (n < 1) {
            return Outcome.refuse(Messages.text("edit.refuse.sessionNumberRange"));
        }
        return change(r, meetingId, true, m -> Messages.text("edit.sessionNumber", Names.title(m), n),
                s -> s.withNumber(n));
    }

    public static Outcome setVenue(Roadmap r, UUID meetingId, String text) {
        return change(r, meetingId, false, m -> Messages.text("edit.venue", Names.title(m)), s -> s.withVenue(text(text)));
    }

    public static Outcome setDecisions(Roadmap r, UUID meetingId, String text) {
        return change(r, meetingId, false, m -> Messages.text("edit.decisions", Names.title(m)),
                s -> s.withDecisions(text(text)));
    }

    /** Why a meeting that is a session may not stop being a meeting of a commission, if it is one. */
    static Optional<String> keepsItsSession(Roadmap r, Milestone m) {
        return r.sessionOf(m.id()).map(s -> r.commission(m.commissionId())
                .map(c -> Messages.text("edit.refuse.sessionStays", s.number(), c.name()))
                .orElse(Messages.text("edit.refuse.sessionStaysIts", s.number())));
    }

    /** {@code numbered}: the edit gives the session its number, so it makes a session even with nothing else. */
    private static Outcome change(Roadmap r, UUID meetingId, boolean numbered, Function<Milestone, String> name,
                                  Function<SessionDetails, SessionDetails> edit) {
        Optional<Milestone> found = r == null ? Optional.empty() : r.milestone(meetingId);
        if (found.isEmpty()) {
            return ChartGestures.gone();
        }
        Milestone m = found.get();
        if (!isSessionable(m)) {
            return Outcome.refuse(Messages.text("edit.refuse.onlyMeetings"));
        }
        Optional<SessionDetails> before = r.sessionOf(meetingId);
        SessionDetails base = before.orElseGet(() -> new SessionDetails(meetingId, nextNumber(r, m.commissionId()),
                null, null));
        SessionDetails after = edit.apply(base);
        if (before.isPresent() && after.equals(before.get())) {
            return new Outcome.Unchanged();
        }
        if (before.isEmpty() && !numbered && after.venue() == null && after.decisions() == null) {
            return new Outcome.Unchanged();
        }
        return new Outcome.Apply(new Edit(name.apply(m), List.of(Change.session(before.orElse(null), after))));
    }

    private static int nextNumber(Roadmap r, UUID commissionId) {
        return r.sessionsOf(commissionId).stream().mapToInt(SessionDetails::number).max().orElse(0) + 1;
    }

    private static String text(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
