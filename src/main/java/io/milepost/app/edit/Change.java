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
import java.util.UUID;
import java.util.function.Function;

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

    /**
     * What a change needs to know of a kind of item: its id, how the document saves and deletes one, and how the
     * roadmap takes one in, puts one back at its place, and lets one go. One constant per kind; every change of every
     * kind is an {@link Of} of one.
     */
    final class Kind<T> {
        @FunctionalInterface
        interface Save<T> {
            void save(DocumentWriter w, T item) throws DocumentException;
        }

        @FunctionalInterface
        interface Delete {
            void delete(DocumentWriter w, UUID id) throws DocumentException;
        }

        @FunctionalInterface
        interface PutAt<T> {
            Roadmap put(Roadmap r, int at, T item);
        }

        @FunctionalInterface
        interface Put<T> {
            Roadmap put(Roadmap r, T item);
        }

        @FunctionalInterface
        interface Remove {
            Roadmap remove(Roadmap r, UUID id);
        }

        public static final Kind<Milestone> MILESTONE = new Kind<>(Milestone::id, DocumentWriter::saveMilestone,
                DocumentWriter::deleteMilestone, Roadmap::withMilestone, Roadmap::withMilestoneAt,
                Roadmap::withoutMilestone);
        public static final Kind<Dependency> DEPENDENCY = new Kind<>(Dependency::id, DocumentWriter::saveDependency,
                DocumentWriter::deleteDependency, Roadmap::withDependency, Roadmap::withDependencyAt,
                Roadmap::withoutDependency);
        public static final Kind<Agreement> AGREEMENT = new Kind<>(Agreement::id, DocumentWriter::saveAgreement,
                DocumentWriter::deleteAgreement, Roadmap::withAgreement, Roadmap::withAgreementAt,
                Roadmap::withoutAgreement);
        public static final Kind<Sector> SECTOR = new Kind<>(Sector::id, DocumentWriter::saveSector,
                DocumentWriter::deleteSector, Roadmap::withSector, Roadmap::withSectorAt, Roadmap::withoutSector);
        public static final Kind<Commission> COMMISSION = new Kind<>(Commission::id, DocumentWriter::saveCommission,
                DocumentWriter::deleteCommission, Roadmap::withCommission, Roadmap::withCommissionAt,
                Roadmap::withoutCommission);
        /** A meeting's session details (the meeting itself is a {@link #MILESTONE}). */
        public static final Kind<SessionDetails> SESSION = new Kind<>(SessionDetails::meetingId,
                DocumentWriter::saveSession, DocumentWriter::deleteSession, Roadmap::withSession,
                Roadmap::withSessionAt, Roadmap::withoutSession);

        private final Function<T, UUID> id;
        private final Save<T> save;
        private final Delete delete;
        private final Put<T> put;
        private final PutAt<T> putAt;
        private final Remove remove;

        private Kind(Function<T, UUID> id, Save<T> save, Delete delete, Put<T> put, PutAt<T> putAt, Remove remove) {
            this.id = id;
            this.save = save;
            this.delete = delete;
            this.put = put;
            this.putAt = putAt;
            this.remove = remove;
        }
    }

    /** An item of a kind going from {@code before} to {@code after}, removed from or restored to {@code at}. */
    record Of<T>(Kind<T> kind, T before, T after, int at) implements Change {

        public Change inverse() {
            return new Of<>(kind, after, before, at);
        }

        public void write(DocumentWriter w) throws DocumentException {
            if (after == null) {
                kind.delete.delete(w, kind.id.apply(before));
            } else {
                kind.save.save(w, after);
            }
        }

        public Roadmap applyTo(Roadmap r) {
            if (after == null) {
                return kind.remove.remove(r, kind.id.apply(before));
            }
            // A removal undone puts the item back where it stood.
            return before == null && at >= 0 ? kind.putAt.put(r, at, after) : kind.put.put(r, after);
        }

        /** True when this adds a new item of the kind. */
        public boolean adds(Kind<?> k) {
            return kind == k && before == null && after != null;
        }
    }

    /** The roadmap's own record: title, parties, period, languages. */
    record OfInfo(RoadmapInfo before, RoadmapInfo after) implements Change {
        public Change inverse() { return new OfInfo(after, before); }

        public void write(DocumentWriter w) throws DocumentException { w.saveInfo(after); }

        public Roadmap applyTo(Roadmap r) { return r.withInfo(after); }
    }

    static Change milestone(Milestone before, Milestone after) { return new Of<>(Kind.MILESTONE, before, after, -1); }

    static Change milestone(Milestone before, Milestone after, int at) {
        return new Of<>(Kind.MILESTONE, before, after, at);
    }

    static Change dependency(Dependency before, Dependency after) {
        return new Of<>(Kind.DEPENDENCY, before, after, -1);
    }

    static Change dependency(Dependency before, Dependency after, int at) {
        return new Of<>(Kind.DEPENDENCY, before, after, at);
    }

    static Change agreement(Agreement before, Agreement after) { return new Of<>(Kind.AGREEMENT, before, after, -1); }

    static Change agreement(Agreement before, Agreement after, int at) {
        return new Of<>(Kind.AGREEMENT, before, after, at);
    }

    static Change sector(Sector before, Sector after) { return new Of<>(Kind.SECTOR, before, after, -1); }

    static Change sector(Sector before, Sector after, int at) { return new Of<>(Kind.SECTOR, before, after, at); }

    static Change commission(Commission before, Commission after) {
        return new Of<>(Kind.COMMISSION, before, after, -1);
    }

    static Change commission(Commission before, Commission after, int at) {
        return new Of<>(Kind.COMMISSION, before, after, at);
    }

    static Change session(SessionDetails before, SessionDetails after) {
        return new Of<>(Kind.SESSION, before, after, -1);
    }

    static Change session(SessionDetails before, SessionDetails after, int at) {
        return new Of<>(Kind.SESSION, before, after, at);
    }
}
