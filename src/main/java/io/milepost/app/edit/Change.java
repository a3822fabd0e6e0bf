package io.milepost.app.edit;

import io.milepost.model.Agreement;
import io.milepost.model.Commission;
import io.milepost.model.Dependency;
import io.milepost.model.Milestone;
import io.milepost.model.Roadmap;
import io.milepost.model.RoadmapInfo;
import io.milepost.model.Sector;
import io.milepost.model.SessionDetails;
import io.milepost.store.DocumentException;
import io.milepost.store.DocumentWriter;

/**
 * One item going from {@code before} to {@code after}: {@code before == null} adds it, {@code after == null} removes
 * it. Because a change holds both states, its inverse is just the two swapped, which is all undo needs.
 * <p>
 * A removal may carry {@code at}, the item's place in its list when it was removed ({@code -1}: not known); the
 * inverse puts the item back there, so undoing a removal restores the roadmap exactly, order included. The document
 * keeps the place of a removed row by itself.
 */
public sealed interface Change {

    Change inverse();

    /** Writes the new state into the document (inside the caller's transaction). */
    void write(DocumentWriter writer) throws DocumentException;

    /** The roadmap with the new state. */
    Roadmap applyTo(Roadmap roadmap);

    /** A removal of an item that stood at {@code at}: its inverse puts it back there. */
    static boolean isRestore(Object before, Object after, int at) {
        return before == null && after != null && at >= 0;
    }

    record OfMilestone(Milestone before, Milestone after, int at) implements Change {
        public OfMilestone(Milestone before, Milestone after) { this(before, after, -1); }

        public Change inverse() { return new OfMilestone(after, before, at); }

        public void write(DocumentWriter w) throws DocumentException {
            if (after == null) { w.deleteMilestone(before.id()); } else { w.saveMilestone(after); }
        }

        public Roadmap applyTo(Roadmap r) {
            if (after == null) {
                return r.withoutMilestone(before.id());
            }
            return Change.isRestore(before, after, at) ? r.withMilestoneAt(at, after) : r.withMilestone(after);
        }
    }

    record OfDependency(Dependency before, Dependency after, int at) implements Change {
        public OfDependency(Dependency before, Dependency after) { this(before, after, -1); }

        public Change inverse() { return new OfDependency(after, before, at); }

        public void write(DocumentWriter w) throws DocumentException {
            if (after == null) { w.deleteDependency(before.id()); } else { w.saveDependency(after); }
        }

        public Roadmap applyTo(Roadmap r) {
            if (after == null) {
                return r.withoutDependency(before.id());
            }
            return Change.isRestore(before, after, at) ? r.withDependencyAt(at, after) : r.withDependency(after);
        }
    }

    record OfAgreement(Agreement before, Agreement after, int at) implements Change {
        public OfAgreement(Agreement before, Agreement after) { this(before, after, -1); }

        public Change inverse() { return new OfAgreement(after, before, at); }

        public void write(DocumentWriter w) throws DocumentException {
            if (after == null) { w.deleteAgreement(before.id()); } else { w.saveAgreement(after); }
        }

        public Roadmap applyTo(Roadmap r) {
            if (after == null) {
                return r.withoutAgreement(before.id());
            }
            return Change.isRestore(before, after, at) ? r.withAgreementAt(at, after) : r.withAgreement(after);
        }
    }

    record OfSector(Sector before, Sector after, int at) implements Change {
        public OfSector(Sector before, Sector after) { this(before, after, -1); }

        public Change inverse() { return new OfSector(after, before, at); }

        public void write(DocumentWriter w) throws DocumentException {
            if (after == null) { w.deleteSector(before.id()); } else { w.saveSector(after); }
        }

        public Roadmap applyTo(Roadmap r) {
            if (after == null) {
                return r.withoutSector(before.id());
            }
            return Change.isRestore(before, after, at) ? r.withSectorAt(at, after) : r.withSector(after);
        }
    }

    record OfCommission(Commission before, Commission after, int at) implements Change {
        public OfCommission(Commission before, Commission after) { this(before, after, -1); }

        public Change inverse() { return new OfCommission(after, before, at); }

        public void write(DocumentWriter w) throws DocumentException {
            if (after == null) { w.deleteCommission(before.id()); } else { w.saveCommission(after); }
        }

        public Roadmap applyTo(Roadmap r) {
            if (after == null) {
                return r.withoutCommission(before.id());
            }
            return Change.isRestore(before, after, at) ? r.withCommissionAt(at, after) : r.withCommission(after);
        }
    }

    /** A meeting's session details (the meeting itself is an {@link OfMilestone}). */
    record OfSession(SessionDetails before, SessionDetails after, int at) implements Change {
        public OfSession(SessionDetails before, SessionDetails after) { this(before, after, -1); }

        public Change inverse() { return new OfSession(after, before, at); }

        public void write(DocumentWriter w) throws DocumentException {
            if (after == null) { w.deleteSession(before.meetingId()); } else { w.saveSession(after); }
        }

        public Roadmap applyTo(Roadmap r) {
            if (after == null) {
                return r.withoutSession(before.meetingId());
            }
            return Change.isRestore(before, after, at) ? r.withSessionAt(at, after) : r.withSession(after);
        }
    }

    record OfInfo(RoadmapInfo before, RoadmapInfo after) implements Change {
        public Change inverse() { return new OfInfo(after, before); }

        public void write(DocumentWriter w) throws DocumentException { w.saveInfo(after); }

        public Roadmap applyTo(Roadmap r) { return r.withInfo(after); }
    }
}
