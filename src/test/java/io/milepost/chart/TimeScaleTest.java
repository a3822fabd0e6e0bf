package io.milepost.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TimeScaleTest {

    private static final LocalDate NEW_YEAR_2025 = LocalDate.of(2025, 1, 1);

    @Test
    void aDayIsAsWideAsTheZoomSaysAndStartsWhereTheDaysBeforeItEnd() {
        TimeScale months = new TimeScale(NEW_YEAR_2025, 3.5);

        assertThat(months.xOf(NEW_YEAR_2025)).isZero();
        assertThat(months.xOf(LocalDate.of(2025, 3, 1))).isEqualTo(59 * 3.5);
        assertThat(months.xOf(LocalDate.of(2024, 12, 31))).isEqualTo(-3.5);
        assertThat(months.width(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31))).isEqualTo(31 * 3.5);
    }

    @Test
    void anyPointOfADayReadsBackAsThatDay() {
        TimeScale weeks = new TimeScale(NEW_YEAR_2025, 12);
        LocalDate signing = LocalDate.of(2024, 11, 26);

        assertThat(weeks.dateAt(weeks.xOf(signing))).isEqualTo(signing);
        assertThat(weeks.dateAt(weeks.xOf(signing) + 11.99)).isEqualTo(signing);
        assertThat(weeks.dateAt(weeks.xOf(signing) + 12)).isEqualTo(signing.plusDays(1));
    }

    @Test
    void datesAndXRoundTripAtEveryZoomAndOrigin() {
        Random random = new Random(20241126);
        double[] zooms = {Zoom.MIN_PX_PER_DAY, 0.3, 1, 1.7, 3.5, 7.3, 12, 32, 99.9, Zoom.MAX_PX_PER_DAY};
        for (double px : zooms) {
            for (int n = 0; n < 200; n++) {
                LocalDate origin = NEW_YEAR_2025.plusDays(random.nextInt(4000) - 2000);
                // A zoom around an odd point leaves the origin mid-day, as a screen's scale usually is.
                TimeScale s = new TimeScale(origin, px).zoomAround(random.nextDouble() * 1000, 1 + random.nextDouble());
                LocalDate d = NEW_YEAR_2025.plusDays(random.nextInt(4000) - 2000);

                assertThat(s.dateAt(s.xOf(d))).as("day %s at %s px/day", d, s.pxPerDay()).isEqualTo(d);
                double x = (random.nextDouble() - 0.5) * 1e6;
                LocalDate at = s.dateAt(x);
                assertThat(s.xOf(at)).isLessThanOrEqualTo(x + 1e-6);
                assertThat(s.xOf(at.plusDays(1))).isGreaterThan(x - 1e-6);
            }
        }
    }

    @Test
    void zoomingAroundThePointerKeepsTheDateUnderIt() {
        TimeScale s = new TimeScale(NEW_YEAR_2025, 3.5);
        LocalDate under = s.dateAt(400);

        TimeScale closer = s.zoomAround(400, 2);

        assertThat(closer.pxPerDay()).isEqualTo(7);
        assertThat(closer.epochDayAt(400)).isCloseTo(s.epochDayAt(400), within(1e-9));
        assertThat(closer.dateAt(400)).isEqualTo(under);
    }

    @Test
    void aScreenScrolledBySomeAmountZoomsAroundTheMouseByShiftingItsScroll() {
        LocalDate rangeStart = LocalDate.of(2024, 12, 1);
        TimeScale content = new TimeScale(rangeStart, 3.5);
        double scrollX = 1000;
        double mouseX = 250;
        double instantUnderMouse = content.epochDayAt(scrollX + mouseX);

        TimeScale zoomed = content.zoomAround(scrollX + mouseX, 1.5);
        double newScrollX = scrollX - zoomed.xOf(rangeStart);
        TimeScale newContent = new TimeScale(rangeStart, zoomed.pxPerDay());

        assertThat(newContent.epochDayAt(newScrollX + mouseX)).isCloseTo(instantUnderMouse, within(1e-9));
    }

    @Test
    void zoomStopsAtItsLimits() {
        TimeScale s = new TimeScale(NEW_YEAR_2025, 1);

        assertThat(s.zoomAround(0, 1e6).pxPerDay()).isEqualTo(Zoom.MAX_PX_PER_DAY);
        assertThat(s.zoomAround(0, 1e-6).pxPerDay()).isEqualTo(Zoom.MIN_PX_PER_DAY);
    }

    @Test
    void eachZoomLevelsOwnScaleFallsInItsOwnBand() {
        for (Zoom z : Zoom.values()) {
            assertThat(Zoom.of(z.pxPerDay())).isEqualTo(z);
        }
        assertThat(Zoom.DAYS.out()).isEqualTo(Zoom.WEEKS);
        assertThat(Zoom.YEARS.out()).isEqualTo(Zoom.YEARS);
        assertThat(Zoom.MONTHS.in()).isEqualTo(Zoom.WEEKS);
    }

    @Test
    void dragsSnapToTheNearestDayWeekOrMonthByZoom() {
        LocalDate thursday = LocalDate.of(2025, 3, 13);
        LocalDate friday = LocalDate.of(2025, 3, 14);

        assertThat(TimeScale.snap(friday, Zoom.DAYS)).isEqualTo(friday);
        assertThat(TimeScale.snap(thursday, Zoom.WEEKS)).isEqualTo(LocalDate.of(2025, 3, 10));
        assertThat(TimeScale.snap(friday, Zoom.WEEKS)).isEqualTo(LocalDate.of(2025, 3, 17));
        assertThat(TimeScale.snap(friday, Zoom.MONTHS)).isEqualTo(LocalDate.of(2025, 3, 1));
        assertThat(TimeScale.snap(LocalDate.of(2025, 3, 20), Zoom.QUARTERS)).isEqualTo(LocalDate.of(2025, 4, 1));
        assertThat(TimeScale.snap(LocalDate.of(2025, 12, 31), Zoom.YEARS)).isEqualTo(LocalDate.of(2026, 1, 1));
    }

    @Test
    void atWeekZoomDragsSnapToTheNearestChosenFirstDayOfTheWeek() {
        LocalDate tuesday = LocalDate.of(2025, 3, 11);
        LocalDate thursday = LocalDate.of(2025, 3, 13);

        assertThat(TimeScale.snap(tuesday, Zoom.WEEKS, DayOfWeek.SUNDAY)).isEqualTo(LocalDate.of(2025, 3, 9));
        assertThat(TimeScale.snap(thursday, Zoom.WEEKS, DayOfWeek.SUNDAY)).isEqualTo(LocalDate.of(2025, 3, 16));
        assertThat(TimeScale.snap(thursday, Zoom.WEEKS, DayOfWeek.SATURDAY)).isEqualTo(LocalDate.of(2025, 3, 15));
        assertThat(TimeScale.snap(thursday, Zoom.WEEKS, DayOfWeek.MONDAY)).isEqualTo(LocalDate.of(2025, 3, 10));
        assertThat(TimeScale.snap(thursday, Zoom.MONTHS, DayOfWeek.SUNDAY)).isEqualTo(LocalDate.of(2025, 3, 1));
    }
}
