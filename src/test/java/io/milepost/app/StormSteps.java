package io.milepost.app;

import io.milepost.app.edit.Change;
import io.milepost.app.edit.Edit;
import io.milepost.app.exchange.DocumentImport;
import io.milepost.app.exchange.ExportOptions;
import io.milepost.app.exchange.Imported;
import io.milepost.app.exchange.JsonExchange;
import io.milepost.app.merge.MergePlan;
import io.milepost.app.merge.Side;
import io.milepost.app.merge.ThreeWayMerge;
import io.milepost.model.Agreement;
import io.milepost.model.Commission;
import io.milepost.model.Dependency;
import io.milepost.model.Milestone;
import io.milepost.model.MilestoneKind;
import io.milepost.model.MilestoneStatus;
import io.milepost.model.Roadmap;
import io.milepost.model.Sector;
import io.milepost.model.SessionDetails;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * The planner's edits of a crash storm: step {@code n} of storm {@code seed} is a pure function of the roadmap it is
 * made on, the seed and {@code n}, so the test can replay what a killed process reported. Every kind of edit a
 * planner makes is among them — add, change and delete of milestones, dependencies, agreements, sectors, commissions
 * and sessions, a reorder, and (every so often) a merge import of a partner's JSON copy.
 */
final class StormSteps {

    /** The kinds of step, drawn uniformly; {@link #MERGE_IMPORT} only in storms that import. */
    enum Kind {
        ADD_MILESTONE, CHANGE_MILESTONE, DELETE_MILESTONE, ADD_DEPENDENCY, DELETE_DEPENDENCY, ADD_AGREEMENT,
        CHANGE_AGREEMENT, DELETE_AGREEMENT, ADD_SECTOR, RENAME_SECTOR, DELETE_SECTOR, ADD_COMMISSION,
        CHANGE_COMMISSION, DELETE_COMMISSION, ADD_SESSION, CHANGE_SESSION, DELETE_SESSION, REORDER, MERGE_IMPORT
    }

    private StormSteps() {
    }

    private static RandomRoadmaps generator(long seed, long n) {
        return new RandomRoadmaps(seed * 1_000_003L + n);
    }

    static Kind kind(long seed, long n) {
        Kind[] kinds = Kind.values();
        return kinds[generator(seed, n).random().nextInt(kinds.length)];
    }

    static boolean isImport(long seed, long n) {
        return kind(seed, n) == Kind.MERGE_IMPORT;
    }

    /** Step {@code n} as an edit of {@code r}; not for a {@link Kind#MERGE_IMPORT} step. */
    static Edit edit(Roadmap r, long seed, long n) {
        RandomRoadmaps g = generator(seed, n);
        SplittableRandom rnd = g.random();
        Kind kind = Kind.values()[rnd.nextInt(Kind.values().length)];
        return edit(r, kind, g);
    }

