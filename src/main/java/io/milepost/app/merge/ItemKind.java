package io.milepost.app.merge;

import io.milepost.app.edit.Change;
import io.milepost.model.Agreement;
import io.milepost.model.Commission;
import io.milepost.model.SessionDetails;
import io.milepost.model.Dependency;
import io.milepost.model.Milestone;
import io.milepost.model.Roadmap;
import io.milepost.model.RoadmapInfo;
import io.milepost.model.Sector;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * One kind of item of a roadmap as the merge sees it: where its list is, its id, what a planner calls it, and the
 * change that writes it. The order of {@link #ALL} is the order in which saves are written (what others refer to
 * first); removals are written in the reverse order. Sessions are one kind among the others here, so folding them into
 * meetings changes only this list.
 */
record ItemKind<T extends Record>(String name, Class<T> type, Function<Roadmap, List<T>> list, Function<T, UUID> id,
                                  Function<T, String> label, ChangeMaker<T> change) {

    /** Makes the change of one item from {@code before} to {@code after}; {@code at} places a removal. */
    @FunctionalInterface
    interface ChangeMaker<T> {
        Change make(T before, T after, int at);
    }

    static final ItemKind<RoadmapInfo> ROADMAP = new ItemKind<>("roadmap", RoadmapInfo.class,
            r -> List.of(r.info()), RoadmapInfo::id, RoadmapInfo::title, (b, a, at) -> new Change.OfInfo(b, a));
    static final ItemKind<Sector> SECTOR = new ItemKind<>("sector", Sector.class, Roadmap::sectors, Sector::id,
            Sector::name, Change::sector);
    static final ItemKind<Commission> COMMISSION = new ItemKind<>("commission", Commission.class,
            Roadmap::commissions, Commission::id, Commission::name, Change::commission);
    static final ItemKind<Milestone> MILESTONE = new ItemKind<>("milestone", Milestone.class, Roadmap::milestones,
            Milestone::id, Milestone::title, Change::milestone);
    static final ItemKind<SessionDetails> SESSION = new ItemKind<>("session", SessionDetails.class,
            Roadmap::sessions, SessionDetails::meetingId, s -> "session " + s.number(), Change::session);
    static final ItemKind<Dependency> DEPENDENCY = new ItemKind<>("dependency", Dependency.class,
            Roadmap::dependencies, Dependency::id, d -> d.type() + " link", Change::dependency);
    static final ItemKind<Agreement> AGREEMENT = new ItemKind<>("agreement", Agreement.class, Roadmap::agreements,
            Agreement::id, Agreement::title, Change::agreement);

    static final List<ItemKind<?>> ALL = List.of(ROADMAP, SECTOR, COMMISSION, MILESTONE, SESSION, DEPENDENCY,
            AGREEMENT);

    /** Builds a roadmap from one list per kind, in the order of {@link #ALL}. */
    static Roadmap roadmap(List<? extends List<?>> lists) {
        @SuppressWarnings("unchecked")
        Roadmap r = new Roadmap(((List<RoadmapInfo>) lists.get(0)).get(0), (List<Sector>) lists.get(1),
                (List<Commission>) lists.get(2), (List<SessionDetails>) lists.get(4),
                (List<Milestone>) lists.get(3), (List<Dependency>) lists.get(5), (List<Agreement>) lists.get(6));
        return r;
    }

    String labelOf(Object item) {
        return label.apply(type.cast(item));
    }

    UUID idOf(Object item) {
        return id.apply(type.cast(item));
    }

    Change changeOf(Object before, Object after, int at) {
        return change.make(type.cast(before), type.cast(after), at);
    }
}
