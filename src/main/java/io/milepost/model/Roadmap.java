package io.milepost.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A whole roadmap, immutable: what it is, its sectors, commissions, milestones (a commission's sessions are its
 * meetings, with their {@link SessionDetails} beside them), dependencies and agreements. Edits return a new roadmap; the lists of the old one are never touched, so a chart or a view can keep
 * reading the roadmap it was given while an edit is made.
 */
public final class Roadmap {

    private final RoadmapInfo info;
    private final List<Sector> sectors;
    private final List<Commission> commissions;
    private final List<SessionDetails> sessions;
    private final List<Milestone> milestones;
    private final List<Dependency> dependencies;
    private final List<Agreement> agreements;

    // Built on first look-up. Where each milestone stands in the list, by id: an edit that replaces a milestone in
    // place keeps every position, so the roadmap it makes shares this index instead of building it again.
    private volatile Map<UUID, Integer> milestonePositions;
    private volatile Map<UUID, Sector> sectorIndex;
    // The milestones sorted and grouped once per roadmap: a drag in the table asks on every mouse move.
    private volatile Map<UUID, List<Milestone>> bySector;

    public Roadmap(RoadmapInfo info, List<Sector> sectors, List<Commission> commissions,
                   List<SessionDetails> sessions, List<Milestone> milestones, List<Dependency> dependencies,
                   List<Agreement> agreements) {
        this.info = Objects.requireNonNull(info, "info");
        this.sectors = List.copyOf(sectors);
        this.commissions = List.copyOf(commissions);
        this.sessions = List.copyOf(sessions);
        this.milestones = List.copyOf(milestones);
        this.dependencies = List.copyOf(dependencies);
        this.agreements = List.copyOf(agreements);
    }

