package io.milepost.io.ics;

import static org.assertj.core.api.Assertions.assertThat;

import io.milepost.model.Agreement;
import io.milepost.model.AgreementKind;
import io.milepost.model.AgreementStatus;
import io.milepost.model.Milestone;
import io.milepost.model.MilestoneKind;
import io.milepost.model.MilestoneStatus;
import io.milepost.model.PlanDate;
import io.milepost.model.Roadmap;
import io.milepost.model.RoadmapInfo;
import io.milepost.model.Sector;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

/** A planner subscribes a calendar program to the roadmap's dates. */
class RoadmapIcsWriterTest {

    private static final Instant STAMP = Instant.parse("2026-12-02T09:00:00Z");
    private static final Sector TRADE = new Sector(UUID.randomUUID(), "Halal trade", null, null, 1);

    private final Milestone signing = Milestone.builder().kind(MilestoneKind.MILESTONE).title("Roadmap signed")
            .sectorId(TRADE.id()).start(PlanDate.day(2024, 11, 26)).status(MilestoneStatus.DONE).build();
    private final Milestone commission = Milestone.builder().kind(MilestoneKind.MEETING)
            .title("Joint Ministerial Commission, 9th session").sectorId(TRADE.id()).start(PlanDate.quarter(2025, 3))
            .leadAgencyA("Ministry of Commerce").build();
    private final Milestone visit = Milestone.builder().kind(MilestoneKind.MEETING).title("Visit to Minsk")
            .sectorId(TRADE.id()).start(PlanDate.day(2025, 4, 10)).end(PlanDate.day(2025, 4, 11)).build();
    private final Milestone bar = Milestone.builder().title("Trade road map").sectorId(TRADE.id())
            .start(PlanDate.year(2025)).build();
    private final Agreement mou = new Agreement(UUID.randomUUID(), AgreementKind.MOU, "MoU on halal trade", null,
            TRADE.id(), LocalDate.of(2024, 11, 26), AgreementStatus.SIGNED_MOU, null, List.of());

    private Roadmap roadmap() {
        return Roadmap.empty(new RoadmapInfo(UUID.randomUUID(), "Roadmap", null, "Pakistan", "Belarus",
                        LocalDate.of(2025, 1, 1), LocalDate.of(2027, 12, 31), null, "en", null)).withSector(TRADE)
                .withMilestone(signing).withMilestone(commission).withMilestone(visit).withMilestone(bar)
                .withAgreement(mou);
    }

    private String ics(Roadmap r) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new RoadmapIcsWriter().write(r, STAMP, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void milestonesMeetingsAndSigningsAreAllDayEventsWithStableUids() throws Exception {
        String text = ics(roadmap());

        Calendar calendar = new CalendarBuilder().build(new StringReader(text));
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).hasSize(4);
        assertThat(calendar.validate().getEntries()).as("RFC 5545 validation").isEmpty();
        assertThat(text).contains("UID:" + signing.id() + "@milepost.roadmap")
                .contains("UID:agreement-" + mou.id() + "@milepost.roadmap")
                .contains("DTSTART;VALUE=DATE:20241126").contains("DTEND;VALUE=DATE:20241127")
                .contains("DTSTAMP:20261202T090000Z").contains("CATEGORIES:Halal trade,done")
                .doesNotContain("Trade road map").contains("\r\n");
        assertThat(ics(roadmap())).isEqualTo(text);
    }

    @Test
    void aPeriodBecomesOneDayOnItsLastDayWithThePeriodInTheDescription() throws Exception {
        String text = ics(roadmap()).replace("\r\n ", "");

        assertThat(text).contains("DTSTART;VALUE=DATE:20250930").contains("DTEND;VALUE=DATE:20251001")
                .contains("DESCRIPTION:Q3 2025\\nLead (Pakistan): Ministry of Commerce");
    }

    @Test
    void aCalendarForRussianReadersSaysItsOwnWordsInRussian() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new RoadmapIcsWriter().write(roadmap(), STAMP, java.util.Locale.forLanguageTag("ru"), out);
        String text = out.toString(StandardCharsets.UTF_8).replace("\r\n ", "");

        assertThat(text).contains("DESCRIPTION:III кв. 2025\\nВедущее ведомство (Pakistan): Ministry of Commerce")
                .contains("SUMMARY:Подписание: MoU on halal trade")
                .contains("DESCRIPTION:Подписан документ: Меморандум о взаимопонимании")
                .contains("CATEGORIES:Halal trade,выполнено")
                .doesNotContain("Lead (").doesNotContain("Signing:");
    }

    @Test
    void aMeetingOverSeveralDaysSpansThem() throws Exception {
        String text = ics(roadmap());

        assertThat(text).contains("DTSTART;VALUE=DATE:20250410").contains("DTEND;VALUE=DATE:20250412");
    }

    @Test
    void textThatLooksLikeCalendarSyntaxStaysText() throws Exception {
        Milestone tricky = signing.toBuilder().id(UUID.randomUUID())
                .title("Forum;\r\nEND:VEVENT\r\nBEGIN:VEVENT,x\\y").build();

        String text = ics(roadmap().withMilestone(tricky));

        Calendar calendar = new CalendarBuilder().build(new StringReader(text));
        assertThat(calendar.getComponents("VEVENT")).hasSize(5);
        assertThat(text).contains("SUMMARY:Forum\\;\\nEND:VEVENT\\nBEGIN:VEVENT\\,x\\\\y");
    }
}
