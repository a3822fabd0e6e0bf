package io.milepost.app.edit;

import io.milepost.model.Agreement;
import io.milepost.model.Commission;
import io.milepost.model.CommissionSession;
import io.milepost.model.Dependency;
import io.milepost.model.Milestone;
import io.milepost.model.Roadmap;
import io.milepost.model.RoadmapInfo;
import io.milepost.model.Sector;
import io.milepost.store.DocumentException;
import io.milepost.store.DocumentWriter;

/**
 * One item going from {@code before} to {@code after}: {@code before == null} adds it, {@code after == null} removes
 * it. Because a change holds both states, its inverse is just the two swapped, which is all undo needs.
 */
public sealed interface Change {

    Change inverse();

    /** Writes the new state into the document (inside the caller's transaction). */
    void write(DocumentWriter writer) throws DocumentException;

    /** The roadmap with the new state. */
    Roadmap applyTo(Roadmap roadmap);

    record OfMilestone(Milestone before, Milestone after) implements Change {
        public Change inverse() { return new OfMilestone(after, before); }

        public void write(DocumentWriter w) throws DocumentException {
            if (after == null) { w.deleteMilestone(before.id()); } else { w.saveMilestone(after); }
        }

        public Roadmap applyTo(Roadmap r) {
            return after == null ? r.withoutMilestone(before.id()) : r.withMilestone(after);
        }
    }

    record OfDependency(Dependency before, Dependency after) implements Change {
        public Change inverse() { return new OfDependency(after, before); }

        public void write(DocumentWriter w) throws DocumentException {
            if (after == null) { w.deleteDependency(before.id()); } else { w.saveDependency(after); }
        }

        public Roadmap applyTo(Roadmap r) {
            return after == null ? r.withoutDependency(before.id()) : r.withDependency(after);
        }
    }

    record OfAgreement(Agreement before, Agreement after) implements Change {
        public Change inverse() { return new OfAgreement(after, before); }

        public void write(DocumentWriter w) throws DocumentException {
            if (after == null) { w.deleteAgreement(before.id()); } else { w.saveAgreement(after); }
        }

        public Roadmap applyTo(Roadmap r) {
            return after == null ? r.withoutAgreement(before.id()) : r.withAgreement(after);
        }
    }

    record OfSector(Sector before, Sector after) implements Change {
        public Change inverse() { return new OfSector(after, before); }

        public void write(DocumentWriter w) throws DocumentException {
            if (after == null) { w.deleteSector(before.id()); } else { w.saveSector(after); }
        }

        public Roadmap applyTo(Roadmap r) {
            return after == null ? r.withoutSector(before.id()) : r.withSector(after);
        }
    }

    record OfCommission(Commission before, Commission after) implements Change {
        public Change inverse() { return new OfCommission(after, before); }

        public void write(DocumentWriter w) throws DocumentException {
            if (after == null) { w.deleteCommission(before.id()); } else { w.saveCommission(after); }
        }

        public Roadmap applyTo(Roadmap r) {
            return after == null ? r.withoutCommission(before.id()) : r.withCommission(after);
        }
    }

    record OfSession(CommissionSession before, CommissionSession after) implements Change {
        public Change inverse() { return new OfSession(after, before); }

        public void write(DocumentWriter w) throws DocumentException {
            if (after == null) { w.deleteSession(before.id()); } else { w.saveSession(after); }
        }

        public Roadmap applyTo(Roadmap r) {
            return after == null ? r.withoutSession(before.id()) : r.withSession(after);
        }
    }

    record OfInfo(RoadmapInfo before, RoadmapInfo after) implements Change {
        public Change inverse() { return new OfInfo(after, before); }

        public void write(DocumentWriter w) throws DocumentException { w.saveInfo(after); }

        public Roadmap applyTo(Roadmap r) { return r.withInfo(after); }
    }
}
