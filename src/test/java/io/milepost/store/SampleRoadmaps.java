package io.milepost.store;

import io.milepost.model.Agreement;
import io.milepost.model.AgreementKind;
import io.milepost.model.AgreementStatus;
import io.milepost.model.Commission;
import io.milepost.model.CommissionKind;
import io.milepost.model.Dependency;
import io.milepost.model.DependencyType;
import io.milepost.model.Milestone;
import io.milepost.model.MilestoneKind;
import io.milepost.model.MilestoneStatus;
import io.milepost.model.PlanDate;
import io.milepost.model.Roadmap;
import io.milepost.model.RoadmapInfo;
import io.milepost.model.Sector;
import io.milepost.model.SessionDetails;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Roadmaps a planner might keep, made by hand so that every field and every awkward value is present. */
final class SampleRoadmaps {

    static final UUID TRADE = id(101);
    static final UUID EDUCATION = id(102);
    static final UUID EMPTY_SECTOR = id(103);
    static final UUID COMMISSION = id(201);
    static final UUID WORKING_GROUP = id(202);
    static final UUID HALAL = id(401);
    static final UUID SESSION_MEETING = id(402);
    static final UUID SIGNING = id(403);
    static final UUID TEACHERS = id(404);
    static final UUID DEPENDENCY_1 = id(501);
    static final UUID DEPENDENCY_2 = id(502);
    static final UUID MOU = id(601);
    static final UUID PROTOCOL = id(602);

    private SampleRoadmaps() {
    }

    static UUID id(int n) {
        return UUID.fromString(String.format("5a3e0c1d-0000-4000-8000-%012d", n));
    }

    static RoadmapInfo info() {
        return new RoadmapInfo(id(1), "Roadmap for Comprehensive Cooperation between Pakistan and Belarus 2025–2027",
                "Дорожная карта всестороннего сотрудничества", "Pakistan", "Belarus", LocalDate.of(2025, 1, 1),
                LocalDate.of(2027, 12, 31), "Signed on 26 November 2024.\nSecond line; 'quotes' and \"quotes\".",
                "en", "ru",
                "Дорожная карта всеобъемлющего сотрудничества между Пакистаном и Беларусью на 2025–2027 годы",
                "Подписана 26 ноября 2024 года");
    }

