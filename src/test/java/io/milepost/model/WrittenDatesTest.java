package io.milepost.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WrittenDatesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "12 Mar 2025      | 2025-03-12 | DAY",
            "12 March 2025    | 2025-03-12 | DAY",
            "March 12, 2025   | 2025-03-12 | DAY",
            "2025-03-12       | 2025-03-12 | DAY",
            "12.03.2025       | 2025-03-12 | DAY",
            "Mar 2026         | 2026-03-01 | MONTH",
            "september 2026   | 2026-09-01 | MONTH",
            "Sept 2026        | 2026-09-01 | MONTH",
            "2026-03          | 2026-03-01 | MONTH",
            "Q3 2025          | 2025-07-01 | QUARTER",
            "q4-2025          | 2025-10-01 | QUARTER",
            "H1 2026          | 2026-01-01 | HALF_YEAR",
            "h2/2026          | 2026-07-01 | HALF_YEAR",
            "2027             | 2027-01-01 | YEAR",
    })
    void readsEveryFormAPlanWrites(String text, LocalDate first, DatePrecision precision) {
        assertThat(WrittenDates.parse(text)).isEqualTo(new PlanDate(first, precision));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"12 Mar 2025", "Mar 2026", "Q3 2025", "H1 2026", "2027"})
    void writesBackWhatItReads(String text) {
        assertThat(WrittenDates.format(WrittenDates.parse(text))).isEqualTo(text);
    }

    @Test
    void saysWhyTextIsNotADate() {
        assertThatThrownBy(() -> WrittenDates.parse("2025-13-01"))
                .hasMessage("'2025-13-01' is not a date: there is no month 13.");
        assertThatThrownBy(() -> WrittenDates.parse("31 Feb 2026"))
                .hasMessage("'31 Feb 2026' is not a date: February 2026 has no day 31.");
        assertThatThrownBy(() -> WrittenDates.parse("Smarch 2026"))
                .hasMessage("'Smarch 2026' is not a date: 'Smarch' is not a month.");
        assertThatThrownBy(() -> WrittenDates.parse("soon")).hasMessageStartingWith("'soon' is not a date: write");
        assertThatThrownBy(() -> WrittenDates.parse("  ")).hasMessageStartingWith("A date is required");
        assertThatThrownBy(() -> WrittenDates.parse("Q5 2025")).hasMessageStartingWith("'Q5 2025' is not a date");
        assertThatThrownBy(() -> WrittenDates.parse("1850")).hasMessage("'1850' is not between 1 Jan 1900 and 31 Dec 2200.");
    }

    @Test
    void anEndMayBeBlankOrContinuous() {
        assertThat(WrittenDates.parseEnd("")).isEqualTo(WrittenDates.End.WITH_START);
        assertThat(WrittenDates.parseEnd("Continuous")).isEqualTo(WrittenDates.End.ONGOING);
        assertThat(WrittenDates.parseEnd("ongoing")).isEqualTo(WrittenDates.End.ONGOING);
        assertThat(WrittenDates.parseEnd("Q2 2026")).isEqualTo(new WrittenDates.End(PlanDate.quarter(2026, 2), false));
    }

    @Test
    void anEndFieldShowsContinuousOrNothingForAnItemThatEndsWithItsStart() {
        Milestone m = Milestone.builder().title("t").sectorId(java.util.UUID.randomUUID())
                .start(PlanDate.half(2026, 1)).ongoing(true).build();
        assertThat(WrittenDates.formatEnd(m)).isEqualTo("continuous");
        assertThat(WrittenDates.formatEnd(m.toBuilder().ongoing(false).build())).isEmpty();
        assertThat(WrittenDates.formatEnd(m.toBuilder().ongoing(false).end(PlanDate.year(2027)).build()))
                .isEqualTo("2027");
    }
}
