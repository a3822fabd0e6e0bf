package io.milepost.app.merge;

import static org.assertj.core.api.Assertions.assertThat;

import io.milepost.app.SampleRoadmap;
import io.milepost.app.edit.Edit;
import io.milepost.model.Agreement;
import io.milepost.model.AgreementKind;
import io.milepost.model.AgreementStatus;
import io.milepost.model.Commission;
import io.milepost.model.CommissionKind;
import io.milepost.model.SessionDetails;
import io.milepost.model.Dependency;
import io.milepost.model.DependencyType;
import io.milepost.model.Milestone;
import io.milepost.model.PlanDate;
import io.milepost.model.Roadmap;
import io.milepost.model.RoadmapInfo;
import io.milepost.model.RoadmapValidator;
import io.milepost.model.Sector;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The merge as a table: every kind of item (the roadmap itself, sectors, commissions, sessions, milestones, links,
 * agreements) × every way two planners can touch it (one side, the other, both alike, both differently, added,
 * removed, removed on one side and changed on the other, never exchanged). Islamabad's copy is "ours", Minsk's is
 * "theirs"; both start from the sample.
 */
class ThreeWayMergeTest {

    /** How one kind of item is touched by a planner. */
    record KindOf(String kind, Function<Roadmap, List<?>> items, UUID id, UnaryOperator<Roadmap> changeOneWay,
                  UnaryOperator<Roadmap> changeOtherWay, UnaryOperator<Roadmap> changeAnotherField,
                  UnaryOperator<Roadmap> remove, UnaryOperator<Roadmap> add, String field) {
        Object in(Roadmap r) {
            return items.apply(r).stream().filter(x -> ItemKind.ALL.stream().filter(k -> k.name().equals(kind))
                    .findFirst().orElseThrow().idOf(x).equals(id)).findFirst().orElse(null);
        }

        @Override
        public String toString() {
            return kind;
        }
    }

    enum Touch {
        THEIRS_CHANGED, OURS_CHANGED, BOTH_CHANGED_ALIKE, BOTH_CHANGED_DIFFERENTLY, BOTH_CHANGED_OTHER_FIELDS,
        THEIRS_ADDED, OURS_ADDED, THEIRS_REMOVED, OURS_REMOVED, THEIRS_REMOVED_OURS_CHANGED,
        OURS_REMOVED_THEIRS_CHANGED, BOTH_REMOVED, NEVER_EXCHANGED
    }

    static final Sector SPARE_SECTOR = new Sector(UUID.fromString("00000000-0000-4000-8000-000000000001"),
            "Tourism", "Туризм", "#123456", 99);
    static final Commission SPARE_COMMISSION = new Commission(UUID.fromString("00000000-0000-4000-8000-000000000002"),
            CommissionKind.JOINT_WORKING_GROUP, "Working group on tourism", null, null, null, null);

    static Roadmap base() {
        return SampleRoadmap.load().withSector(SPARE_SECTOR).withCommission(SPARE_COMMISSION);
    }

