package io.milepost.app.edit;

import io.milepost.i18n.Messages;
import io.milepost.model.Dependency;
import io.milepost.model.DependencyGraph;
import io.milepost.model.Milestone;
import io.milepost.model.PlanDate;
import io.milepost.model.Roadmap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * What a gesture on the chart means as an edit of the document: a bar moved or resized, the done part dragged, a link
 * drawn, an item deleted. Each becomes one undoable {@link Edit}, named the way the Edit menu says it ("Undo Move
 * 'Business forum'"), or a reason why not. Everything is checked before anything is written: a link that would
 * close a loop, dates outside 1900–2200, an item that is gone. It lives beside {@link Edit} so that the chart, the table and the details
 * pane make and name their edits the same way.
 */
public final class ChartGestures {

    private ChartGestures() {
    }

    /** New dates for an item (a drag, a resize, a keyboard nudge); {@code end == null}: it ends with its start. */
    public static Outcome move(Roadmap roadmap, UUID itemId, PlanDate start, PlanDate end) {
        Optional<Milestone> found = item(roadmap, itemId);
        if (found.isEmpty()) {
            return gone();
        }
        Milestone before = found.get();
        if (!start.isWithinSaneRange() || end != null && !end.isWithinSaneRange()) {
            return Outcome.refuse(Messages.text("edit.refuse.notMoved", Names.title(before), Names.date(PlanDate.day(PlanDate.EARLIEST)), Names.date(PlanDate.day(PlanDate.LATEST))));
        }
        if (end != null && end.lastDay().isBefore(start.firstDay())) {
            return Outcome.refuse(Messages.text("edit.refuse.endBeforeStart", Names.title(before)));
        }
        Milestone after = before.withDates(start, end);
        if (after.equals(before)) {
            return new Outcome.Unchanged();
        }
        boolean startMoved = !after.firstDay().equals(before.firstDay());
        boolean endMoved = !after.lastDay().equals(before.lastDay());
        String name = startMoved && endMoved ? "edit.move" : startMoved ? "edit.changeStart" : "edit.changeEnd";
        return new Outcome.Apply(Edit.updateMilestone(Messages.text(name, Names.title(before)), before, after));
    }

    /** The done part of an activity dragged to {@code percent}. */
    public static Outcome setPercent(Roadmap roadmap, UUID itemId, int percent) {
        return item(roadmap, itemId).<Outcome>map(before -> before.percentComplete() == percent
                ? new Outcome.Unchanged()
                : new Outcome.Apply(Edit.updateMilestone(Messages.text("edit.percent",
                        Names.title(before), percent), before, before.withPercentComplete(percent)))).orElse(gone());
    }

    /** A finish-to-start link drawn from one item onto another. */
    public static Outcome link(Roadmap roadmap, UUID predecessorId, UUID successorId) {
        Optional<Milestone> from = item(roadmap, predecessorId);
        Optional<Milestone> to = item(roadmap, successorId);
        if (from.isEmpty() || to.isEmpty()) {
            return gone();
        }
        Optional<String> refusal = Dependencies.refusal(roadmap, from.get(), to.get());
        if (refusal.isPresent()) {
            return Outcome.refuse(refusal.get());
        }
        Dependency d = Dependency.finishToStart(predecessorId, successorId);
        return new Outcome.Apply(new Edit(Messages.text("edit.link", Names.title(from.get()), Names.title(to.get())),
                List.of(Change.dependency(null, d))));
    }

    /** The item, its links and its place in agreements, as one step. */
    public static Outcome delete(Roadmap roadmap, UUID itemId) {
        return item(roadmap, itemId).<Outcome>map(m -> new Outcome.Apply(Edit.deleteMilestone(roadmap, m)))
                .orElse(gone());
    }

    private static Optional<Milestone> item(Roadmap roadmap, UUID id) {
        return roadmap == null ? Optional.empty() : roadmap.milestone(Objects.requireNonNull(id));
    }

    static Outcome gone() {
        return Outcome.refuse(Messages.text("edit.refuse.itemGone"));
    }

    /** Why a link from one item to another cannot be made (loop, repeat, self-link), if it cannot. */
    static final class Dependencies {
        private Dependencies() {
        }

        static Optional<String> refusal(Roadmap roadmap, Milestone from, Milestone to) {
            String a = Names.title(from);
            String b = Names.title(to);
            if (from.id().equals(to.id())) {
                return Optional.of(Messages.text("edit.refuse.selfLink"));
            }
            for (Dependency d : roadmap.dependencies()) {
                if (d.predecessorId().equals(from.id()) && d.successorId().equals(to.id())) {
                    return Optional.of(Messages.text("edit.refuse.alreadyFollows", b, a));
                }
            }
            if (new DependencyGraph(roadmap.dependencies()).wouldCreateCycle(from.id(), to.id())) {
                return Optional.of(Messages.text("edit.refuse.loop", b, a));
            }
            return Optional.empty();
        }
    }
}
