package io.milepost.app;

import io.milepost.model.Agreement;
import io.milepost.model.AgreementKind;
import io.milepost.model.AgreementStatus;
import io.milepost.model.Commission;
import io.milepost.model.CommissionKind;
import io.milepost.model.SessionDetails;
import io.milepost.model.DatePrecision;
import io.milepost.model.Dependency;
import io.milepost.model.DependencyGraph;
import io.milepost.model.DependencyType;
import io.milepost.model.Milestone;
import io.milepost.model.MilestoneKind;
import io.milepost.model.MilestoneStatus;
import io.milepost.model.PlanDate;
import io.milepost.model.Roadmap;
import io.milepost.model.RoadmapInfo;
import io.milepost.model.Sector;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Random roadmaps that pass every rule of the model, each a pure function of its seed, for round trips through the
 * exchange formats and for the merge's property test: titles in Latin, Cyrillic and Urdu with quotes, markup and
 * emoji; dates of every precision; links without loops; agreements carried by milestones.
 */
public final class RandomRoadmaps {

    private static final String[] WORDS = {"Joint", "commission", "session", "halal", "trade", "Minsk", "Islamabad",
        "МоВ", "соглашение", "Беларусь", "پاکستان", "تجارت", "<b>", "&amp;", "\"quoted\"", "it's", "=SUM(A1)",
        "🌍", "—", "Q3", "tab\there", "line\nbreak"};

    private final SplittableRandom r;

    public RandomRoadmaps(long seed) {
        r = new SplittableRandom(seed);
    }

    public static Roadmap generate(long seed, int milestones) {
        return new RandomRoadmaps(seed).roadmap(milestones);
    }

    public Roadmap roadmap(int milestoneCount) {
        RoadmapInfo info = new RoadmapInfo(uuid(), text(), maybe(), "Pakistan", "Belarus", LocalDate.of(2025, 1, 1),
                LocalDate.of(2027, 12, 31), maybe(), "en", r.nextBoolean() ? "ru" : null);
        List<Sector> sectors = new ArrayList<>();
        for (int i = 0, n = r.nextInt(1, 6); i < n; i++) {
            sectors.add(sector(i));
        }
        List<Commission> commissions = new ArrayList<>();
        for (int i = 0, n = r.nextInt(0, 3); i < n; i++) {
            commissions.add(commission());
        }
        List<Milestone> milestones = new ArrayList<>();
        for (int i = 0; i < milestoneCount; i++) {
            milestones.add(milestone(sectors, commissions, i));
        }
        List<SessionDetails> sessions = new ArrayList<>();
        int number = 0;
        for (Milestone m : milestones) {
            if (m.kind() == MilestoneKind.MEETING && m.commissionId() != null && r.nextBoolean()) {
                sessions.add(session(m.id(), ++number));
            }
        }
        List<Dependency> deps = new ArrayList<>();
        if (milestones.size() > 1) {
            for (int i = 0, n = r.nextInt(0, milestones.size()); i < n; i++) {
                Dependency d = dependency(milestones);
                if (canLink(deps, d)) {
                    deps.add(d);
                }
            }
        }
        List<Agreement> agreements = new ArrayList<>();
        for (int i = 0, n = r.nextInt(0, 4); i < n; i++) {
            agreements.add(agreement(sectors, milestones));
        }
        return new Roadmap(info, sectors, commissions, sessions, milestones, deps, agreements);
    }

    public Sector sector(int order) {
        return new Sector(uuid(), text(), maybe(), String.format("#%06x", r.nextInt(0x1000000)), order);
    }

    public Commission commission() {
        return new Commission(uuid(), pick(CommissionKind.values()), text(), maybe(), maybe(), maybe(), maybe());
    }

    /** The session details of a meeting of a commission. */
    public SessionDetails session(UUID meeting, int number) {
        return new SessionDetails(meeting, number, maybe(), maybe());
    }

    public Milestone milestone(List<Sector> sectors, List<Commission> commissions, int order) {
        PlanDate start = planDate();
        boolean ongoing = r.nextInt(8) == 0;
        PlanDate end = ongoing || r.nextBoolean() ? null : later(start);
        LocalDate bs = r.nextBoolean() ? null : start.firstDay();
        return Milestone.builder().id(uuid()).kind(pick(MilestoneKind.values())).title(text()).titleAlt(maybe())
                .description(maybe()).sectorId(pick(sectors).id())
                .commissionId(commissions.isEmpty() || r.nextBoolean() ? null : pick(commissions).id())
                .start(start).end(end).ongoing(ongoing).status(pick(MilestoneStatus.values()))
                .percentComplete(r.nextInt(0, 101)).leadAgencyA(maybe()).leadAgencyB(maybe())
                .baselineStart(bs).baselineEnd(bs == null || r.nextBoolean() ? null : bs.plusDays(r.nextInt(0, 400)))
                .expectedOutcome(maybe()).remarks(maybe()).tags(r.nextBoolean() ? List.of() : List.of(word(), word()))
                .order(order).build();
    }

    public Dependency dependency(List<Milestone> milestones) {
        return new Dependency(uuid(), pick(milestones).id(), pick(milestones).id(), pick(DependencyType.values()),
                r.nextInt(-10, 30));
    }

    public Agreement agreement(List<Sector> sectors, List<Milestone> milestones) {
        List<UUID> carried = new ArrayList<>();
        for (int i = 0, n = milestones.isEmpty() ? 0 : r.nextInt(0, 3); i < n; i++) {
            UUID m = pick(milestones).id();
            if (!carried.contains(m)) {
                carried.add(m);
            }
        }
        return new Agreement(uuid(), pick(AgreementKind.values()), text(), maybe(),
                r.nextInt(3) == 0 ? null : pick(sectors).id(), r.nextBoolean() ? null : day(),
                pick(AgreementStatus.values()), maybe(), carried);
    }

    /** Whether the link may join the others: not onto itself, not twice, not closing a loop. */
    public static boolean canLink(List<Dependency> existing, Dependency d) {
        Set<String> pairs = new HashSet<>();
        existing.forEach(e -> pairs.add(e.predecessorId() + ">" + e.successorId()));
        return !pairs.contains(d.predecessorId() + ">" + d.successorId())
                && !new DependencyGraph(existing).wouldCreateCycle(d.predecessorId(), d.successorId());
    }

    public SplittableRandom random() {
        return r;
    }

    public UUID uuid() {
        return new UUID(r.nextLong(), r.nextLong());
    }

    public String text() {
        StringBuilder sb = new StringBuilder(word());
        for (int i = 0, n = r.nextInt(0, 5); i < n; i++) {
            sb.append(' ').append(word());
        }
        return sb.toString();
    }

    public String maybe() {
        return r.nextInt(3) == 0 ? null : text();
    }

    public PlanDate planDate() {
        return new PlanDate(day(), pick(DatePrecision.values()));
    }

    public <T> T pick(T[] values) {
        return values[r.nextInt(values.length)];
    }

    public <T> T pick(List<T> values) {
        return values.get(r.nextInt(values.size()));
    }

    private PlanDate later(PlanDate start) {
        return new PlanDate(start.lastDay().plusDays(r.nextInt(0, 500)), pick(DatePrecision.values()));
    }

    private String word() {
        return WORDS[r.nextInt(WORDS.length)];
    }

    private LocalDate day() {
        return LocalDate.of(2024, 1, 1).plusDays(r.nextInt(0, 365 * 5));
    }
}