    public static Roadmap empty(RoadmapInfo info) {
        return new Roadmap(info, List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    public RoadmapInfo info() { return info; }
    public List<Sector> sectors() { return sectors; }
    public List<Commission> commissions() { return commissions; }
    public List<SessionDetails> sessions() { return sessions; }
    public List<Milestone> milestones() { return milestones; }
    public List<Dependency> dependencies() { return dependencies; }
    public List<Agreement> agreements() { return agreements; }

    public Optional<Milestone> milestone(UUID id) {
        Integer at = milestonePositions().get(id);
        return at == null ? Optional.empty() : Optional.of(milestones.get(at));
    }

    private Map<UUID, Integer> milestonePositions() {
        Map<UUID, Integer> index = milestonePositions;
        if (index == null) {
            index = new HashMap<>(milestones.size() * 2);
            for (int i = 0; i < milestones.size(); i++) {
                index.put(milestones.get(i).id(), i);
            }
            milestonePositions = index;
        }
        return index;
    }

    public Optional<Sector> sector(UUID id) {
        Map<UUID, Sector> index = sectorIndex;
        if (index == null) {
            index = indexBy(sectors, Sector::id);
            sectorIndex = index;
        }
        return Optional.ofNullable(index.get(id));
    }

    public Optional<Commission> commission(UUID id) {
        return commissions.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** The sectors in their display order. */
    public List<Sector> sectorsInOrder() {
        return sectors.stream().sorted(Comparator.comparingInt(Sector::order).thenComparing(Sector::name)).toList();
    }

    /** The milestones of each sector, each list in display order (by order, then start). */
    public Map<UUID, List<Milestone>> milestonesBySector() {
        Map<UUID, List<Milestone>> m = bySector;
        if (m == null) {
            Map<UUID, List<Milestone>> grouped = milestones.stream()
                    .sorted(Comparator.comparingInt(Milestone::order).thenComparing(Milestone::start))
                    .collect(Collectors.groupingBy(Milestone::sectorId, HashMap::new, Collectors.toList()));
            grouped.replaceAll((sector, items) -> Collections.unmodifiableList(items));
            m = Collections.unmodifiableMap(grouped);
            bySector = m;
        }
        return m;
    }

    /** The session details of a meeting, if the meeting is a commission's session. */
    public Optional<SessionDetails> sessionOf(UUID meetingId) {
        return sessions.stream().filter(s -> s.meetingId().equals(meetingId)).findFirst();
    }

    /** The sessions of one commission (its meetings' details), by number. */
    public List<SessionDetails> sessionsOf(UUID commissionId) {
        return sessions.stream()
                .filter(s -> milestone(s.meetingId()).map(m -> commissionId.equals(m.commissionId())).orElse(false))
                .sorted(Comparator.comparingInt(SessionDetails::number)).toList();
    }

    public Roadmap withInfo(RoadmapInfo newInfo) {
        return new Roadmap(newInfo, sectors, commissions, sessions, milestones, dependencies, agreements);
    }

    /** Adds the milestone, or replaces the one with the same id in place. */
    public Roadmap withMilestone(Milestone m) {
        Map<UUID, Integer> positions = milestonePositions();
        Integer at = positions.get(m.id());
        if (at == null) {
            List<Milestone> more = new ArrayList<>(milestones);
            more.add(m);
            return new Roadmap(info, sectors, commissions, sessions, more, dependencies, agreements);
        }
        List<Milestone> copy = new ArrayList<>(milestones);
        copy.set(at, m);
        Roadmap changed = new Roadmap(info, sectors, commissions, sessions, copy, dependencies, agreements);
        changed.milestonePositions = positions; // the same ids at the same places
        return changed;
    }

    /** Removes the milestone and every dependency that touches it; agreements forget it. */
    public Roadmap withoutMilestone(UUID id) {
        List<Milestone> ms = milestones.stream().filter(m -> !m.id().equals(id)).toList();
        List<Dependency> ds = dependencies.stream()
                .filter(d -> !d.predecessorId().equals(id) && !d.successorId().equals(id)).toList();
        List<Agreement> as = agreements.stream().map(a -> a.milestoneIds().contains(id) ? a.withoutMilestone(id) : a)
                .toList();
        List<SessionDetails> ss = sessions.stream().filter(s -> !s.meetingId().equals(id)).toList();
        return new Roadmap(info, sectors, commissions, ss, ms, ds, as);
    }

    public Roadmap withDependency(Dependency d) {
        return new Roadmap(info, sectors, commissions, sessions, milestones, upsert(dependencies, d, Dependency::id),
                agreements);
    }

    public Roadmap withoutDependency(UUID id) {
        return new Roadmap(info, sectors, commissions, sessions, milestones,
                dependencies.stream().filter(d -> !d.id().equals(id)).toList(), agreements);
    }

    public Roadmap withSector(Sector s) {
        return new Roadmap(info, upsert(sectors, s, Sector::id), commissions, sessions, milestones, dependencies,
                agreements);
    }

    public Roadmap withCommission(Commission c) {
        return new Roadmap(info, sectors, upsert(commissions, c, Commission::id), sessions, milestones, dependencies,
                agreements);
    }

    public Roadmap withSession(SessionDetails s) {
        return new Roadmap(info, sectors, commissions, upsert(sessions, s, SessionDetails::meetingId), milestones,
                dependencies, agreements);
    }

    public Roadmap withAgreement(Agreement a) {
        return new Roadmap(info, sectors, commissions, sessions, milestones, dependencies,
                upsert(agreements, a, Agreement::id));
    }

    /** Removes the sector; agreements of that sector keep no sector, as the document does. */
    public Roadmap withoutSector(UUID id) {
        List<Agreement> as = agreements.stream().map(a -> id.equals(a.sectorId()) ? a.withSectorId(null) : a)
                .toList();
        return new Roadmap(info, sectors.stream().filter(s -> !s.id().equals(id)).toList(), commissions, sessions,
                milestones, dependencies, as);
    }

    /**
     * Removes the commission; its milestones keep no commission and its meetings stop being sessions (their session
     * details go), as the document does.
     */
    public Roadmap withoutCommission(UUID id) {
        List<Milestone> ms = milestones.stream()
                .map(m -> id.equals(m.commissionId()) ? m.toBuilder().commissionId(null).build() : m).toList();
        List<SessionDetails> ss = sessions.stream()
                .filter(s -> milestone(s.meetingId()).map(m -> !id.equals(m.commissionId())).orElse(true)).toList();
        return new Roadmap(info, sectors, commissions.stream().filter(c -> !c.id().equals(id)).toList(), ss, ms,
                dependencies, agreements);
    }

    /** Removes the session details of a meeting; the meeting stays. */
    public Roadmap withoutSession(UUID meetingId) {
        return new Roadmap(info, sectors, commissions,
                sessions.stream().filter(s -> !s.meetingId().equals(meetingId)).toList(), milestones, dependencies,
                agreements);
    }

    public Roadmap withoutAgreement(UUID id) {
        return new Roadmap(info, sectors, commissions, sessions, milestones, dependencies,
                agreements.stream().filter(a -> !a.id().equals(id)).toList());
    }

    /**
     * Puts a removed item back at {@code index} of its list (as undo of a removal does), or at the end when the list
     * has grown shorter than that.
     */
    public Roadmap withMilestoneAt(int index, Milestone m) {
        return new Roadmap(info, sectors, commissions, sessions, insertAt(milestones, index, m), dependencies,
                agreements);
    }

    public Roadmap withDependencyAt(int index, Dependency d) {
        return new Roadmap(info, sectors, commissions, sessions, milestones, insertAt(dependencies, index, d),
                agreements);
    }

    public Roadmap withSessionAt(int index, SessionDetails s) {
        return new Roadmap(info, sectors, commissions, insertAt(sessions, index, s), milestones, dependencies,
                agreements);
    }

    public Roadmap withAgreementAt(int index, Agreement a) {
        return new Roadmap(info, sectors, commissions, sessions, milestones, dependencies,
                insertAt(agreements, index, a));
    }

    public Roadmap withSectorAt(int index, Sector s) {
        return new Roadmap(info, insertAt(sectors, index, s), commissions, sessions, milestones, dependencies,
                agreements);
    }

    public Roadmap withCommissionAt(int index, Commission c) {
        return new Roadmap(info, sectors, insertAt(commissions, index, c), sessions, milestones, dependencies,
                agreements);
    }

    private static <T> List<T> insertAt(List<T> list, int index, T item) {
        List<T> copy = new ArrayList<>(list);
        copy.add(Math.max(0, Math.min(index, copy.size())), item);
        return copy;
    }

    private static <T> List<T> upsert(List<T> list, T item, Function<T, UUID> id) {
        List<T> copy = new ArrayList<>(list);
        UUID key = id.apply(item);
        for (int i = 0; i < copy.size(); i++) {
            if (id.apply(copy.get(i)).equals(key)) {
                copy.set(i, item);
                return copy;
            }
        }
        copy.add(item);
        return copy;
    }

    private static <T> Map<UUID, T> indexBy(List<T> items, Function<T, UUID> id) {
        Map<UUID, T> map = new HashMap<>(items.size() * 2);
        for (T t : items) {
            map.put(id.apply(t), t);
        }
        return map;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Roadmap r && info.equals(r.info) && sectors.equals(r.sectors)
                && commissions.equals(r.commissions) && sessions.equals(r.sessions)
                && milestones.equals(r.milestones) && dependencies.equals(r.dependencies)
                && agreements.equals(r.agreements);
    }

    @Override
    public int hashCode() {
        return Objects.hash(info, sectors, commissions, sessions, milestones, dependencies, agreements);
    }

    @Override
    public String toString() {
        return "Roadmap[" + info.title() + ": " + sectors.size() + " sectors, " + milestones.size() + " milestones, "
                + dependencies.size() + " dependencies]";
    }
}
