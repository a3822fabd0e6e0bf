package io.milepost.ui;

import io.milepost.app.edit.Change;
import io.milepost.app.edit.Edit;
import io.milepost.model.Dependency;
import io.milepost.model.DependencyGraph;
import io.milepost.model.Milestone;
import io.milepost.model.PlanDate;
import io.milepost.model.Roadmap;
import io.milepost.ui.gantt.GanttEdit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Turns what a planner asked for on the chart into one undoable {@link Edit} of the document, named the way the
 * Edit menu says it ("Undo Move 'Business forum'"), or into a reason why not, in words a planner reads in the
 * status bar. Checks everything before anything is written: a link that would close a loop, dates outside
 * 1900–2200, an item that is gone.
 */
final class GanttEditTranslator {

    /** What to do with a request. */
    sealed interface Outcome {
        record Apply(Edit edit) implements Outcome {
        }

        record Refuse(String reason) implements Outcome {
        }

        /** The request changes nothing (an item dropped where it was). */
        record Unchanged() implements Outcome {
        }
    }

    private static final int TITLE_LENGTH = 48;

    private GanttEditTranslator() {
    }

    /** The edit for a {@link GanttEdit.Move}, {@link GanttEdit.SetPercent}, {@link GanttEdit.Link} or Delete. */
    static Outcome translate(GanttEdit request, Roadmap roadmap) {
        if (request instanceof GanttEdit.Move move) {
            return move(move, roadmap);
        }
        if (request instanceof GanttEdit.SetPercent pct) {
            return percent(pct, roadmap);
        }
        if (request instanceof GanttEdit.Link link) {
            return link(link, roadmap);
        }
        if (request instanceof GanttEdit.Delete delete) {
            return item(roadmap, delete.itemId())
                    .<Outcome>map(m -> new Outcome.Apply(Edit.deleteMilestone(roadmap, m))).orElse(gone());
        }
        return new Outcome.Unchanged();
    }

    private static Outcome move(GanttEdit.Move move, Roadmap roadmap) {
        Optional<Milestone> found = item(roadmap, move.itemId());
        if (found.isEmpty()) {
            return gone();
        }
        Milestone before = found.get();
        PlanDate start = move.newStart();
        PlanDate end = move.newEnd();
        if (!start.isWithinSaneRange() || end != null && !end.isWithinSaneRange()) {
            return new Outcome.Refuse("'" + title(before) + "' was not moved: dates must lie between "
                    + PlanDate.day(PlanDate.EARLIEST).label() + " and " + PlanDate.day(PlanDate.LATEST).label() + ".");
        }
        if (end != null && end.lastDay().isBefore(start.firstDay())) {
            return new Outcome.Refuse("'" + title(before) + "' was not changed: it would end before it starts.");
        }
        Milestone after = before.withDates(start, end);
        if (after.equals(before)) {
            return new Outcome.Unchanged();
        }
        boolean startMoved = !after.firstDay().equals(before.firstDay());
        boolean endMoved = !after.lastDay().equals(before.lastDay());
        String verb = startMoved && endMoved ? "Move" : startMoved ? "Change start of" : "Change end of";
        return new Outcome.Apply(Edit.updateMilestone(verb + " '" + title(before) + "'", before, after));
    }

    private static Outcome percent(GanttEdit.SetPercent pct, Roadmap roadmap) {
        return item(roadmap, pct.itemId()).<Outcome>map(before -> before.percentComplete() == pct.percent()
                ? new Outcome.Unchanged()
                : new Outcome.Apply(Edit.updateMilestone("Set '" + title(before) + "' to " + pct.percent()
                        + " % done", before, before.withPercentComplete(pct.percent())))).orElse(gone());
    }

    private static Outcome link(GanttEdit.Link link, Roadmap roadmap) {
        Optional<Milestone> from = item(roadmap, link.predecessorId());
        Optional<Milestone> to = item(roadmap, link.successorId());
        if (from.isEmpty() || to.isEmpty()) {
            return gone();
        }
        String a = title(from.get());
        String b = title(to.get());
        if (from.get().id().equals(to.get().id())) {
            return new Outcome.Refuse("An item cannot follow itself.");
        }
        for (Dependency d : roadmap.dependencies()) {
            if (d.predecessorId().equals(link.predecessorId()) && d.successorId().equals(link.successorId())) {
                return new Outcome.Refuse("'" + b + "' already follows '" + a + "'.");
            }
        }
        if (new DependencyGraph(roadmap.dependencies()).wouldCreateCycle(link.predecessorId(), link.successorId())) {
            return new Outcome.Refuse("Not linked: '" + b + "' already leads to '" + a
                    + "', so this link would make a loop.");
        }
        Dependency d = Dependency.finishToStart(link.predecessorId(), link.successorId());
        return new Outcome.Apply(new Edit("Link '" + a + "' → '" + b + "'",
                List.of(new Change.OfDependency(null, d))));
    }

    private static Optional<Milestone> item(Roadmap roadmap, UUID id) {
        return roadmap == null ? Optional.empty() : roadmap.milestone(Objects.requireNonNull(id));
    }

    private static Outcome gone() {
        return new Outcome.Refuse("That item is no longer in the roadmap.");
    }

    /** A title short enough for a menu item. */
    static String title(Milestone m) {
        String t = m.title().strip();
        if (t.length() <= TITLE_LENGTH) {
            return t;
        }
        String cut = t.substring(0, TITLE_LENGTH - 1);
        int space = cut.lastIndexOf(' ');
        return (space > TITLE_LENGTH / 2 ? cut.substring(0, space) : cut).strip() + "…";
    }
}
