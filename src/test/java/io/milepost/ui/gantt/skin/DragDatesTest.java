package io.milepost.ui.gantt.skin;

import static org.assertj.core.api.Assertions.assertThat;

import io.milepost.chart.Zoom;
import io.milepost.model.Milestone;
import io.milepost.model.MilestoneKind;
import io.milepost.model.PlanDate;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What a dragged or nudged item's dates become, and when they keep the wording the plan gave them. */
class DragDatesTest {

    private static Milestone activity(PlanDate start, PlanDate end) {
        return Milestone.builder().title("Joint study").sectorId(UUID.randomUUID()).start(start).end(end).build();
    }

    private static Milestone milestone(PlanDate date) {
        return Milestone.builder().kind(MilestoneKind.MILESTONE).title("Agreement signed").sectorId(UUID.randomUUID())
                .start(date).build();
    }

    private static String timeline(Milestone m, DragDates.Dates d) {
        return m.withDates(d.start(), d.end()).timelineLabel();
    }

    @Test
    void aMilestoneWrittenAsAQuarterMovedByAMonthBecomesOneDayNotARange() {
        Milestone review = milestone(PlanDate.quarter(2027, 1));
        var d = DragDates.move(review, LocalDate.of(2027, 2, 1)).orElseThrow();
        assertThat(d.end()).isNull();
        assertThat(d.start()).isEqualTo(PlanDate.day(2027, 3, 17)); // 14 Feb, the middle of Q1 2027, a month later
        assertThat(timeline(review, d)).isEqualTo("17 Mar 2027");
    }

    @Test
    void aMilestoneWrittenAsAYearNudgedAtMonthZoomStaysOneDate() {
        Milestone tractors = milestone(PlanDate.year(2027));
        var d = DragDates.nudge(tractors, Zoom.MONTHS, DayOfWeek.MONDAY, 1).orElseThrow();
        assertThat(d.end()).isNull();
        assertThat(d.start().precision()).isEqualTo(io.milepost.model.DatePrecision.DAY);
        assertThat(d.start().firstDay()).isBetween(LocalDate.of(2027, 7, 1), LocalDate.of(2027, 8, 31));
    }

    @Test
    void aMilestoneWrittenAsAQuarterMovedByAWholeQuarterStaysAQuarter() {
        Milestone review = milestone(PlanDate.quarter(2027, 1));
        var d = DragDates.move(review, LocalDate.of(2027, 4, 1)).orElseThrow();
        assertThat(d).isEqualTo(new DragDates.Dates(PlanDate.quarter(2027, 2), null));
    }

    @Test
    void aQuarterMovedByWholeQuartersStaysAQuarter() {
        Milestone q3 = activity(PlanDate.quarter(2025, 3), null);
        var d = DragDates.move(q3, LocalDate.of(2025, 10, 1)).orElseThrow();
        assertThat(timeline(q3, d)).isEqualTo("Q4 2025");
        assertThat(d.end()).isNull();
    }

    @Test
    void aQuarterMovedByAMonthBecomesExactDaysOfTheSameLength() {
        Milestone q3 = activity(PlanDate.quarter(2025, 3), null);
        var d = DragDates.move(q3, LocalDate.of(2025, 8, 1)).orElseThrow();
        assertThat(timeline(q3, d)).isEqualTo("1 Aug 2025 – 31 Oct 2025");
    }

    @Test
    void aMixedTimelineKeepsItsWordingOnlyWhenEveryEndMovesByItsOwnWholePeriods() {
        Milestone m = activity(PlanDate.month(2025, 5), PlanDate.half(2026, 2));
        assertThat(timeline(m, DragDates.move(m, LocalDate.of(2025, 11, 1)).orElseThrow()))
                .isEqualTo("Nov 2025 – H1 2027");
        assertThat(timeline(m, DragDates.move(m, LocalDate.of(2025, 6, 1)).orElseThrow()))
                .isEqualTo("1 Jun 2025 – 31 Jan 2027");
    }

    @Test
    void aMoveByDaysKeepsTheLengthInDays() {
        Milestone m = activity(PlanDate.day(2025, 3, 10), PlanDate.day(2025, 3, 20));
        var d = DragDates.move(m, LocalDate.of(2025, 3, 17)).orElseThrow();
        assertThat(timeline(m, d)).isEqualTo("17 Mar 2025 – 27 Mar 2025");
    }

    @Test
    void aBarFromTheFirstToTheLastOfAMonthStillEndsOnAMonthsLastDayAfterAMonthsMove() {
        Milestone m = activity(PlanDate.day(2025, 1, 1), PlanDate.day(2025, 1, 31));
        assertThat(timeline(m, DragDates.move(m, LocalDate.of(2025, 2, 1)).orElseThrow()))
                .isEqualTo("1 Feb 2025 – 28 Feb 2025");
    }

    @Test
    void aSingleDayMilestoneStaysASingleDate() {
        Milestone m = milestone(PlanDate.day(2025, 4, 11));
        var d = DragDates.move(m, LocalDate.of(2025, 5, 1)).orElseThrow();
        assertThat(d.start()).isEqualTo(PlanDate.day(2025, 5, 1));
        assertThat(d.end()).isNull();
    }

