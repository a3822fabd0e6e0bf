package io.milepost.app.edit;

import io.milepost.i18n.Messages;
import io.milepost.model.Agreement;
import io.milepost.model.Commission;
import io.milepost.model.Dependency;
import io.milepost.model.Milestone;
import io.milepost.model.Roadmap;
import io.milepost.model.Sector;
import io.milepost.model.SessionDetails;
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

    /** One change of one item, named for the Edit menu ("Rename 'Halal trade JWG'"). */
    public static Edit of(String name, Change change) {
        return new Edit(name, List.of(change));
    }

    /** Removes an agreement (the milestones that carry it stay) as one step that undo puts back in its place. */
    public static Edit deleteAgreement(Roadmap roadmap, Agreement a) {
        return of(Messages.text("edit.delete", Names.shortened(a.title())), Change.agreement(a, null, roadmap.agreements().indexOf(a)));
    }

    /** Replaces one milestone with its edited self. */
    public static Edit updateMilestone(String name, Milestone before, Milestone after) {
        return new Edit(name, List.of(Change.milestone(before, after)));
    }

    public static Edit addDependency(Dependency d) {
        return new Edit(Messages.text("edit.linkItems"), List.of(Change.dependency(null, d)));
    }

    /**
     * Removes a milestone together with its dependencies, its session details and its place in agreements, as one
     * step.
     */
    public static Edit deleteMilestone(Roadmap roadmap, Milestone m) {
        Steps steps = new Steps(roadmap);
        for (Dependency d : roadmap.dependencies()) {
            if (d.predecessorId().equals(m.id()) || d.successorId().equals(m.id())) {
                steps.add(Change.dependency(d, null, steps.roadmap.dependencies().indexOf(d)));
            }
        }
        for (Agreement a : roadmap.agreements()) {
            if (a.milestoneIds().contains(m.id())) {
                steps.add(Change.agreement(a, a.withoutMilestone(m.id())));
            }
        }
        roadmap.sessionOf(m.id()).ifPresent(s -> steps.add(Change.session(s, null,
                steps.roadmap.sessions().indexOf(s))));
        steps.add(Change.milestone(m, null, steps.roadmap.milestones().indexOf(m)));
        return new Edit(Messages.text("edit.delete", Names.title(m)), steps.changes);
    }

    /**
     * Removes a commission as one step, naming what the document does with it on the way: its meetings' session
     * details go, its milestones keep no commission. Undo then brings all of it back, not the commission alone.
     */
    public static Edit deleteCommission(Roadmap roadmap, Commission c) {
        Steps steps = new Steps(roadmap);
        for (SessionDetails s : roadmap.sessionsOf(c.id())) {
            steps.add(Change.session(s, null, steps.roadmap.sessions().indexOf(s)));
        }
        for (Milestone m : roadmap.milestones()) {
            if (c.id().equals(m.commissionId())) {
                steps.add(Change.milestone(m, m.toBuilder().commissionId(null).build()));
            }
        }
        steps.add(Change.commission(c, null, steps.roadmap.commissions().indexOf(c)));
        return new Edit(Messages.text("edit.delete", Names.shortened(c.name())), steps.changes);
    }

    /**
     * Removes a sector as one step; agreements of the sector keep no sector. A sector that still has milestones is
     * refused by the document, so nothing is lost.
     */
    public static Edit deleteSector(Roadmap roadmap, Sector s) {
        Steps steps = new Steps(roadmap);
        for (Agreement a : roadmap.agreements()) {
            if (s.id().equals(a.sectorId())) {
                steps.add(Change.agreement(a, a.withSectorId(null)));
            }
        }
        steps.add(Change.sector(s, null, steps.roadmap.sectors().indexOf(s)));
        return new Edit(Messages.text("edit.delete", Names.shortened(s.name())), steps.changes);
    }

    /**
     * The changes of an edit in the making, each applied to a working copy of the roadmap, so that a removal
     * records where its item stands at that moment: the inverse, run backwards, then puts every item back in its
     * place.
     */
    private static final class Steps {
        private Roadmap roadmap;
        private final List<Change> changes = new ArrayList<>();

        Steps(Roadmap roadmap) {
            this.roadmap = roadmap;
        }

        void add(Change change) {
            changes.add(change);
            roadmap = change.applyTo(roadmap);
        }
    }
}