    /** Every field of every kind set, in lists whose order is not the order of any field. */
    static Roadmap everyFieldSet() {
        List<Sector> sectors = List.of(
                new Sector(EDUCATION, "Vocational education", "Профессиональное образование", "#1565c0", 2),
                new Sector(TRADE, "Trade & economic cooperation", "", "#2e7d32", 1),
                new Sector(EMPTY_SECTOR, "Science & technology", null, null, -3));
        List<Commission> commissions = List.of(
                new Commission(COMMISSION, CommissionKind.INTERGOVERNMENTAL_COMMISSION, "Joint Ministerial Commission",
                        "Совместная комиссия", "Minister of Commerce", "Министр промышленности", "Meets yearly"),
                new Commission(WORKING_GROUP, CommissionKind.JOINT_WORKING_GROUP, "Working group on halal trade",
                        null, null, "", null));
        Milestone halal = Milestone.builder().id(HALAL).kind(MilestoneKind.ACTIVITY)
                .title("Mutual recognition of halal certificates").titleAlt("Взаимное признание халяль-сертификатов")
                .description("From the MoU of 26 Nov 2024").sectorId(TRADE).commissionId(WORKING_GROUP)
                .start(PlanDate.month(2025, 3)).end(PlanDate.quarter(2026, 2)).status(MilestoneStatus.AT_RISK)
                .percentComplete(35).leadAgencyA("Pakistan Halal Authority").leadAgencyB("Госстандарт")
                .baselineStart(LocalDate.of(2025, 1, 1)).baselineEnd(LocalDate.of(2025, 12, 31))
                .expectedOutcome("Certificates accepted both ways").remarks("Slipped one quarter")
                .tags(List.of("halal", "торговля", "", "halal")).order(20).build();
        Milestone meeting = Milestone.builder().id(SESSION_MEETING).kind(MilestoneKind.MEETING)
                .title("8th session of the Joint Commission").sectorId(TRADE).commissionId(COMMISSION)
                .start(PlanDate.day(2025, 4, 14)).end(PlanDate.day(2025, 4, 16)).status(MilestoneStatus.DONE)
                .percentComplete(100).order(10).build();
        Milestone signing = Milestone.builder().id(SIGNING).kind(MilestoneKind.MILESTONE)
                .title("").titleAlt("").description("").sectorId(EDUCATION).start(PlanDate.year(2027))
                .status(MilestoneStatus.DELAYED).leadAgencyA("").leadAgencyB("").expectedOutcome("").remarks("")
                .tags(List.of()).order(Integer.MIN_VALUE).build();
        Milestone teachers = Milestone.builder().id(TEACHERS).kind(MilestoneKind.ACTIVITY)
                .title("Exchange of vocational teachers").sectorId(EDUCATION).start(PlanDate.half(2025, 1))
                .ongoing(true).status(MilestoneStatus.IN_PROGRESS).percentComplete(10)
                .baselineStart(LocalDate.of(2025, 2, 1)).tags(List.of("people-to-people")).order(Integer.MAX_VALUE)
                .build();
        List<Milestone> milestones = List.of(halal, teachers, meeting, signing);
        List<SessionDetails> sessions = List.of(
                new SessionDetails(SESSION_MEETING, 8, "Минск", "Protocol signed;\nsix decisions"));
        List<Dependency> dependencies = List.of(
                new Dependency(DEPENDENCY_2, SESSION_MEETING, HALAL, DependencyType.SS, -14),
                new Dependency(DEPENDENCY_1, HALAL, SIGNING, DependencyType.FF, 30));
        List<Agreement> agreements = List.of(
                new Agreement(MOU, AgreementKind.MOU, "MoU on halal trade", "Меморандум о халяльной торговле", TRADE,
                        LocalDate.of(2024, 11, 26), AgreementStatus.BEING_FORMALISED, "To become an agreement",
                        List.of(SIGNING, HALAL, SESSION_MEETING)),
                new Agreement(PROTOCOL, AgreementKind.PROTOCOL, "Protocol on vocational training", null, null, null,
                        AgreementStatus.SIGNED_MOU, null, List.of()));
        return new Roadmap(info(), sectors, commissions, sessions, milestones, dependencies, agreements);
    }

    /** Nothing but what a roadmap must have. */
    static Roadmap empty() {
        return Roadmap.empty(new RoadmapInfo(id(2), "Empty roadmap", null, null, null, LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 12, 31), null, "en", null));
    }

    /**
     * A big roadmap: {@code count} milestones over a dozen sectors, each with two tags, a chain of dependencies
     * through half of them, and agreements carrying five milestones each.
     */
    static Roadmap large(int count) {
        List<Sector> sectors = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            sectors.add(new Sector(id(1_000 + i), "Sector " + i, "Сектор " + i, "#00000" + (i % 10), i));
        }
        List<Milestone> milestones = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            milestones.add(Milestone.builder().id(id(100_000 + i)).title("Milestone " + i).titleAlt("Этап " + i)
                    .sectorId(sectors.get(i % sectors.size()).id())
                    .start(PlanDate.day(LocalDate.of(2025, 1, 1).plusDays(i % 900)))
                    .end(i % 3 == 0 ? null : PlanDate.quarter(2027, 1 + i % 4)).percentComplete(i % 101)
                    .leadAgencyA("Ministry " + i % 30).tags(List.of("tag" + i % 5, "метка")).order(i).build());
        }
        List<Dependency> dependencies = new ArrayList<>();
        for (int i = 0; i + 2 < count; i += 2) {
            dependencies.add(new Dependency(id(200_000 + i), milestones.get(i).id(), milestones.get(i + 2).id(),
                    DependencyType.FS, i % 10));
        }
        List<Agreement> agreements = new ArrayList<>();
        for (int i = 0; i + 5 <= Math.min(count, 500); i += 5) {
            agreements.add(new Agreement(id(300_000 + i), AgreementKind.AGREEMENT, "Agreement " + i, null,
                    sectors.get(i % 12).id(), LocalDate.of(2025, 6, 1), AgreementStatus.IN_FORCE, null,
                    milestones.subList(i, i + 5).stream().map(Milestone::id).toList()));
        }
        return new Roadmap(info(), sectors, List.of(), List.of(), milestones, dependencies, agreements);
    }
}
