package io.milepost.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.milepost.io.json.RoadmapJsonReader;
import io.milepost.io.json.RoadmapJsonWriter;
import io.milepost.model.Agreement;
import io.milepost.model.AgreementKind;
import io.milepost.model.AgreementStatus;
import io.milepost.model.Commission;
import io.milepost.model.SessionDetails;
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

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** The sample is reviewed content: these tests hold it to the brief's requirements. */
class SampleRoadmapTest {

    /** The sample's statuses are as of this day (see its subtitle). */
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 28);
    private static final LocalDate SIGNING_DAY = LocalDate.of(2024, 11, 26);
    private static final Pattern CYRILLIC = Pattern.compile(".*\\p{IsCyrillic}.*", Pattern.DOTALL);
    private static final List<String> STATEMENT_SECTORS = List.of("Environmental protection", "Disaster management",
            "Halal trade", "Audit institutions", "Financial intelligence sharing", "Vocational education",
            "Science & technology");

    private final Roadmap sample = SampleRoadmap.load();

    @Test
    void passesValidationWithoutAProblem() {
        assertThat(RoadmapValidator.validate(sample)).isEmpty();
    }

    @Test
    void isStableAndLossless() throws Exception {
        assertThat(SampleRoadmap.load()).isEqualTo(sample);
        assertThat(sample.info().id()).isEqualTo(UUID.fromString("b2893e02-71ee-59bc-9eb3-8f78ffc31b81"));
        String json = new RoadmapJsonWriter().write(sample);
        assertThat(new RoadmapJsonReader().read(json, "export.json")).isEqualTo(sample);
    }

    @Test
    void theSourceFileIsInTheWritersOwnLayout() throws Exception {
        // so that exporting the sample gives back its source, and a diff shows only real edits
        String source = Files.readString(Path.of("assets/sample/pakistan-belarus-2025-2027.json"),
                StandardCharsets.UTF_8);
        assertThat(new RoadmapJsonWriter().write(sample))
                .as("after a hand edit, keep the key order and layout of RoadmapJsonWriter (2-space indent, every key, "
                        + "nulls written out)")
                .isEqualTo(source);
    }

    @Test
    void describesTheRoadmap() {
        RoadmapInfo info = sample.info();
        assertThat(info.title())
                .isEqualTo("Roadmap for Comprehensive Cooperation between Pakistan and Belarus 2025–2027");
        assertThat(info.partyA()).isEqualTo("Pakistan");
        assertThat(info.partyB()).isEqualTo("Belarus");
        assertThat(info.periodStart()).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(info.periodEnd()).isEqualTo(LocalDate.of(2027, 12, 31));
        assertThat(info.primaryLanguage()).isEqualTo("en");
        assertThat(info.secondLanguage()).isEqualTo("ru");
        assertThat(info.subtitle()).contains("28 November 2026");
        assertThat(info.description())
                .contains("From the joint statement of 26 Nov 2024")
                .contains("From later news and agency reports")
                .contains("dawn.com/news/1903319").contains("thenews.com.pk").contains("pakistantoday.com.pk")
                .contains("is not public").contains("illustrative plan");
    }

    @Test
    void hasTheSectorsOfTheStatementWithRussianNamesAndDistinctColours() {
        assertThat(sample.sectors()).extracting(Sector::name).startsWith(STATEMENT_SECTORS.toArray(String[]::new))
                .contains("Trade & economic cooperation", "Political dialogue", "Inter-parliamentary exchanges",
                        "Regional connectivity & legal frameworks");
        assertThat(sample.sectors()).hasSizeGreaterThanOrEqualTo(11).allSatisfy(s -> {
            assertThat(s.nameAlt()).as(s.name()).matches(CYRILLIC);
            assertThat(s.color()).as(s.name()).matches("#[0-9a-f]{6}");
        });
        assertThat(sample.sectors()).extracting(Sector::color).doesNotHaveDuplicates();
        assertThat(sample.sectors()).extracting(Sector::order).doesNotHaveDuplicates().isSorted();
    }

    @Test
    void hasEnoughOfEverything() {
        assertThat(sample.milestones()).hasSizeGreaterThanOrEqualTo(40);
        Set<UUID> sectorsInUse = sample.milestones().stream().map(Milestone::sectorId).collect(Collectors.toSet());
        assertThat(sectorsInUse).hasSizeGreaterThanOrEqualTo(10);
        assertThat(sectorsInUse).containsAll(sample.sectors().stream().map(Sector::id).toList());
        assertThat(sample.commissions()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(sample.sessions()).hasSizeGreaterThanOrEqualTo(4);
        assertThat(sample.dependencies()).hasSizeGreaterThanOrEqualTo(10);
    }

    @Test
    void hasARealisticMixOfKindsPrecisionsAndStatuses() {
        assertThat(sample.milestones()).extracting(Milestone::kind).containsAll(EnumSet.allOf(MilestoneKind.class));
        Set<DatePrecision> precisions = sample.milestones().stream()
                .flatMap(m -> Optional.ofNullable(m.end()).map(e -> List.of(m.start(), e)).orElse(List.of(m.start()))
                        .stream())
                .map(PlanDate::precision).collect(Collectors.toSet());
        assertThat(precisions).containsAll(EnumSet.allOf(DatePrecision.class));
        assertThat(sample.milestones()).filteredOn(Milestone::ongoing).hasSizeGreaterThanOrEqualTo(3);
        assertThat(sample.milestones()).extracting(Milestone::status).contains(MilestoneStatus.DONE,
                MilestoneStatus.IN_PROGRESS, MilestoneStatus.PLANNED, MilestoneStatus.AT_RISK, MilestoneStatus.DELAYED);
        assertThat(sample.milestones()).filteredOn(this::slipped).hasSizeGreaterThanOrEqualTo(5);
        assertThat(sample.milestones()).allSatisfy(m -> {
            assertThat(m.leadAgencyA()).as(m.title()).isNotBlank();
            assertThat(m.leadAgencyB()).as(m.title()).isNotBlank();
            assertThat(m.titleAlt()).as(m.title()).matches(CYRILLIC);
            assertThat(m.tags()).as(m.title()).isNotEmpty();
        });
        assertThat(sample.milestones()).filteredOn(m -> m.status() != MilestoneStatus.DONE)
                .filteredOn(m -> m.expectedOutcome() != null).hasSizeGreaterThanOrEqualTo(20);
    }

    private boolean slipped(Milestone m) {
        return (m.baselineStart() != null && !m.baselineStart().equals(m.firstDay()))
                || (m.baselineEnd() != null && !m.baselineEnd().equals(m.lastDay()));
    }

    @Test
    void everyItemCitesASourceOrSaysItIsIllustrative() {
        assertThat(sample.milestones()).allSatisfy(m -> assertThat(m.description()).as(m.title())
                .satisfiesAnyOf(d -> assertThat(d).contains("Source: "), d -> assertThat(d).contains("Illustrative plan: ")));
        assertThat(sample.agreements()).allSatisfy(a -> assertThat(a.description()).as(a.title())
                .satisfiesAnyOf(d -> assertThat(d).contains("Source: "), d -> assertThat(d).contains("Illustrative plan: ")));
        assertThat(sample.commissions()).allSatisfy(c -> assertThat(c.description()).as(c.name()).contains("Source: "));
        assertThat(sample.sessions()).allSatisfy(s -> assertThat(s.decisions()).as("session " + s.number())
                .satisfiesAnyOf(d -> assertThat(d).contains("Source: "), d -> assertThat(d).startsWith("Illustrative plan: ")));
    }

    @Test
    void statusesAreSensibleAsOfTheSamplesDate() {
        for (Milestone m : sample.milestones()) {
            boolean illustrative = m.description().contains("Illustrative plan: ");
            if (m.status() == MilestoneStatus.DONE) {
                assertThat(illustrative).as("an illustrative item cannot be done: " + m.title()).isFalse();
                assertThat(m.description()).as(m.title()).contains("Source: ");
                assertThat(m.lastDay()).as(m.title()).isBefore(AS_OF);
                assertThat(m.percentComplete()).as(m.title()).isEqualTo(100);
            } else {
                assertThat(illustrative).as("only sourced facts are done: " + m.title()).isTrue();
                assertThat(m.percentComplete()).as(m.title()).isLessThan(100);
            }
            if (m.status() == MilestoneStatus.PLANNED) {
                assertThat(m.firstDay()).as("planned but should have started: " + m.title()).isAfter(AS_OF);
                assertThat(m.percentComplete()).as(m.title()).isZero();
            }
            if ((m.status() == MilestoneStatus.IN_PROGRESS || m.status() == MilestoneStatus.AT_RISK) && !m.ongoing()) {
                assertThat(m.lastDay()).as("overdue but not marked delayed: " + m.title()).isAfterOrEqualTo(AS_OF);
            }
        }
    }

    /**
     * The statement speaks of "agreements and MoUs" in its seven sectors without saying which is which; the compiled
     * facts make the science & technology documents agreements (of the academies) and the others memoranda. So each
     * of the seven sectors has exactly one signed document, MoU or agreement, dated 26 Nov 2024.
     */
    @Test
    void eachOfTheSevenStatementSectorsHasOneDocumentSignedOn26November2024() {
        List<Agreement> documents = statementDocuments();
        Map<String, Long> bySector = documents.stream()
                .collect(Collectors.groupingBy(a -> sectorName(a.sectorId()), Collectors.counting()));
        for (String sector : STATEMENT_SECTORS) {
            assertThat(bySector.get(sector)).as(sector).isEqualTo(1L);
        }
        assertThat(documents).hasSize(7).allSatisfy(a -> {
            assertThat(a.description()).as(a.title()).contains("Source: ");
            assertThat(a.milestoneIds()).as(a.title()).hasSizeGreaterThanOrEqualTo(2);
            if (a.kind() == AgreementKind.MOU) {
                assertThat(a.status().name()).as(a.title()).isIn("SIGNED_MOU", "BEING_FORMALISED");
            } else {
                // no source says any of them has entered into force
                assertThat(a.status()).as(a.title()).isEqualTo(AgreementStatus.AGREEMENT_SIGNED);
            }
        });
        Agreement science = documents.stream().filter(a -> sectorName(a.sectorId()).equals("Science & technology"))
                .findFirst().orElseThrow();
        assertThat(science.kind()).as("facts.md: science & technology agreements").isEqualTo(AgreementKind.AGREEMENT);
        assertThat(science.title()).contains("agreements").contains("Pakistan Academy of Sciences").contains("PCSIR");
        assertThat(sample.agreements()).allSatisfy(a -> assertThat(a.titleAlt()).as(a.title()).matches(CYRILLIC));
        assertThat(sample.agreements()).filteredOn(a -> a.kind() == AgreementKind.PROGRAMME)
                .anySatisfy(a -> {
                    assertThat(a.title()).isEqualTo(sample.info().title());
                    assertThat(a.signed()).isEqualTo(SIGNING_DAY);
                    assertThat(a.status()).as("the sources say it was signed, not that it is in force")
                            .isEqualTo(AgreementStatus.AGREEMENT_SIGNED);
                });
        assertThat(sample.agreements()).filteredOn(a -> LocalDate.of(2025, 4, 11).equals(a.signed()))
                .hasSizeGreaterThanOrEqualTo(5);
    }

    @Test
    void eachStatementMouIsFormalisedAfterThePrimeMinistersVisit() {
        Milestone visit = only(m -> m.title().equals("Prime Minister's official visit to Minsk"));
        assertThat(visit.start()).isEqualTo(PlanDate.day(2025, 4, 10));
        assertThat(visit.end()).isEqualTo(PlanDate.day(2025, 4, 11));
        List<String> mouSectors = statementDocuments().stream().filter(a -> a.kind() == AgreementKind.MOU)
                .map(a -> sectorName(a.sectorId())).toList();
        assertThat(mouSectors).hasSize(6);
        List<Milestone> formalisations = sample.milestones().stream()
                .filter(m -> m.title().startsWith("Formalise the ")).toList();
        // only memoranda are formalised into agreements; documents that already are agreements are not
        assertThat(formalisations).extracting(m -> sectorName(m.sectorId()))
                .containsExactlyInAnyOrderElementsOf(mouSectors);
        assertThat(formalisations).allSatisfy(f -> {
            assertThat(sample.dependencies()).anySatisfy(d -> {
                assertThat(d.predecessorId()).isEqualTo(visit.id());
                assertThat(d.successorId()).isEqualTo(f.id());
            });
            assertThat(f.baselineEnd()).isEqualTo(LocalDate.of(2025, 4, 11));
        });
    }

    @Test
    void anMouWhoseFormalisationHasStartedIsBeingFormalised() {
        Map<UUID, Milestone> byId = sample.milestones().stream()
                .collect(Collectors.toMap(Milestone::id, Function.identity()));
        for (Agreement a : sample.agreements()) {
            List<Milestone> formalisations = a.milestoneIds().stream().map(byId::get)
                    .filter(m -> m.title().startsWith("Formalise the ")).toList();
            if (a.kind() != AgreementKind.MOU || formalisations.isEmpty()) {
                continue;
            }
            boolean underWay = formalisations.stream().anyMatch(m -> m.status() != MilestoneStatus.PLANNED
                    && m.status() != MilestoneStatus.DONE && m.status() != MilestoneStatus.CANCELLED);
            if (underWay) {
                assertThat(a.status()).as(a.title()).isEqualTo(AgreementStatus.BEING_FORMALISED);
            }
        }
    }

    @Test
    void containsTheDatedFactsAroundTheSigning() {
        assertDated("business forum, Islamabad", PlanDate.day(2024, 11, 25), MilestoneKind.MEETING);
        assertDated("Roadmap for Comprehensive Cooperation 2025–2027 signed", PlanDate.day(2024, 11, 26),
                MilestoneKind.MILESTONE);
        assertDated("Business forum in Minsk", PlanDate.day(2025, 4, 10), MilestoneKind.MEETING);
        assertDated("Joint working group on agriculture set up", PlanDate.day(2025, 4, 3), MilestoneKind.MILESTONE);
        assertDated("Labour migration MoU signed", PlanDate.day(2025, 8, 27), MilestoneKind.MILESTONE);
        assertThat(sample.milestones()).filteredOn(m -> m.start().equals(PlanDate.day(2025, 4, 11)))
                .filteredOn(m -> m.status() == MilestoneStatus.DONE).hasSizeGreaterThanOrEqualTo(5)
                .allSatisfy(m -> assertThat(m.description()).contains("Source: thenews.com.pk, 11 Apr 2025"));
        assertThat(sample.milestones()).filteredOn(m -> m.description().contains("[uncertain"))
                .isNotEmpty().allSatisfy(m -> assertThat(m.status()).isEqualTo(MilestoneStatus.DONE));
    }

    private void assertDated(String titlePart, PlanDate start, MilestoneKind kind) {
        Milestone m = only(x -> x.title().contains(titlePart));
        assertThat(m.start()).as(titlePart).isEqualTo(start);
        assertThat(m.kind()).as(titlePart).isEqualTo(kind);
        assertThat(m.status()).as(titlePart).isEqualTo(MilestoneStatus.DONE);
        assertThat(m.description()).as(titlePart).contains("Source: ");
    }

    @Test
    void theCommissionsAndTheirSessionsAreAsReported() {
        Commission jmc = commission("Joint Ministerial Commission on Trade and Economic Cooperation");
        assertThat(jmc.coChairA()).contains("Minister of Commerce").contains("Jam Kamal Khan");
        assertThat(jmc.coChairB()).contains("Minister of Energy");
        assertThat(jmc.nameAlt()).matches(CYRILLIC);
        assertThat(jmc.description()).contains("Trade Road Map 2025–27").contains("Minister of Commerce")
                .contains("Minister of Energy").doesNotContain("main mechanism").doesNotContain("alternate");
        assertSession(jmc, 6, PlanDate.day(2023, 1, 12), PlanDate.day(2023, 1, 13), "Minsk", MilestoneStatus.DONE);
        assertSession(jmc, 7, PlanDate.day(2024, 9, 24), null, "Islamabad", MilestoneStatus.DONE);
        assertSession(jmc, 8, PlanDate.month(2025, 2), null, "Minsk", MilestoneStatus.DONE);
        assertThat(session(jmc, 7).decisions()).contains("textile MoU").contains("Trade Road Map 2025–27");
        assertThat(session(jmc, 8).decisions()).contains("[uncertain");
        SessionDetails ninth = session(jmc, 9);
        Milestone ninthMeeting = meetingOf(ninth);
        assertThat(ninthMeeting.status()).isEqualTo(MilestoneStatus.POSTPONED);
        assertThat(ninthMeeting.start().firstDay()).isAfterOrEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(ninth.decisions()).startsWith("Illustrative plan: ");

        Commission industry = commission("Joint Working Group on Industrial Cooperation");
        assertSession(industry, 5, PlanDate.day(2025, 1, 30), null, "Islamabad", MilestoneStatus.DONE);
        assertThat(meetingOf(session(industry, 6)).status()).isEqualTo(MilestoneStatus.PLANNED);
        assertThat(sample.commissions()).allSatisfy(c -> assertThat(c.nameAlt()).as(c.name()).matches(CYRILLIC));
    }

    @Test
    void everySessionIsAMeetingOnTheChartLinkedToItsCommission() {
        for (SessionDetails s : sample.sessions()) {
            Milestone m = meetingOf(s);
            assertThat(m.kind()).as("session %d", s.number()).isEqualTo(MilestoneKind.MEETING);
            assertThat(m.commissionId()).as("session %d", s.number()).isNotNull();
            assertThat(m.title()).startsWith(ordinal(s.number()) + " ");
        }
    }

    private static final Pattern NUMBERED_SESSION = Pattern.compile("(\\d+)(?:st|nd|rd|th) (?:session|meeting)\\b.*");

    @Test
    void everyNumberedSessionMeetingHasItsSessionDetails() {
        List<Milestone> meetings = sample.milestones().stream()
                .filter(m -> m.kind() == MilestoneKind.MEETING && m.commissionId() != null)
                .filter(m -> NUMBERED_SESSION.matcher(m.title()).matches()).toList();
        assertThat(meetings).hasSizeGreaterThanOrEqualTo(sample.sessions().size());
        for (Milestone m : meetings) {
            var matcher = NUMBERED_SESSION.matcher(m.title());
            assertThat(matcher.matches()).isTrue();
            int number = Integer.parseInt(matcher.group(1));
            SessionDetails s = sample.sessionOf(m.id())
                    .orElseThrow(() -> new AssertionError("no session details for " + m.title()));
            assertThat(s.number()).as("number of " + m.title()).isEqualTo(number);
            if (s.venue() != null && m.title().contains(", ")) {
                assertThat(m.title()).as("venue of " + m.title()).endsWith(", " + s.venue());
            }
        }
    }

    @Test
    void leadAgenciesTheSourcesDoNotNameAreMarked() {
        // the bodies the sources name (the statement, facts.md); any other lead agency is an illustrative choice
        Set<String> named = Set.of("Ministry of Commerce", "Ministry of Energy",
                "National Disaster Management Authority (NDMA)", "Ministry of Emergency Situations", "BelHalal",
                "Pakistan National Accreditation Council (PNAC)", "Auditor-General of Pakistan",
                "State Control Committee", "Financial Monitoring Unit (FMU)", "Financial Monitoring Department",
                "Pakistan Academy of Sciences", "PCSIR", "National Academy of Sciences of Belarus",
                "National Assembly of Pakistan", "Ministry of Interior", "Ministry of Internal Affairs",
                "Ministry of Defence");
        for (Milestone m : sample.milestones()) {
            boolean allNamed = Pattern.compile("; ").splitAsStream(m.leadAgencyA() + "; " + m.leadAgencyB())
                    .allMatch(named::contains);
            if (!allNamed) {
                assertThat(m.remarks()).as("remarks of " + m.title())
                        .contains("not named in the sources (illustrative)");
            }
        }
    }

    @Test
    void dependenciesAreMostlyFinishToStartAndTheDatesHonourThem() {
        assertThat(sample.dependencies()).filteredOn(d -> d.type() == DependencyType.FS)
                .hasSizeGreaterThan(sample.dependencies().size() / 2);
        assertThat(sample.dependencies()).filteredOn(d -> d.type() == DependencyType.SS).isNotEmpty();
        assertThat(sample.dependencies()).filteredOn(d -> d.lagDays() != 0).hasSizeGreaterThanOrEqualTo(3);
        Map<UUID, Milestone> byId = sample.milestones().stream()
                .collect(Collectors.toMap(Milestone::id, Function.identity()));
        for (Dependency d : sample.dependencies()) {
            Milestone p = byId.get(d.predecessorId());
            Milestone s = byId.get(d.successorId());
            LocalDate earliest = switch (d.type()) {
                case FS, FF -> p.lastDay().plusDays(d.lagDays());
                case SS, SF -> p.firstDay().plusDays(d.lagDays());
            };
            LocalDate constrained = d.type() == DependencyType.FS || d.type() == DependencyType.SS
                    ? s.firstDay() : s.lastDay();
            assertThat(constrained).as("%s %s → %s", d.type(), p.title(), s.title()).isAfterOrEqualTo(earliest);
        }
    }

    private Milestone only(java.util.function.Predicate<Milestone> which) {
        List<Milestone> found = sample.milestones().stream().filter(which).toList();
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    private List<Agreement> statementDocuments() {
        return sample.agreements().stream()
                .filter(a -> a.kind() == AgreementKind.MOU || a.kind() == AgreementKind.AGREEMENT)
                .filter(a -> SIGNING_DAY.equals(a.signed()))
                .filter(a -> STATEMENT_SECTORS.contains(sectorName(a.sectorId()))).toList();
    }

    private String sectorName(UUID id) {
        return id == null ? null : sample.sector(id).map(Sector::name).orElse(null);
    }

    private Commission commission(String name) {
        return sample.commissions().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    private SessionDetails session(Commission c, int number) {
        return sample.sessionsOf(c.id()).stream().filter(s -> s.number() == number)
                .findFirst().orElseThrow(() -> new AssertionError("no session " + number + " of " + c.name()));
    }

    private Milestone meetingOf(SessionDetails s) {
        return sample.milestone(s.meetingId()).orElseThrow(() -> new AssertionError("session " + s.number()
                + " has no meeting"));
    }

    private void assertSession(Commission c, int number, PlanDate start, PlanDate end, String venue,
                               MilestoneStatus status) {
        SessionDetails s = session(c, number);
        Milestone m = meetingOf(s);
        assertThat(m.start()).isEqualTo(start);
        assertThat(m.end()).isEqualTo(end);
        assertThat(s.venue()).isEqualTo(venue);
        assertThat(m.status()).isEqualTo(status);
    }

    private static String ordinal(int n) {
        return n + switch (n % 10 == 1 && n % 100 != 11 ? 1 : n % 10 == 2 && n % 100 != 12 ? 2
                : n % 10 == 3 && n % 100 != 13 ? 3 : 0) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
    }
}
