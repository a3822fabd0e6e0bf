package io.milepost.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.milepost.model.Agreement;
import io.milepost.model.AgreementKind;
import io.milepost.model.AgreementStatus;
import io.milepost.model.Commission;
import io.milepost.model.CommissionKind;
import io.milepost.model.DatePrecision;
import io.milepost.model.Dependency;
import io.milepost.model.DependencyType;
import io.milepost.model.Milestone;
import io.milepost.model.MilestoneKind;
import io.milepost.model.MilestoneStatus;
import io.milepost.model.PlanDate;
import io.milepost.model.Roadmap;
import io.milepost.model.RoadmapInfo;
import io.milepost.model.RoadmapValidator;
import io.milepost.model.Sector;
import io.milepost.model.SessionDetails;
import io.milepost.testing.Seeds;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** Any valid roadmap survives writing and reading unchanged, and re-writing gives the same bytes. */
class RoadmapJsonPropertyTest {

    private final RoadmapJsonWriter writer = new RoadmapJsonWriter();
    private final RoadmapJsonReader reader = new RoadmapJsonReader();

    @Test
    void anyValidRoadmapRoundTripsExactly() {
        Seeds.check(150, random -> {
            Roadmap roadmap = new RandomRoadmap(random).build();
            assertThat(RoadmapValidator.validate(roadmap)).as("the generator makes valid roadmaps").isEmpty();
            byte[] bytes = writer.write(roadmap).getBytes(StandardCharsets.UTF_8);

            Roadmap back = reader.read(bytes, "generated.json");

            assertThat(back).isEqualTo(roadmap);
            assertThat(writer.write(back).getBytes(StandardCharsets.UTF_8)).isEqualTo(bytes);
        });
    }

    /** Builds one valid roadmap from a seeded random: references resolve, dependencies only point forward. */
    private static final class RandomRoadmap {
        private static final String ALPHABET = "abcxyzABCXYZ0189 .,;:!?&#/()[]{}<>'\"\\\t\n\r\u0001\u007f"
                + "абвгдеёжзийАБВГДЕЁЖЗИЙ–—«»№€\u00a0\u2028";
        private static final String[] EXTRAS = {"🌲", "𝄞", "\u0000", "\uFEFF", "null", "Q3 2025"};

        private final Random r;

        RandomRoadmap(Random r) {
            this.r = r;
        }

        Roadmap build() {
            LocalDate periodStart = day();
            RoadmapInfo info = new RoadmapInfo(id(), title(), text(), text(), text(), periodStart,
                    periodStart.plusDays(r.nextInt(4000)), text(), r.nextBoolean() ? "en" : "ru", text(), text(),
                    text());
            List<Sector> sectors = new ArrayList<>();
            for (int i = 1 + r.nextInt(4); i > 0; i--) {
                sectors.add(new Sector(id(), title(), text(),
                        r.nextBoolean() ? null : String.format("#%06x", r.nextInt(0x1000000)), r.nextInt(21) - 10));
            }
            List<Commission> commissions = new ArrayList<>();
            for (int i = r.nextInt(3); i > 0; i--) {
                commissions.add(new Commission(id(), pick(CommissionKind.values()), title(), text(), text(), text(),
                        text()));
            }
            List<Milestone> milestones = new ArrayList<>();
            for (int i = r.nextInt(8); i > 0; i--) {
                milestones.add(milestone(sectors, commissions));
            }
            List<SessionDetails> sessions = new ArrayList<>();
            for (Milestone m : milestones) {
                if (m.kind() == MilestoneKind.MEETING && m.commissionId() != null && r.nextBoolean()) {
                    sessions.add(new SessionDetails(m.id(), 1 + r.nextInt(30), text(), text()));
                }
            }
            List<Dependency> dependencies = new ArrayList<>();
            Set<String> pairs = new HashSet<>();
            for (int i = milestones.size() < 2 ? 0 : r.nextInt(6); i > 0; i--) {
                int a = r.nextInt(milestones.size() - 1);
                int b = a + 1 + r.nextInt(milestones.size() - a - 1);
                if (pairs.add(a + ">" + b)) {
                    dependencies.add(new Dependency(id(), milestones.get(a).id(), milestones.get(b).id(),
                            pick(DependencyType.values()), r.nextInt(121) - 60));
                }
            }
            List<Agreement> agreements = new ArrayList<>();
            for (int i = r.nextInt(3); i > 0; i--) {
                List<UUID> carried = milestones.stream().filter(m -> r.nextInt(3) == 0).map(Milestone::id).toList();
                agreements.add(new Agreement(id(), pick(AgreementKind.values()), title(), text(),
                        r.nextBoolean() ? null : pick(sectors).id(), r.nextBoolean() ? null : day(),
                        pick(AgreementStatus.values()), text(), carried));
            }
            return new Roadmap(info, sectors, commissions, sessions, milestones, dependencies, agreements);
        }