    @Test
    void draggingAnEndToItsPeriodsBoundaryKeepsItsPrecisionElseItBecomesADay() {
        Milestone m = activity(PlanDate.month(2025, 6), PlanDate.month(2026, 12));
        assertThat(timeline(m, DragDates.resizeEnd(m, LocalDate.of(2027, 2, 1)).orElseThrow()))
                .isEqualTo("Jun 2025 – Jan 2027");
        assertThat(timeline(m, DragDates.resizeEnd(m, LocalDate.of(2027, 1, 15)).orElseThrow()))
                .isEqualTo("Jun 2025 – 14 Jan 2027");
        assertThat(timeline(m, DragDates.resizeStart(m, LocalDate.of(2025, 4, 1)).orElseThrow()))
                .isEqualTo("Apr 2025 – Dec 2026");
        assertThat(timeline(m, DragDates.resizeStart(m, LocalDate.of(2025, 4, 7)).orElseThrow()))
                .isEqualTo("7 Apr 2025 – Dec 2026");
    }

    @Test
    void aStartDraggedPastTheEndLeavesOneDay() {
        Milestone m = activity(PlanDate.day(2025, 3, 10), PlanDate.day(2025, 3, 20));
        var d = DragDates.resizeStart(m, LocalDate.of(2025, 6, 1)).orElseThrow();
        assertThat(d.firstDay()).isEqualTo(LocalDate.of(2025, 3, 20));
        assertThat(d.lastDay()).isEqualTo(LocalDate.of(2025, 3, 20));
    }

    @Test
    void nothingGoesBeforeNineteenHundredOrAfterTwentyTwoHundred() {
        Milestone early = milestone(PlanDate.day(1900, 1, 1));
        assertThat(DragDates.nudge(early, Zoom.DAYS, DayOfWeek.MONDAY, -1)).isEmpty();
        Milestone late = activity(PlanDate.year(2200), null);
        assertThat(DragDates.nudge(late, Zoom.MONTHS, DayOfWeek.MONDAY, 1)).isEmpty();
    }

    @Test
    void aNudgeIsOneSnapStepOfTheZoom() {
        Milestone m = milestone(PlanDate.day(2025, 4, 11));
        DayOfWeek mon = DayOfWeek.MONDAY;
        assertThat(DragDates.nudge(m, Zoom.DAYS, mon, 1).orElseThrow().start()).isEqualTo(PlanDate.day(2025, 4, 12));
        assertThat(DragDates.nudge(m, Zoom.WEEKS, mon, 1).orElseThrow().start()).isEqualTo(PlanDate.day(2025, 4, 14));
        assertThat(DragDates.nudge(m, Zoom.MONTHS, mon, 1).orElseThrow().start()).isEqualTo(PlanDate.day(2025, 5, 1));
        assertThat(DragDates.nudge(m, Zoom.MONTHS, mon, -1).orElseThrow().start()).isEqualTo(PlanDate.day(2025, 4, 1));
    }

    @Test
    void atWeekZoomADragLandsOnTheWeekStartThePlannerChose() {
        Milestone visit = milestone(PlanDate.day(2025, 4, 11)); // a Friday
        double px = Zoom.WEEKS.pxPerDay();

        // Dragged ten days later, to Monday 21 April: a planner whose weeks begin on Sunday lands on the 20th.
        LocalDate sundayWeeks = DragDates.movedFirstDay(visit, 10 * px, px, Zoom.WEEKS, DayOfWeek.SUNDAY);
        LocalDate mondayWeeks = DragDates.movedFirstDay(visit, 10 * px, px, Zoom.WEEKS, DayOfWeek.MONDAY);

        assertThat(sundayWeeks).isEqualTo(LocalDate.of(2025, 4, 20)).matches(d -> d.getDayOfWeek() == DayOfWeek.SUNDAY);
        assertThat(mondayWeeks).isEqualTo(LocalDate.of(2025, 4, 21));
        assertThat(DragDates.move(visit, sundayWeeks).orElseThrow().start()).isEqualTo(PlanDate.day(2025, 4, 20));
    }

    @Test
    void atWeekZoomANudgeStepsToTheNextChosenWeekStart() {
        Milestone visit = milestone(PlanDate.day(2025, 4, 11)); // a Friday
        assertThat(DragDates.nudge(visit, Zoom.WEEKS, DayOfWeek.SUNDAY, 1).orElseThrow().start())
                .isEqualTo(PlanDate.day(2025, 4, 13));
        assertThat(DragDates.nudge(visit, Zoom.WEEKS, DayOfWeek.SATURDAY, -1).orElseThrow().start())
                .isEqualTo(PlanDate.day(2025, 4, 5));
    }

    @Test
    void percentFollowsThePointerInStepsOfFive() {
        assertThat(DragDates.percentAt(150, 100, 300)).isEqualTo(25);
        assertThat(DragDates.percentAt(151, 100, 300)).isEqualTo(25);
        assertThat(DragDates.percentAt(50, 100, 300)).isZero();
        assertThat(DragDates.percentAt(400, 100, 300)).isEqualTo(100);
    }
}