    static List<KindOf> kinds() {
        Roadmap b = base();
        RoadmapInfo info = b.info();
        Milestone m = b.milestones().get(4);
        SessionDetails s = b.sessions().get(0);
        Milestone sMeeting = b.milestone(s.meetingId()).orElseThrow();
        Dependency d = b.dependencies().get(0);
        Agreement a = b.agreements().get(0);
        UUID sector = b.sectors().get(0).id();
        return List.of(
                new KindOf("roadmap", r -> List.of(r.info()), info.id(),
                        r -> r.withInfo(info(r, "Roadmap (Islamabad's title)", r.info().subtitle())),
                        r -> r.withInfo(info(r, "Roadmap (Minsk's title)", r.info().subtitle())),
                        r -> r.withInfo(info(r, r.info().title(), "as of December 2026")), null, null, "title"),
                // The roadmap's Russian title merges as its other properties do: field by field.
                new KindOf("roadmap", r -> List.of(r.info()), info.id(),
                        r -> r.withInfo(r.info().withTitleAlt("Дорожная карта (вариант Исламабада)")),
                        r -> r.withInfo(r.info().withTitleAlt("Дорожная карта (вариант Минска)")),
                        r -> r.withInfo(r.info().withSubtitleAlt("по состоянию на декабрь 2026 года")), null, null,
                        "titleAlt"),
                new KindOf("sector", Roadmap::sectors, SPARE_SECTOR.id(),
                        r -> r.withSector(new Sector(SPARE_SECTOR.id(), "Tourism and culture", "Туризм", "#123456", 99)),
                        r -> r.withSector(new Sector(SPARE_SECTOR.id(), "Tourism and sport", "Туризм", "#123456", 99)),
                        r -> r.withSector(colour(r, "#aa0000")),
                        r -> r.withoutSector(SPARE_SECTOR.id()),
                        r -> r.withSector(new Sector(UUID.randomUUID(), "Health", null, null, 100)), "name"),
                new KindOf("commission", Roadmap::commissions, SPARE_COMMISSION.id(),
                        r -> r.withCommission(commission("Tourism working group")),
                        r -> r.withCommission(commission("Tourism and sport working group")),
                        r -> r.withCommission(coChair(r, "Ministry of Tourism")),
                        r -> r.withoutCommission(SPARE_COMMISSION.id()),
                        r -> r.withCommission(new Commission(UUID.randomUUID(), CommissionKind.HIGH_LEVEL_MECHANISM,
                                "Business council", null, null, null, null)), "name"),
                new KindOf("session", Roadmap::sessions, s.meetingId(),
                        r -> r.withSession(venue(r, s.meetingId(), "Gomel")),
                        r -> r.withSession(venue(r, s.meetingId(), "Lahore")),
                        r -> r.withSession(outcome(r, s.meetingId(), "Protocol signed")),
                        r -> r.withoutSession(s.meetingId()),
                        r -> {
                            Milestone meeting = sMeeting.toBuilder().id(UUID.randomUUID()).title("99th session")
                                    .start(PlanDate.quarter(2027, 2)).end(null).build();
                            return r.withMilestone(meeting).withSession(new SessionDetails(meeting.id(), 99, "Lahore",
                                    null));
                        }, "venue"),
                new KindOf("milestone", Roadmap::milestones, m.id(),
                        r -> r.withMilestone(milestone(r, m.id()).toBuilder().status(
                                io.milepost.model.MilestoneStatus.DONE).build()),
                        r -> r.withMilestone(milestone(r, m.id()).toBuilder().status(
                                io.milepost.model.MilestoneStatus.AT_RISK).build()),
                        r -> r.withMilestone(milestone(r, m.id()).toBuilder().remarks("funding agreed").build()),
                        r -> r.withoutMilestone(m.id()),
                        r -> r.withMilestone(Milestone.builder().title("Halal certification seminar")
                                .sectorId(sector).start(PlanDate.month(2026, 3)).build()), "status"),
                new KindOf("dependency", Roadmap::dependencies, d.id(),
                        r -> r.withDependency(lag(r, d.id(), 5)),
                        r -> r.withDependency(lag(r, d.id(), 9)),
                        r -> r.withDependency(type(r, d.id(), DependencyType.SS)),
                        r -> r.withoutDependency(d.id()),
                        r -> r.withDependency(Dependency.finishToStart(b.milestones().get(4).id(),
                                b.milestones().get(15).id())), "lagDays"),
                new KindOf("agreement", Roadmap::agreements, a.id(),
                        r -> r.withAgreement(agreement(r, a.id(), "Roadmap 2025–2027 (signed)", null)),
                        r -> r.withAgreement(agreement(r, a.id(), "Roadmap 2025–2027 (in force)", null)),
                        r -> r.withAgreement(agreement(r, a.id(), null, "Text published by BelTA")),
                        r -> r.withoutAgreement(a.id()),
                        r -> r.withAgreement(new Agreement(UUID.randomUUID(), AgreementKind.MOU,
                                "MoU on tourism", null, null, null, AgreementStatus.SIGNED_MOU, null, List.of())),
                        "title"));
    }

