package io.milepost.app.edit;

import io.milepost.model.Dependency;
import io.milepost.model.Milestone;
import io.milepost.model.Roadmap;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One undoable step of a planner ("Move 'Business forum'"): the changes it makes, in the order they are written.
 * Removals of dependants come before the removal of what they depend on, so the inverse (the same changes reversed
 * and swapped) restores the parent before its dependants.
 */
public record Edit(String name, List<Change> changes) {

    public Edit {
        Objects.requireNonNull(name, "name");
        changes = List.copyOf(changes);
        if (changes.isEmpty()) {
            throw new IllegalArgumentException("an edit changes something");
        }
    }

    public Edit inverse() {
        List<Change> inverted = new ArrayList<>(changes.size());
        for (int i = changes.size() - 1; i >= 0; i--) {
            inverted.add(changes.get(i).inverse());
        }
        return new Edit(name, inverted);
    }

    public Roadmap applyTo(Roadmap roadmap) {
        Roadmap r = roadmap;
        for (Change c : changes) {
            r = c.applyTo(r);
        }
        return r;
    }

    /** Replaces one milestone with its edited self. */
    public static Edit updateMilestone(String name, Milestone before, Milestone after) {
        return new Edit(name, List.of(new Change.OfMilestone(before, after)));
    }

    public static Edit addDependency(Dependency d) {
        return new Edit("Link items", List.of(new Change.OfDependency(null, d)));
    }

    /** Removes a milestone together with its dependencies and its place in agreements, as one step. */
    public static Edit deleteMilestone(Roadmap roadmap, Milestone m) {
        List<Change> changes = new ArrayList<>();
        for (Dependency d : roadmap.dependencies()) {
            if (d.predecessorId().equals(m.id()) || d.successorId().equals(m.id())) {
                changes.add(new Change.OfDependency(d, null));
            }
        }
        roadmap.agreements().stream().filter(a -> a.milestoneIds().contains(m.id())).forEach(a ->
                changes.add(new Change.OfAgreement(a, a.withoutMilestone(m.id()))));
        changes.add(new Change.OfMilestone(m, null));
        return new Edit("Delete '" + m.title() + "'", changes);
    }
}
