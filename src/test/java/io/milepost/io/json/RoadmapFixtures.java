package io.milepost.io.json;

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
import java.util.List;
import java.util.UUID;

/** Hand-made roadmaps for the format tests: every field set, and every optional field left empty. */
final class RoadmapFixtures {

    static final UUID ROADMAP = UUID.fromString("00000000-0000-4000-8000-000000000001");
    static final UUID ENVIRONMENT = UUID.fromString("00000000-0000-4000-8000-000000000011");
    static final UUID TRADE = UUID.fromString("00000000-0000-4000-8000-000000000012");
    static final UUID JMC = UUID.fromString("00000000-0000-4000-8000-000000000021");
    static final UUID SIGNING = UUID.fromString("00000000-0000-4000-8000-000000000041");
    static final UUID FORMALISE = UUID.fromString("00000000-0000-4000-8000-000000000042");
    static final UUID MEETING = UUID.fromString("00000000-0000-4000-8000-000000000043");
    static final UUID MONITORING = UUID.fromString("00000000-0000-4000-8000-000000000044");
    static final UUID DEP_1 = UUID.fromString("00000000-0000-4000-8000-000000000051");
    static final UUID DEP_2 = UUID.fromString("00000000-0000-4000-8000-000000000052");
    static final UUID MOU = UUID.fromString("00000000-0000-4000-8000-000000000061");

    private RoadmapFixtures() {
    }

    /** Every field of every kind of item set, Cyrillic and awkward characters included, lists deliberately unsorted. */
    static Roadmap full() {
        RoadmapInfo info = new RoadmapInfo(ROADMAP, "Roadmap 2025–2027", "Comprehensive cooperation",
                "Pakistan", "Belarus", LocalDate.of(2025, 1, 1), LocalDate.of(2027, 12, 31),
                "Line one\nline two with \"quotes\", a back\\slash, a tab\tand «ёлки» 🌲", "en", "ru",
                "Дорожная карта на 2025–2027 годы", "Всеобъемлющее сотрудничество");
        Sector trade = new Sector(TRADE, "Trade & economic cooperation", "Торгово-экономическое сотрудничество",
                "#1565c0", 2);
        Sector environment = new Sector(ENVIRONMENT, "Environmental protection", "Охрана окружающей среды",
                "#2e7d32", 1);
        Commission jmc = new Commission(JMC, CommissionKind.INTERGOVERNMENTAL_COMMISSION,
                "Joint Ministerial Commission", "Совместная межправительственная комиссия",
                "Minister of Commerce", "Minister of Energy", "Trade and economic cooperation");
        SessionDetails s8 = new SessionDetails(MEETING, 8, "Минск", "Protocol signed");
        Milestone signing = Milestone.builder().id(SIGNING).kind(MilestoneKind.MILESTONE)
                .title("MoU signed").titleAlt("Меморандум подписан").description("Source: example.")
                .sectorId(ENVIRONMENT).start(PlanDate.day(2024, 11, 26)).status(MilestoneStatus.DONE)
                .percentComplete(100).leadAgencyA("Ministry of Climate Change").leadAgencyB("Министерство")
                .expectedOutcome("A signed memorandum").remarks("").tags(List.of("mou", "environment")).order(1)
                .build();
        Milestone formalise = Milestone.builder().id(FORMALISE).kind(MilestoneKind.ACTIVITY)
                .title("Formalise the MoU").sectorId(ENVIRONMENT).start(PlanDate.quarter(2025, 2))
                .end(PlanDate.year(2026)).status(MilestoneStatus.DELAYED).percentComplete(40)
                .baselineStart(LocalDate.of(2025, 4, 1)).baselineEnd(LocalDate.of(2025, 12, 31))
                .tags(List.of("b", "a")).order(2).build();
        Milestone meeting = Milestone.builder().id(MEETING).kind(MilestoneKind.MEETING).title("8th session")
                .sectorId(TRADE).commissionId(JMC).start(PlanDate.month(2025, 2)).status(MilestoneStatus.DONE)
                .percentComplete(100).baselineStart(LocalDate.of(2025, 1, 15)).order(0).build();
        Milestone monitoring = Milestone.builder().id(MONITORING).title("Monitoring").sectorId(TRADE)
                .start(PlanDate.half(2025, 1)).ongoing(true).status(MilestoneStatus.IN_PROGRESS)
                .percentComplete(35).order(-3).build();
        Dependency d2 = new Dependency(DEP_2, MEETING, MONITORING, DependencyType.SS, -5);
        Dependency d1 = new Dependency(DEP_1, SIGNING, FORMALISE, DependencyType.FS, 30);
        Agreement mou = new Agreement(MOU, AgreementKind.MOU, "MoU on environmental protection",
                "Меморандум об охране окружающей среды", ENVIRONMENT, LocalDate.of(2024, 11, 26),
                AgreementStatus.BEING_FORMALISED, "Signed in Islamabad", List.of(FORMALISE, SIGNING));
        return new Roadmap(info, List.of(trade, environment), List.of(jmc), List.of(s8),
                List.of(formalise, signing, meeting, monitoring), List.of(d2, d1), List.of(mou));
    }

    /** Only what the model requires; every optional field {@code null} or empty. */
    static Roadmap minimal() {
        RoadmapInfo info = new RoadmapInfo(ROADMAP, "R", null, null, null, LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 12, 31), null, "en", null);
        Sector s = new Sector(TRADE, "Trade", null, null, 0);
        Commission c = new Commission(JMC, CommissionKind.JOINT_WORKING_GROUP, "JWG", null, null, null, null);
        Milestone m = Milestone.builder().id(SIGNING).title("M").sectorId(TRADE).start(PlanDate.year(2025)).build();
        Agreement a = new Agreement(MOU, AgreementKind.PROTOCOL, "P", null, null, null, AgreementStatus.SIGNED_MOU,
                null, List.of());
        return new Roadmap(info, List.of(s), List.of(c), List.of(), List.of(m), List.of(), List.of(a));
    }
}