        private Milestone milestone(List<Sector> sectors, List<Commission> commissions) {
            PlanDate start = planDate();
            boolean ongoing = r.nextInt(5) == 0;
            LocalDate baselineStart = r.nextBoolean() ? null : day();
            LocalDate baselineEnd = r.nextBoolean() ? null
                    : (baselineStart == null ? day() : baselineStart.plusDays(r.nextInt(900)));
            List<String> tags = new ArrayList<>();
            for (int i = r.nextInt(4); i > 0; i--) {
                tags.add(r.nextBoolean() ? "" : title());
            }
            return Milestone.builder().id(id()).kind(pick(MilestoneKind.values())).title(title()).titleAlt(text())
                    .description(text()).sectorId(pick(sectors).id())
                    .commissionId(commissions.isEmpty() || r.nextBoolean() ? null : pick(commissions).id())
                    .start(start).end(ongoing || r.nextBoolean() ? null : after(start)).ongoing(ongoing)
                    .status(pick(MilestoneStatus.values())).percentComplete(r.nextInt(101))
                    .leadAgencyA(text()).leadAgencyB(text()).baselineStart(baselineStart).baselineEnd(baselineEnd)
                    .expectedOutcome(text()).remarks(text()).tags(tags).order(r.nextInt(1000) - 500).build();
        }

        private UUID id() {
            return new UUID(r.nextLong(), r.nextLong());
        }

        private LocalDate day() {
            return LocalDate.of(1900, 1, 1).plusDays(r.nextInt(280 * 365)); // room for ends before 2200
        }

        private PlanDate planDate() {
            return new PlanDate(day(), pick(DatePrecision.values()));
        }

        /** A date of any precision that does not end before {@code start} begins. */
        private PlanDate after(PlanDate start) {
            LocalDate d = start.firstDay().plusDays(r.nextInt(800));
            return new PlanDate(d.isAfter(LocalDate.of(2199, 1, 1)) ? start.firstDay() : d,
                    pick(DatePrecision.values()));
        }

        /** Non-blank text: the model refuses blank titles and names. */
        private String title() {
            String t = string(1 + r.nextInt(20));
            return t.isBlank() ? "x" + t : t;
        }

        /** Optional text: null, empty, or anything. */
        private String text() {
            return switch (r.nextInt(6)) {
                case 0 -> null;
                case 1 -> "";
                default -> string(r.nextInt(40));
            };
        }

        private String string(int length) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < length; i++) {
                if (r.nextInt(20) == 0) {
                    sb.append(EXTRAS[r.nextInt(EXTRAS.length)]);
                } else {
                    sb.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
                }
            }
            return sb.toString();
        }

        private <T> T pick(T[] values) {
            return values[r.nextInt(values.length)];
        }

        private <T> T pick(List<T> values) {
            return values.get(r.nextInt(values.size()));
        }
    }
}
