package io.milepost.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class HeaderTiersTest {

    private static final LocalDate NEW_YEAR_2025 = LocalDate.of(2025, 1, 1);

    @Test
    void aYearAtQuartersZoomShowsTheYearOverItsFourQuartersOfUnequalLength() {
        TimeScale s = new TimeScale(NEW_YEAR_2025, 1.0);

        List<HeaderTier> tiers = s.tiers(0, s.xOf(LocalDate.of(2026, 1, 1)));

        assertThat(tiers).extracting(HeaderTier::unit).containsExactly(TierUnit.YEAR, TierUnit.QUARTER);
        assertThat(tiers.get(0).cells()).extracting(HeaderTier.Cell::label, HeaderTier.Cell::x, HeaderTier.Cell::width)
                .containsExactly(tuple("2025", 0.0, 365.0));
        assertThat(tiers.get(1).cells()).extracting(HeaderTier.Cell::label, HeaderTier.Cell::x, HeaderTier.Cell::width)
                .containsExactly(tuple("Q1", 0.0, 90.0), tuple("Q2", 90.0, 91.0), tuple("Q3", 181.0, 92.0),
                        tuple("Q4", 273.0, 92.0));
    }

    @Test
    void onlyTheCellsMeetingTheAskedRangeAreMadeAndEdgeCellsKeepTheirFullExtent() {
        TimeScale s = new TimeScale(NEW_YEAR_2025, Zoom.MONTHS.pxPerDay());
        double x0 = s.xOf(LocalDate.of(2025, 4, 15));
        double x1 = s.xOf(LocalDate.of(2025, 8, 10));

        List<HeaderTier> tiers = s.tiers(x0, x1);

        assertThat(tiers.get(0).cells()).extracting(HeaderTier.Cell::label).containsExactly("Q2 2025", "Q3 2025");
        assertThat(tiers.get(1).cells()).extracting(HeaderTier.Cell::label)
                .containsExactly("Apr", "May", "Jun", "Jul", "Aug");
        HeaderTier.Cell april = tiers.get(1).cells().get(0);
        assertThat(april.x()).isEqualTo(s.xOf(LocalDate.of(2025, 4, 1))).isLessThan(x0);
        assertThat(april.right()).isEqualTo(s.xOf(LocalDate.of(2025, 5, 1)));
    }

    @Test
    void withWeeksFromSundayEveryWeekCellBeginsOnASundayAndIsLabelledWithItsDate() {
        // 1 Jan 2025 is a Wednesday: the first week cell reaches back to Sunday 29 December 2024.
        TimeScale s = new TimeScale(NEW_YEAR_2025, Zoom.WEEKS.pxPerDay(), YearStart.CALENDAR, DayOfWeek.SUNDAY,
                Locale.ENGLISH);

        List<HeaderTier> tiers = s.tiers(0, s.xOf(LocalDate.of(2025, 2, 1)));

        assertThat(tiers.get(1).unit()).isEqualTo(TierUnit.WEEK);
        List<HeaderTier.Cell> weeks = tiers.get(1).cells();
        assertThat(weeks).hasSizeGreaterThan(4)
                .allSatisfy(w -> assertThat(w.start().getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY));
        assertThat(weeks).extracting(HeaderTier.Cell::start).startsWith(LocalDate.of(2024, 12, 29),
                LocalDate.of(2025, 1, 5), LocalDate.of(2025, 1, 12));
        assertThat(weeks).extracting(HeaderTier.Cell::label).startsWith("29", "5", "12");
        assertThat(weeks.get(1).x()).isEqualTo(s.xOf(LocalDate.of(2025, 1, 5)));
    }

    @Test
    void weeksBeginOnMondayUnlessAskedOtherwise() {
        TimeScale s = new TimeScale(NEW_YEAR_2025, Zoom.WEEKS.pxPerDay());

        List<HeaderTier.Cell> weeks = s.tiers(0, s.xOf(LocalDate.of(2025, 2, 1))).get(1).cells();

        assertThat(weeks).allSatisfy(w -> assertThat(w.start().getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY));
        assertThat(weeks.get(0).start()).isEqualTo(LocalDate.of(2024, 12, 30));
    }

    @Test
    void pakistansFiscalYearRunsJulyToJuneAndItsFirstQuarterIsJulyToSeptember() {
        TimeScale s = new TimeScale(NEW_YEAR_2025, 1.0, YearStart.JULY, Locale.ENGLISH);

        List<HeaderTier> tiers = s.tiers(0, s.xOf(LocalDate.of(2026, 7, 1)));

        assertThat(tiers.get(0).cells())
                .extracting(HeaderTier.Cell::label, HeaderTier.Cell::start, HeaderTier.Cell::width)
                .containsExactly(tuple("FY 2024-25", LocalDate.of(2024, 7, 1), 365.0),
                        tuple("FY 2025-26", LocalDate.of(2025, 7, 1), 365.0));
        assertThat(tiers.get(1).cells()).extracting(HeaderTier.Cell::start, HeaderTier.Cell::label)
                .startsWith(tuple(LocalDate.of(2025, 1, 1), "Q3"), tuple(LocalDate.of(2025, 4, 1), "Q4"),
                        tuple(LocalDate.of(2025, 7, 1), "Q1"));
    }

    @Test
    void atMonthsZoomAFiscalQuarterNamesItsFiscalYear() {
        TimeScale s = new TimeScale(LocalDate.of(2025, 7, 1), Zoom.MONTHS.pxPerDay(), YearStart.JULY, Locale.ENGLISH);

        List<HeaderTier> tiers = s.tiers(0, 10);

        assertThat(tiers.get(0).cells().get(0).label()).isEqualTo("Q1 FY 2025-26");
        assertThat(YearStart.JULY.yearLabel(LocalDate.of(2099, 7, 1))).isEqualTo("FY 2099-00");
    }

    @Test
    void atDaysZoomTheHeaderShowsWeeksOverDays() {
        TimeScale s = new TimeScale(NEW_YEAR_2025, Zoom.DAYS.pxPerDay());
        LocalDate monday = LocalDate.of(2025, 1, 6);

        List<HeaderTier> tiers = s.tiers(s.xOf(monday), s.xOf(monday.plusWeeks(1)));

        assertThat(tiers.get(0).unit()).isEqualTo(TierUnit.WEEK);
        assertThat(tiers.get(0).cells()).extracting(HeaderTier.Cell::label, HeaderTier.Cell::width)
                .containsExactly(tuple("6 Jan 2025", 7 * 32.0));
        assertThat(tiers.get(1).cells()).extracting(HeaderTier.Cell::label)
                .containsExactly("6", "7", "8", "9", "10", "11", "12");
    }

    @Test
    void atWeeksZoomTheHeaderShowsMonthsOverWeeksStartingOnMonday() {
        TimeScale s = new TimeScale(NEW_YEAR_2025, Zoom.WEEKS.pxPerDay());

        List<HeaderTier> tiers = s.tiers(0, s.xOf(LocalDate.of(2025, 2, 1)));

        assertThat(tiers.get(0).cells()).extracting(HeaderTier.Cell::label).containsExactly("Jan 2025");
        assertThat(tiers.get(1).cells()).extracting(HeaderTier.Cell::start, HeaderTier.Cell::label)
                .startsWith(tuple(LocalDate.of(2024, 12, 30), "30"), tuple(LocalDate.of(2025, 1, 6), "6"));
    }

    @Test
    void monthNamesFollowTheLocale() {
        TimeScale s = new TimeScale(NEW_YEAR_2025, Zoom.WEEKS.pxPerDay(), YearStart.CALENDAR, Locale.forLanguageTag("ru"));

        assertThat(s.tiers(0, 10).get(0).cells().get(0).label()).startsWith("янв");
    }

    @Test
    void anEmptyRangeHasNoTiers() {
        assertThat(new TimeScale(NEW_YEAR_2025, 1).tiers(5, 5)).isEmpty();
    }
}
