package io.milepost.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.milepost.chart.Bar;
import io.milepost.model.Milestone;
import io.milepost.model.PlanDate;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.Test;

/** A planner reschedules items by dragging them on the chart, and takes a change back with Ctrl+Z. */
class DraggingOnTheChartTest extends PlannerSession {

    private static final double MONTHS_PX_PER_DAY = 3.5;

    @Test
    void draggingAQuarterBarThreeMonthsLaterMovesItByAQuarterInTheTableAndTheFileAndCtrlZPutsItBack()
            throws Exception {
        Milestone training = item("Formalise the disaster management MoU into an agreement");
        assertThat(training.timelineLabel()).isEqualTo("Q3 2025 – Q1 2026");
        showOnChart(training, 60);

        Point2D grab = onScreen(training, 0.1, 0.5);
        drag(grab, MouseButton.PRIMARY).moveBy(92 * MONTHS_PX_PER_DAY / 2, 0)
                .moveBy(92 * MONTHS_PX_PER_DAY / 2, 0).release(MouseButton.PRIMARY);
        waitUntil(() -> shown().milestone(training.id()).orElseThrow().start().equals(PlanDate.quarter(2025, 4)));

        assertThat(item(training.title()).timelineLabel()).isEqualTo("Q4 2025 – Q2 2026");
        assertThat(tableTextOf(training.id())).contains("Q4 2025").contains("Q2 2026");
        Milestone saved = inTheFile(training.id());
        assertThat(saved.start()).isEqualTo(PlanDate.quarter(2025, 4));
        assertThat(saved.end()).isEqualTo(PlanDate.quarter(2026, 2));

        push(KeyCode.CONTROL, KeyCode.Z);
        waitUntil(() -> shown().milestone(training.id()).orElseThrow().start().equals(PlanDate.quarter(2025, 3)));
        assertThat(tableTextOf(training.id())).contains("Q3 2025").contains("Q1 2026");
        assertThat(inTheFile(training.id())).isEqualTo(training);
    }

    @Test
    void draggingTheEndOfABarAMonthLaterEndsItAMonthLaterAsWrittenInMonths() throws Exception {
        Milestone audit = item("Formalise the audit MoU into an agreement");
        assertThat(audit.timelineLabel()).isEqualTo("Jun 2025 – Dec 2026");
        showOnChart(audit, 40);
        // The end is beyond the view at months zoom: bring it in, it is what the planner grabs.
        scrollChartTo(scale().xOf(audit.lastDay()) - 300);

        Bar bar = barOf(audit);
        var s = chart().currentScene();
        Point2D end = viewToScreen(s.toViewX(bar.right()) - 1, s.toViewY(bar.centreY()));
        drag(end, MouseButton.PRIMARY).moveBy(31 * MONTHS_PX_PER_DAY, 0).release(MouseButton.PRIMARY);
        waitUntil(() -> shown().milestone(audit.id()).orElseThrow().end().equals(PlanDate.month(2027, 1)));

        assertThat(item(audit.title()).timelineLabel()).isEqualTo("Jun 2025 – Jan 2027");
        assertThat(inTheFile(audit.id()).end()).isEqualTo(PlanDate.month(2027, 1));
        assertThat(inTheFile(audit.id()).start()).isEqualTo(audit.start());
    }

    @Test
    void draggingThePercentHandleSetsHowMuchIsDone() throws Exception {
        Milestone audit = item("Formalise the audit MoU into an agreement");
        assertThat(audit.percentComplete()).isEqualTo(55);
        showOnChart(audit, 30);
        // Bring the end of the done part, where the handle is, to the left of the view.
        scrollChartTo(barOf(audit).handleX() - 200);

        Bar bar = barOf(audit);
        var s = chart().currentScene();
        // Midway down the mark the chart draws for the handle, as the hit test knows it.
        double y = s.toViewY((bar.handleTop() + bar.handleBottom()) / 2);
        Point2D handle = viewToScreen(s.toViewX(bar.handleX()), y);
        double written = s.timeScale().xOf(audit.lastDay().plusDays(1)) - bar.x();
        drag(handle, MouseButton.PRIMARY).moveBy(written * 0.10, 0).moveBy(written * 0.10, 0)
                .release(MouseButton.PRIMARY);
        waitUntil(() -> shown().milestone(audit.id()).orElseThrow().percentComplete() == 75);

        assertThat(tableTextOf(audit.id())).contains("75%");
        assertThat(inTheFile(audit.id()).percentComplete()).isEqualTo(75);
    }
}
