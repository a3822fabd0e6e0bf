package io.milepost.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A planner in Islamabad counts years from July; the header names such a year the way each language writes it. */
class FiscalYearWordsTest {

    private static final LocalDate JULY_2025 = LocalDate.of(2025, 7, 1);

    @Test
    void aFiscalYearReadsFyInEnglishAndAsASplitYearInRussian() {
        assertThat(YearStart.JULY.yearLabel(JULY_2025, Locale.ENGLISH)).isEqualTo("FY 2025-26");
        assertThat(YearStart.JULY.yearLabel(JULY_2025, Locale.forLanguageTag("ru-RU"))).isEqualTo("2025/26 фин. г.");
        assertThat(YearStart.JULY.yearLabel(LocalDate.of(2099, 7, 1), Locale.forLanguageTag("ru")))
                .isEqualTo("2099/00 фин. г.");
    }

    @Test
    void aCalendarYearIsItsNumberInEveryLanguage() {
        assertThat(YearStart.CALENDAR.yearLabel(LocalDate.of(2026, 1, 1), Locale.forLanguageTag("ru")))
                .isEqualTo("2026");
        assertThat(YearStart.CALENDAR.yearLabel(LocalDate.of(2026, 1, 1))).isEqualTo("2026");
    }
}
