package io.milepost.model;

import io.milepost.i18n.Messages;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds dependencies the dates do not keep: a successor that starts before its predecessor finishes, and so on by
 * type and lag. These are warnings, not errors — a plan may be behind — but a planner should see them.
 * <p>
 * Dates written as periods are read generously: "Q3 2025" may mean any day of the quarter, so a link is only
 * reported broken when no reading of the two items' dates could keep it.
 */
public final class ScheduleCheck {

    private ScheduleCheck() {
    }

    public static List<Problem> warnings(Roadmap roadmap) {
        List<Problem> warnings = new ArrayList<>();
        for (Dependency d : roadmap.dependencies()) {
            warning(roadmap, d).ifPresent(warnings::add);
        }
        return warnings;
    }

    /** What is wrong with one link's dates, if anything: the warning {@link #warnings} gives for it. */
    public static java.util.Optional<Problem> warning(Roadmap roadmap, Dependency d) {
        Milestone pred = roadmap.milestone(d.predecessorId()).orElse(null);
        Milestone succ = roadmap.milestone(d.successorId()).orElse(null);
        if (pred == null || succ == null) {
            return java.util.Optional.empty(); // a dangling link is the validator's to report
        }
        return broken(d, pred, succ);
    }

    private static java.util.Optional<Problem> broken(Dependency d, Milestone pred, Milestone succ) {
        // The earliest day the predecessor's reference point can be, and the latest the successor's can be.
        boolean fromFinish = d.type() == DependencyType.FS || d.type() == DependencyType.FF;
        boolean toFinish = d.type() == DependencyType.FF || d.type() == DependencyType.SF;
        if ((fromFinish && pred.ongoing()) || (toFinish && succ.ongoing())) {
            return java.util.Optional.empty(); // a continuous item has no finish to keep
        }
        LocalDate reference = (fromFinish ? pred.finish() : pred.start()).firstDay().plusDays(d.lagDays());
        LocalDate latest = (toFinish ? succ.finish() : succ.start()).lastDay();
        boolean kept = d.type() == DependencyType.FS ? latest.isAfter(reference) : !latest.isBefore(reference);
        if (kept) {
            return java.util.Optional.empty();
        }
        java.util.Locale words = Messages.ui().locale();
        String predPoint = fromFinish ? Messages.text("sched.finishes", pred.finish().label(words))
                : Messages.text("sched.starts", pred.start().label(words));
        String succPoint = toFinish ? Messages.text("sched.finishes", succ.finish().label(words))
                : Messages.text("sched.starts", succ.start().label(words));
        String lag = d.lagDays() == 0 ? "" : Messages.text("sched.lag", d.lagDays());
        return java.util.Optional.of(new Problem("dependency", d.id(), pred.title() + " → " + succ.title(),
                toFinish ? "end" : "start", Messages.text("sched.notKept", succ.title(), succPoint, pred.title(),
                        predPoint, lag, Messages.ui().of("dependency", d.type()))));
    }
}