    static Stream<Arguments> table() {
        List<Arguments> rows = new ArrayList<>();
        for (KindOf k : kinds()) {
            for (Touch t : Touch.values()) {
                boolean addsOrRemoves = t.name().contains("ADDED") || t.name().contains("REMOVED");
                if (k.remove() == null && addsOrRemoves) {
                    continue; // the roadmap itself is neither added nor removed
                }
                rows.add(Arguments.of(k, t));
            }
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("table")
    void eachKindOfItemTouchedEachWay(KindOf k, Touch touch) {
        Roadmap base = base();
        Roadmap ours = base;
        Roadmap theirs = base;
        Optional<Roadmap> known = Optional.of(base);
        switch (touch) {
            case THEIRS_CHANGED -> theirs = k.changeOneWay().apply(base);
            case OURS_CHANGED -> ours = k.changeOneWay().apply(base);
            case BOTH_CHANGED_ALIKE -> {
                ours = k.changeOneWay().apply(base);
                theirs = k.changeOneWay().apply(base);
            }
            case BOTH_CHANGED_DIFFERENTLY -> {
                ours = k.changeOneWay().apply(base);
                theirs = k.changeOtherWay().apply(base);
            }
            case BOTH_CHANGED_OTHER_FIELDS -> {
                ours = k.changeOneWay().apply(base);
                theirs = k.changeAnotherField().apply(base);
            }
            case THEIRS_ADDED -> theirs = k.add().apply(base);
            case OURS_ADDED -> ours = k.add().apply(base);
            case THEIRS_REMOVED -> theirs = k.remove().apply(base);
            case OURS_REMOVED -> ours = k.remove().apply(base);
            case THEIRS_REMOVED_OURS_CHANGED -> {
                theirs = k.remove().apply(base);
                ours = k.changeOneWay().apply(base);
            }
            case OURS_REMOVED_THEIRS_CHANGED -> {
                ours = k.remove().apply(base);
                theirs = k.changeOneWay().apply(base);
            }
            case BOTH_REMOVED -> {
                ours = k.remove().apply(base);
                theirs = k.remove().apply(base);
            }
            case NEVER_EXCHANGED -> {
                known = Optional.empty();
                ours = k.changeOneWay().apply(base);
                theirs = k.changeOtherWay().apply(k.add() == null ? base : k.add().apply(base));
            }
        }

        MergePlan plan = ThreeWayMerge.plan(known, ours, theirs);
        MergePlan.Outcome kept = plan.outcome(MergePlan.KEEP_OURS);
        MergePlan.Outcome taken = plan.outcome(key -> Side.THEIRS);
        List<ItemChange> mine = kept.changes().stream().filter(c -> c.kind().equals(k.kind())).toList();
        List<Conflict> conflicts = kept.conflicts();

        switch (touch) {
            case THEIRS_CHANGED -> {
                assertThat(k.in(kept.result())).isEqualTo(k.in(theirs));
                assertThat(mine).singleElement().satisfies(c -> {
                    assertThat(c.action()).isEqualTo(ItemChange.Action.CHANGED);
                    assertThat(c.fields()).extracting(FieldChange::field).containsExactly(k.field());
                });
                assertThat(conflicts).isEmpty();
            }
            case OURS_CHANGED, BOTH_CHANGED_ALIKE, OURS_ADDED, OURS_REMOVED, BOTH_REMOVED -> {
                assertThat(kept.result()).isEqualTo(ours);
                assertThat(kept.changes()).isEmpty();
                assertThat(conflicts).isEmpty();
            }
            case BOTH_CHANGED_DIFFERENTLY -> {
                assertThat(conflicts).singleElement().satisfies(c -> {
                    assertThat(c.reason()).isEqualTo(Conflict.Reason.BOTH_CHANGED);
                    assertThat(c.field()).isEqualTo(k.field());
                });
                assertThat(k.in(kept.result())).isEqualTo(k.in(ours));
                assertThat(k.in(taken.result())).isEqualTo(k.in(theirs));
            }
            case BOTH_CHANGED_OTHER_FIELDS -> {
                assertThat(conflicts).isEmpty();
                assertThat(k.in(kept.result())).isEqualTo(k.in(k.changeAnotherField().apply(ours)));
            }
            case THEIRS_ADDED -> {
                assertThat(mine).singleElement().extracting(ItemChange::action).isEqualTo(ItemChange.Action.ADDED);
                assertThat(k.items().apply(kept.result())).hasSize(k.items().apply(base).size() + 1);
                assertThat(conflicts).isEmpty();
            }
            case THEIRS_REMOVED -> {
                assertThat(mine).singleElement().extracting(ItemChange::action)
                        .isEqualTo(ItemChange.Action.REMOVED);
                assertThat(k.in(kept.result())).isNull();
                assertThat(conflicts).isEmpty();
            }
            case THEIRS_REMOVED_OURS_CHANGED, OURS_REMOVED_THEIRS_CHANGED -> {
                assertThat(conflicts).singleElement().extracting(Conflict::reason)
                        .isEqualTo(Conflict.Reason.REMOVED_AND_CHANGED);
                assertThat(k.in(kept.result())).isEqualTo(k.in(ours));
                assertThat(k.in(taken.result())).isEqualTo(k.in(theirs));
            }
            case NEVER_EXCHANGED -> {
                assertThat(conflicts).singleElement().satisfies(c -> {
                    assertThat(c.reason()).isEqualTo(Conflict.Reason.DIFFERENT_WITHOUT_BASE);
                    assertThat(c.field()).isEqualTo(k.field());
                });
                if (k.add() != null) {
                    assertThat(mine).extracting(ItemChange::action).containsExactly(ItemChange.Action.ADDED);
                }
            }
        }
        for (MergePlan.Outcome outcome : List.of(kept, taken)) {
            assertThat(RoadmapValidator.validate(outcome.result())).isEmpty();
            Optional<Edit> edit = plan.edit("Import", outcome);
            assertThat(edit.map(e -> e.applyTo(plan.ours())).orElse(plan.ours())).isEqualTo(outcome.result());
            assertThat(edit.map(e -> e.inverse().applyTo(outcome.result())).orElse(outcome.result()))
                    .isEqualTo(plan.ours());
        }
    }

    private static RoadmapInfo info(Roadmap r, String title, String subtitle) {
        return r.info().withTitle(title).withSubtitle(subtitle);
    }

    private static Sector colour(Roadmap r, String colour) {
        Sector s = r.sector(SPARE_SECTOR.id()).orElseThrow();
        return new Sector(s.id(), s.name(), s.nameAlt(), colour, s.order());
    }

    private static Commission coChair(Roadmap r, String coChairA) {
        Commission c = r.commission(SPARE_COMMISSION.id()).orElseThrow();
        return new Commission(c.id(), c.kind(), c.name(), c.nameAlt(), coChairA, c.coChairB(), c.description());
    }

    private static Commission commission(String name) {
        Commission c = SPARE_COMMISSION;
        return new Commission(c.id(), c.kind(), name, c.nameAlt(), c.coChairA(), c.coChairB(), c.description());
    }

    private static SessionDetails session(Roadmap r, UUID meetingId) {
        return r.sessionOf(meetingId).orElseThrow();
    }

    private static SessionDetails venue(Roadmap r, UUID meetingId, String venue) {
        return session(r, meetingId).withVenue(venue);
    }

    private static SessionDetails outcome(Roadmap r, UUID meetingId, String decisions) {
        return session(r, meetingId).withDecisions(decisions);
    }

    private static Milestone milestone(Roadmap r, UUID id) {
        return r.milestone(id).orElseThrow();
    }

    private static Dependency dependency(Roadmap r, UUID id) {
        return r.dependencies().stream().filter(d -> d.id().equals(id)).findFirst().orElseThrow();
    }

    private static Dependency lag(Roadmap r, UUID id, int lag) {
        Dependency d = dependency(r, id);
        return new Dependency(d.id(), d.predecessorId(), d.successorId(), d.type(), lag);
    }

    private static Dependency type(Roadmap r, UUID id, DependencyType type) {
        Dependency d = dependency(r, id);
        return new Dependency(d.id(), d.predecessorId(), d.successorId(), type, d.lagDays());
    }

    private static Agreement agreement(Roadmap r, UUID id, String title, String description) {
        Agreement a = r.agreements().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
        return new Agreement(a.id(), a.kind(), title == null ? a.title() : title, a.titleAlt(), a.sectorId(),
                a.signed(), a.status(), description == null ? a.description() : description, a.milestoneIds());
    }
}
