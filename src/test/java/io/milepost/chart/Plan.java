package io.milepost.chart;

import io.milepost.model.Commission;
import io.milepost.model.CommissionKind;
import io.milepost.model.Dependency;
import io.milepost.model.DependencyType;
import io.milepost.model.Milestone;
import io.milepost.model.MilestoneKind;
import io.milepost.model.PlanDate;
import io.milepost.model.Roadmap;
import io.milepost.model.RoadmapInfo;
import io.milepost.model.Sector;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;

/** A hand-made roadmap for tests: the Pakistan–Belarus plan's period, with whatever sectors and items a test adds. */
final class Plan {

    static final LocalDate PERIOD_START = LocalDate.of(2025, 1, 1);
    static final LocalDate PERIOD_END = LocalDate.of(2027, 12, 31);

    private final List<Sector> sectors = new ArrayList<>();
    private final List<Commission> commissions = new ArrayList<>();
    private final List<Milestone> milestones = new ArrayList<>();
    private final List<Dependency> dependencies = new ArrayList<>();

    static Plan pakistanBelarus() {
        return new Plan();
    }

    Sector sector(String name, String color) {
        Sector s = new Sector(UUID.randomUUID(), name, name + " (ru)", color, sectors.size());
        sectors.add(s);
        return s;
    }

    Commission commission(String name) {
        Commission c = new Commission(UUID.randomUUID(), CommissionKind.values()[0], name, null, null, null, null);
        commissions.add(c);
        return c;
    }

    Milestone activity(Sector s, String title, PlanDate start, PlanDate end) {
        return add(s, title, MilestoneKind.ACTIVITY, start, end, b -> b);
    }

    Milestone activity(Sector s, String title, PlanDate start, PlanDate end, UnaryOperator<Milestone.Builder> more) {
        return add(s, title, MilestoneKind.ACTIVITY, start, end, more);
    }

    Milestone milestone(Sector s, String title, PlanDate date) {
        return add(s, title, MilestoneKind.MILESTONE, date, null, b -> b);
    }

    Milestone milestone(Sector s, String title, PlanDate date, UnaryOperator<Milestone.Builder> more) {
        return add(s, title, MilestoneKind.MILESTONE, date, null, more);
    }

    Milestone meeting(Sector s, String title, PlanDate start, PlanDate end) {
        return add(s, title, MilestoneKind.MEETING, start, end, b -> b);
    }

    Milestone add(Sector s, String title, MilestoneKind kind, PlanDate start, PlanDate end,
                  UnaryOperator<Milestone.Builder> more) {
        Milestone m = more.apply(Milestone.builder().kind(kind).title(title).sectorId(s.id()).start(start).end(end)
                .order(milestones.size())).build();
        milestones.add(m);
        return m;
    }

    Dependency link(Milestone from, Milestone to, DependencyType type) {
        Dependency d = new Dependency(UUID.randomUUID(), from.id(), to.id(), type, 0);
        dependencies.add(d);
        return d;
    }

    Roadmap roadmap() {
        RoadmapInfo info = new RoadmapInfo(UUID.randomUUID(), "Roadmap for Comprehensive Cooperation", null,
                "Pakistan", "Belarus", PERIOD_START, PERIOD_END, null, "en", "ru");
        return new Roadmap(info, sectors, commissions, List.of(), milestones, dependencies, List.of());
    }

    static PlanDate day(int y, int m, int d) {
        return PlanDate.day(y, m, d);
    }
}
