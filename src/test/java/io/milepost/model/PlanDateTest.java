package io.milepost.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlanDateTest {

    @Test
    void everyPeriodFromEveryDayOfFiveYearsEndsTheDayBeforeTheNextPeriodStarts() {
        for (LocalDate d = LocalDate.of(2024, 1, 1); d.isBefore(LocalDate.of(2029, 1, 1)); d = d.plusDays(1)) {
            for (DatePrecision p : DatePrecision.values()) {
                PlanDate period = new PlanDate(d, p);
                assertThat(period.firstDay()).as("%s %s", p, d).isBeforeOrEqualTo(d);
                assertThat(period.lastDay()).as("%s %s", p, d).isAfterOrEqualTo(d);
                LocalDate next = period.lastDay().plusDays(1);
                assertThat(new PlanDate(next, p).firstDay()).as("%s %s", p, d).isEqualTo(next);
                assertThat(new PlanDate(period.lastDay(), p)).as("%s %s", p, d).isEqualTo(period);
            }
        }
    }

    @Test
    void aQuarterRunsFromItsFirstToItsLastDay() {
        PlanDate q3 = PlanDate.quarter(2025, 3);
        assertThat(q3.firstDay()).isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(q3.lastDay()).isEqualTo(LocalDate.of(2025, 9, 30));
        assertThat(q3.label()).isEqualTo("Q3 2025");
    }

    @Test
    void anyDayInsideAPeriodNamesThatPeriod() {
        assertThat(new PlanDate(LocalDate.of(2026, 5, 17), DatePrecision.HALF_YEAR)).isEqualTo(PlanDate.half(2026, 1));
        assertThat(new PlanDate(LocalDate.of(2027, 12, 31), DatePrecision.YEAR)).isEqualTo(PlanDate.year(2027));
    }

    @Test
    void aMonthEndsOnItsLastDayEvenInALeapYear() {
        assertThat(PlanDate.month(2028, 2).lastDay()).isEqualTo(LocalDate.of(2028, 2, 29));
    }

    @ParameterizedTest
    @CsvSource({
            "2025-04-11, DAY, 11 Apr 2025",
            "2025-02, MONTH, Feb 2025",
            "Q3 2025, QUARTER, Q3 2025",
            "q4-2026, QUARTER, Q4 2026",
            "H1 2026, HALF_YEAR, H1 2026",
            "h2/2027, HALF_YEAR, H2 2027",
            "2027, YEAR, 2027"})
    void aPlannerCanTypeTheTimelineAsThePlanWroteIt(String typed, DatePrecision precision, String label) {
        PlanDate parsed = PlanDate.parse(typed);
        assertThat(parsed.precision()).isEqualTo(precision);
        assertThat(parsed.label()).isEqualTo(label);
        assertThat(PlanDate.parse(parsed.code())).isEqualTo(parsed);
    }

    @ParameterizedTest
    @CsvSource({"Q5 2025", "2025-13", "2025-02-30", "next spring", "H3 2026"})
    void aWrongDateIsRefusedWithTheTextThatWasTyped(String typed) {
        assertThatThrownBy(() -> PlanDate.parse(typed))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(typed.substring(0, 2));
    }

    @Test
    void datesBeyondTheSaneRangeAreFlagged() {
        assertThat(PlanDate.day(1899, 12, 31).isWithinSaneRange()).isFalse();
        assertThat(PlanDate.year(2200).isWithinSaneRange()).isTrue();
        assertThat(PlanDate.year(2201).isWithinSaneRange()).isFalse();
    }

    @Test
    void periodsSortByTheirFirstDayThenTheirLength() {
        assertThat(PlanDate.quarter(2025, 1)).isLessThan(PlanDate.year(2025));
        assertThat(PlanDate.day(2025, 1, 1)).isLessThan(PlanDate.month(2025, 1));
        assertThat(PlanDate.month(2025, 2)).isGreaterThan(PlanDate.year(2025));
    }
}
