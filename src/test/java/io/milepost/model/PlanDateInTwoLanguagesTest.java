package io.milepost.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.milepost.i18n.DateWords;
import io.milepost.i18n.Messages;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A date as each language writes it, and read back from what the Russian window shows. */
class PlanDateInTwoLanguagesTest {

    private static final Locale RU = Locale.forLanguageTag("ru");

    @Test
    void eachPrecisionIsWrittenTheWayItsLanguageWritesIt() {
        assertThat(PlanDate.quarter(2025, 3).label(Locale.ENGLISH)).isEqualTo("Q3 2025");
        assertThat(PlanDate.quarter(2025, 3).label(RU)).isEqualTo("III кв. 2025");
        assertThat(PlanDate.half(2026, 1).label(Locale.ENGLISH)).isEqualTo("H1 2026");
        assertThat(PlanDate.half(2026, 1).label(RU)).isEqualTo("1-е полугодие 2026");
        assertThat(PlanDate.month(2025, 9).label(Locale.ENGLISH)).isEqualTo("Sep 2025");
        assertThat(PlanDate.month(2025, 9).label(RU)).isEqualTo("сентябрь 2025");
        assertThat(PlanDate.day(2026, 12, 2).label(Locale.ENGLISH)).isEqualTo("2 Dec 2026");
        assertThat(PlanDate.day(2026, 12, 2).label(RU)).isEqualTo("2 дек. 2026");
        assertThat(PlanDate.year(2027).label(RU)).isEqualTo("2027");
    }

    @Test
    void everyPrecisionCarriesItsYearInEachLanguage() {
        // A cell that shows "2-е полугодие" alone leaves the planner guessing which year: each written form has one.
        for (Locale language : new Locale[] {Locale.ENGLISH, RU}) {
            for (DatePrecision precision : DatePrecision.values()) {
                for (int month = 1; month <= 12; month++) {
                    PlanDate d = new PlanDate(LocalDate.of(2026, month, 15), precision);
                    assertThat(d.label(language)).as(precision + " in " + language).contains("2026");
                }
            }
            Milestone ongoing = Milestone.builder().id(UUID.randomUUID()).kind(MilestoneKind.ACTIVITY).title("Exchanges")
                    .sectorId(UUID.randomUUID()).start(PlanDate.half(2026, 2)).ongoing(true)
                    .status(MilestoneStatus.PLANNED).build();
            assertThat(ongoing.timelineLabel(language)).as("ongoing in " + language).contains("2026");
        }
    }

    @Test
    void englishLabelsAreTheOnesTheFileKeeps() {
        for (PlanDate d : new PlanDate[] {PlanDate.quarter(2025, 3), PlanDate.half(2026, 2), PlanDate.month(2025, 5),
                PlanDate.day(2025, 3, 12), PlanDate.year(2027)}) {
            assertThat(d.label(Locale.ENGLISH)).isEqualTo(d.label());
        }
    }

    @Test
    void whatTheRussianWindowShowsReadsBackAsTheSameDate() {
        for (PlanDate d : new PlanDate[] {PlanDate.quarter(2025, 4), PlanDate.half(2026, 1), PlanDate.month(2025, 5),
                PlanDate.month(2025, 9), PlanDate.day(2026, 12, 2), PlanDate.day(2025, 5, 12), PlanDate.year(2027)}) {
            assertThat(WrittenDates.parse(d.label(RU))).as(d.label(RU)).isEqualTo(d);
        }
        assertThat(WrittenDates.parse("3 квартал 2025")).isEqualTo(PlanDate.quarter(2025, 3));
        assertThat(WrittenDates.parseEnd("постоянно").ongoing()).isTrue();
    }

    @Test
    void anOngoingTimelineSaysSoInEachLanguage() {
        Milestone m = Milestone.builder().id(UUID.randomUUID()).kind(MilestoneKind.ACTIVITY).title("Exchanges")
                .sectorId(UUID.randomUUID()).start(PlanDate.year(2025)).ongoing(true).status(MilestoneStatus.PLANNED).build();
        assertThat(m.timelineLabel(Locale.ENGLISH)).isEqualTo(m.timelineLabel()).isEqualTo("from 2025, continuous");
        assertThat(m.timelineLabel(RU)).isEqualTo("с 2025, постоянно");
    }

    @Test
    void theWindowsDatesFollowTheChosenLanguage() {
        try {
            Messages.useForUi(RU);
            assertThat(DateWords.ui().day(LocalDate.of(2026, 12, 2))).isEqualTo("2 дек. 2026");
        } finally {
            Messages.useForUi(Locale.ENGLISH);
        }
        assertThat(DateWords.ui().day(LocalDate.of(2026, 12, 2))).isEqualTo("2 Dec 2026");
    }
}