    private static Edit edit(Roadmap r, Kind kind, RandomRoadmaps g) {
        SplittableRandom rnd = g.random();
        List<Milestone> ms = r.milestones();
        if (r.sectors().isEmpty()) {
            return add(Change.sector(null, g.sector(0)));
        }
        switch (kind) {
            case CHANGE_MILESTONE -> {
                if (!ms.isEmpty()) {
                    Milestone m = g.pick(ms);
                    return new Edit("Change '" + m.title() + "'", List.of(Change.milestone(m, m.toBuilder()
                            .title(g.text()).status(g.pick(MilestoneStatus.values()))
                            .percentComplete(rnd.nextInt(0, 101)).remarks(g.maybe())
                            .tags(rnd.nextBoolean() ? List.of() : List.of(g.text())).build())));
                }
            }
            case DELETE_MILESTONE -> {
                if (ms.size() > 3) {
                    Milestone m = g.pick(ms);
                    return add(Change.milestone(m, null, ms.indexOf(m)));
                }
            }
            case ADD_DEPENDENCY -> {
                if (ms.size() > 1) {
                    Dependency d = g.dependency(ms);
                    if (!d.predecessorId().equals(d.successorId()) && RandomRoadmaps.canLink(r.dependencies(), d)) {
                        return add(Change.dependency(null, d));
                    }
                }
            }
            case DELETE_DEPENDENCY -> {
                if (!r.dependencies().isEmpty()) {
                    Dependency d = g.pick(r.dependencies());
                    return add(Change.dependency(d, null, r.dependencies().indexOf(d)));
                }
            }
            case ADD_AGREEMENT -> {
                return add(Change.agreement(null, g.agreement(r.sectors(), ms)));
            }
            case CHANGE_AGREEMENT -> {
                if (!r.agreements().isEmpty()) {
                    Agreement a = g.pick(r.agreements());
                    List<java.util.UUID> carried = new ArrayList<>(a.milestoneIds());
                    if (!ms.isEmpty() && !carried.contains(g.pick(ms).id())) {
                        carried.add(g.pick(ms).id());
                    }
                    carried = carried.stream().distinct().toList();
                    return add(Change.agreement(a, new Agreement(a.id(), a.kind(), g.text(), a.titleAlt(),
                            a.sectorId(), a.signed(), a.status(), g.maybe(), carried)));
                }
            }
            case DELETE_AGREEMENT -> {
                if (!r.agreements().isEmpty()) {
                    return Edit.deleteAgreement(r, g.pick(r.agreements()));
                }
            }
            case ADD_SECTOR -> {
                return add(Change.sector(null, g.sector(r.sectors().size())));
            }
            case RENAME_SECTOR -> {
                Sector s = g.pick(r.sectors());
                return add(Change.sector(s, new Sector(s.id(), g.text(), s.nameAlt(), s.color(), s.order())));
            }
            case DELETE_SECTOR -> {
                List<Sector> empty = r.sectors().stream()
                        .filter(s -> ms.stream().noneMatch(m -> m.sectorId().equals(s.id()))).toList();
                if (!empty.isEmpty() && r.sectors().size() > 1) {
                    Sector s = g.pick(empty);
                    return add(Change.sector(s, null, r.sectors().indexOf(s)));
                }
            }
            case ADD_COMMISSION -> {
                return add(Change.commission(null, g.commission()));
            }
            case CHANGE_COMMISSION -> {
                if (!r.commissions().isEmpty()) {
                    Commission c = g.pick(r.commissions());
                    return add(Change.commission(c, new Commission(c.id(), c.kind(), g.text(), c.nameAlt(),
                            g.maybe(), g.maybe(), g.maybe())));
                }
            }
            case DELETE_COMMISSION -> {
                if (!r.commissions().isEmpty()) {
                    Commission c = g.pick(r.commissions());
                    return add(Change.commission(c, null, r.commissions().indexOf(c)));
                }
            }
            case ADD_SESSION -> {
                if (!r.commissions().isEmpty()) {
                    Commission c = g.pick(r.commissions());
                    Milestone meeting = g.milestone(r.sectors(), r.commissions(), ms.size()).toBuilder()
                            .kind(MilestoneKind.MEETING).commissionId(c.id()).build();
                    SessionDetails details = g.session(meeting.id(), r.sessionsOf(c.id()).size() + 1);
                    return new Edit("Add session " + details.number(), List.of(
                            Change.milestone(null, meeting), Change.session(null, details)));
                }
            }
            case CHANGE_SESSION -> {
                if (!r.sessions().isEmpty()) {
                    SessionDetails s = g.pick(r.sessions());
                    return add(Change.session(s, new SessionDetails(s.meetingId(), s.number(), g.maybe(),
                            g.maybe())));
                }
            }
            case DELETE_SESSION -> {
                if (!r.sessions().isEmpty()) {
                    SessionDetails s = g.pick(r.sessions());
                    return add(Change.session(s, null, r.sessions().indexOf(s)));
                }
            }
            case REORDER -> {
                if (ms.size() > 1) {
                    Milestone a = g.pick(ms);
                    Milestone b = g.pick(ms);
                    if (!a.id().equals(b.id())) {
                        return new Edit("Reorder", List.of(
                                Change.milestone(a, a.toBuilder().order(b.order()).build()),
                                Change.milestone(b, b.toBuilder().order(a.order()).build())));
                    }
                }
            }
            default -> {
                // ADD_MILESTONE below, also where the drawn kind had nothing to work on
            }
        }
        return add(Change.milestone(null, g.milestone(r.sectors(), r.commissions(), ms.size())));
    }

    private static Edit add(Change change) {
        return Edit.of("Storm step", change);
    }

    /**
     * The partner's copy that merge-import step {@code n} brings in, as the exchange format's file: the roadmap with
     * one milestone renamed and one added, written by a partner never exchanged with before.
     */
    static void writePartnerCopy(Roadmap r, long seed, long n, Path json) throws IOException {
        RandomRoadmaps g = generator(seed, n);
        g.random().nextInt(Kind.values().length); // the kind, drawn as edit() draws it
        Roadmap theirs = r.withMilestone(g.milestone(r.sectors(), r.commissions(), r.milestones().size()));
        if (!r.milestones().isEmpty()) {
            Milestone m = g.pick(r.milestones());
            theirs = theirs.withMilestone(m.toBuilder().title(g.text()).build());
        }
        try (OutputStream out = Files.newOutputStream(json)) {
            new JsonExchange().write(theirs, new ExportOptions(false, Instant.EPOCH), out);
        }
    }

    static String partner(long n) {
        return "storm-partner-" + n;
    }

    /** What merge-import step {@code n} does to {@code r}: what {@code import --resolve theirs} applies. */
    static Roadmap afterImport(Roadmap r, long seed, long n, Path scratch) throws Exception {
        writePartnerCopy(r, seed, n, scratch);
        Imported imported = new JsonExchange().read(scratch, r);
        MergePlan plan = ThreeWayMerge.plan(Optional.empty(), r, imported.roadmap());
        MergePlan.Outcome outcome = plan.outcome(k -> Side.THEIRS);
        return plan.edit("Import", outcome).map(e -> e.applyTo(r)).orElse(r);
    }

    /** Runs merge-import step {@code n} into the (closed) document, as the command line's {@code import} would. */
    static void runImport(Roadmap r, long seed, long n, Path file, Path scratch) throws Exception {
        writePartnerCopy(r, seed, n, scratch);
        DocumentImport.run(scratch, file, new JsonExchange(), partner(n), Optional.of(Side.THEIRS), false);
    }
}
