package io.milepost.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.milepost.chart.ChartScene;
import io.milepost.chart.Grouping;
import io.milepost.chart.HeaderCell;
import io.milepost.chart.TierUnit;
import io.milepost.chart.Zoom;
import io.milepost.model.Milestone;
import io.milepost.model.MilestoneStatus;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.geometry.VerticalDirection;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** A planner looks around the chart: zooms, jumps to today, fits the plan, regroups it, reads an item. */
class ViewingTheChartTest extends PlannerSession {

    @Test
    void aRoadmapOpensOnItsPeriodAndZoomingInAndOutChangesTheTimeHeadersTiers() throws Exception {
        ChartScene opened = chart().currentScene();
        assertThat(opened.toViewX(opened.timeScale().xOf(java.time.LocalDate.of(2025, 1, 1)))).isCloseTo(0,
                org.assertj.core.api.Assertions.within(1.0));
        assertThat(tiers()).containsExactlyInAnyOrder(TierUnit.YEAR, TierUnit.QUARTER);

        for (int i = 0; i < 4 && chart().getOptions().zoom() != Zoom.MONTHS; i++) {
            clickOn("#zoom-in");
        }
        waitUntil(() -> chart().currentScene().timeScale().zoom() == Zoom.MONTHS);
        assertThat(tiers()).containsExactlyInAnyOrder(TierUnit.QUARTER, TierUnit.MONTH);
        assertThat(lookup("#zoom-level").queryAs(Label.class).getText()).isEqualTo("Months");

        clickOn("#zoom-in");
        waitUntil(() -> chart().currentScene().timeScale().zoom() == Zoom.WEEKS);
        assertThat(tiers()).containsExactlyInAnyOrder(TierUnit.MONTH, TierUnit.WEEK);
        assertThat(lookup("#zoom-level").queryAs(Label.class).getText()).isEqualTo("Weeks");

        clickOn("#zoom-out").clickOn("#zoom-out");
        waitUntil(() -> chart().currentScene().timeScale().zoom() == Zoom.QUARTERS);
        assertThat(tiers()).containsExactlyInAnyOrder(TierUnit.YEAR, TierUnit.QUARTER);
    }

    @Test
    void ctrlWheelAndThePlusKeyZoomAroundThePointerKeepingItsDateUnderIt() throws Exception {
        // From the middle of the plan at months zoom, so either way the wheel turns there is room to keep the date.
        interact(() -> chart().setOptions(chart().getOptions().withZoom(Zoom.MONTHS)));
        scrollChartTo(chart().maxScrollX() / 2);
        ChartScene before = chart().currentScene();
        double viewX = 300;
        double dayUnder = before.timeScale().epochDayAt(before.toContentX(viewX));
        moveTo(viewToScreen(viewX, 200));
        press(KeyCode.CONTROL).scroll(2, VerticalDirection.UP).release(KeyCode.CONTROL);
        waitUntil(() -> chart().currentScene().timeScale().pxPerDay() != before.timeScale().pxPerDay());
        ChartScene after = chart().currentScene();
        assertThat(after.timeScale().epochDayAt(after.toContentX(viewX))).isCloseTo(dayUnder, within(1.0));

        double px = after.timeScale().pxPerDay();
        clickOn(viewToScreen(viewX, 20)); // the header: focuses the chart, selects nothing
        type(KeyCode.ADD);
        waitUntil(() -> chart().currentScene().timeScale().pxPerDay() > px);
        ChartScene closer = chart().currentScene();
        assertThat(closer.timeScale().epochDayAt(closer.toContentX(viewX))).isCloseTo(dayUnder, within(1.0));
    }

    @Test
    void fitRoadmapShowsTheWholePlanAndTodayBringsTodayIntoView() throws Exception {
        clickOn("#zoom-in").clickOn("#zoom-in");
        waitUntil(() -> chart().currentScene().contentWidth() > chart().viewportWidth());
        clickOn("#fit-roadmap");
        // The roadmap's period, 2025–2027, fills the view; the 2023–2024 sessions before it are a scroll away.
        waitUntil(() -> {
            ChartScene s = chart().currentScene();
            return Math.abs(s.toViewX(s.timeScale().xOf(java.time.LocalDate.of(2025, 1, 1)))) < 1
                    && Math.abs(s.toViewX(s.timeScale().xOf(java.time.LocalDate.of(2028, 1, 1)))
                    - s.viewport().width()) < 1;
        });
        assertThat(chart().getScrollX()).isPositive();

        clickOn("#zoom-in").clickOn("#zoom-in").clickOn("#zoom-in");
        clickOn("#today");
        waitUntil(() -> chart().currentScene().today().isPresent());
        ChartScene s = chart().currentScene();
        double todayX = s.toViewX(s.today().orElseThrow().x());
        assertThat(todayX).isBetween(0.0, s.viewport().width());
    }

    @Test
    void groupingByStatusFromTheViewMenuRegroupsChartAndTable() throws Exception {
        chooseMenu("View", "Group by", "Status");
        waitUntil(() -> chart().getOptions().grouping() == Grouping.STATUS);
        Set<String> lanes = table().getRoot().getChildren().stream().map(t -> t.getValue().group().key())
                .collect(Collectors.toSet());
        assertThat(lanes).contains("status:" + MilestoneStatus.DONE, "status:" + MilestoneStatus.IN_PROGRESS);
        assertThat(chart().getRows().groups()).extracting(g -> g.key()).containsExactlyElementsOf(
                table().getRoot().getChildren().stream().map(t -> t.getValue().group().key()).toList());
    }

    @Test
    void doubleClickingAnItemOpensItsDetailsBesideTheChartAndF4HidesThem() throws Exception {
        Milestone training = item("Joint training of search-and-rescue teams");
        showOnChart(training, 100);
        doubleClickOn(visibleMiddleOf(training));
        waitUntil(() -> lookup("#details-pane").tryQuery().isPresent());

        assertThat(lookup("#detail-start").queryAs(TextField.class).getText()).isEqualTo("Q3 2026");
        assertThat(lookup("#detail-end").queryAs(TextField.class).getText()).isEqualTo("Q2 2027");
        assertThat(lookup("#detail-status").queryAs(ChoiceBox.class).getValue()).isEqualTo(MilestoneStatus.IN_PROGRESS);
        TextField title = lookup("#detail-title").queryAs(TextField.class);
        waitUntil(() -> title.getScene().getFocusOwner() == title);
        assertThat(chart().getSelectedItem()).isEqualTo(training.id());

        push(KeyCode.F4);
        waitUntil(() -> lookup("#details-pane").tryQuery().isEmpty());
        assertThat(shown().milestone(training.id())).contains(training);
    }

    @Test
    void hoveringAnItemShowsItsTitleTimelineStatusLeadAgenciesAndWhereItComesFrom() throws Exception {
        Milestone training = item("Joint training of search-and-rescue teams");
        showOnChart(training, 100);
        moveTo(visibleMiddleOf(training)).moveBy(3, 0);
        waitUntil(() -> listTargetWindows().stream().anyMatch(w -> w instanceof Tooltip && w.isShowing()));

        Tooltip tip = (Tooltip) listTargetWindows().stream().filter(w -> w instanceof Tooltip && w.isShowing())
                .findFirst().orElseThrow();
        assertThat(tip.getText()).contains(training.title()).contains("Q3 2026 – Q2 2027").contains("In progress");
        if (training.leadAgencyA() != null) {
            assertThat(tip.getText()).contains(training.leadAgencyA());
        }
        assertThat(tip.getText()).contains("Illustrative plan");
        assertThat(listTargetWindows()).allMatch(w -> w instanceof Window);
    }

    @Test
    void theLegendExplainsTheColoursInTheCornerAndTheViewMenuPutsItAway() throws Exception {
        assertThat(chart().isLegendVisible()).isTrue();
        int[] withLegend = lowerRightCorner();

        chooseMenu("View", "Legend");
        waitUntil(() -> !chart().isLegendVisible());
        WaitForAsyncUtils.waitForFxEvents(3);
        assertThat(lowerRightCorner()).as("the corner's pixels change when the legend goes").isNotEqualTo(withLegend);

        push(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.L);
        waitUntil(() -> chart().isLegendVisible());
        WaitForAsyncUtils.waitForFxEvents(3);
        assertThat(lowerRightCorner()).isEqualTo(withLegend);
    }

    @Test
    void aPlannerReadsTheTitlesInRussianInBothTableAndChart() throws Exception {
        Milestone minsk = item("Environment MoU signed in Minsk");
        assertThat(minsk.titleAlt()).isNotBlank();
        showOnChart(minsk, 200);

        chooseMenu("View", "Titles in Russian");
        waitUntil(() -> tableTextOf(minsk.id()).contains(minsk.titleAlt()));
        waitUntil(() -> chart().currentScene().labels().stream()
                .anyMatch(l -> minsk.id().equals(l.itemId()) && l.text().startsWith(minsk.titleAlt())));

        chooseMenu("View", "Titles in Russian");
        waitUntil(() -> tableTextOf(minsk.id()).contains(minsk.title()));
    }

    /** The pixels of the chart's lower right corner, where the legend stands, as the planner sees them. */
    private int[] lowerRightCorner() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            javafx.scene.image.WritableImage image = chart().snapshot(null, null);
            int w = 120;
            int h = 60;
            int x0 = (int) (chart().viewportWidth() - w - 20);
            int y0 = (int) (image.getHeight() - h - 40);
            int[] pixels = new int[w * h];
            image.getPixelReader().getPixels(x0, y0, w, h, javafx.scene.image.PixelFormat.getIntArgbInstance(),
                    pixels, 0, w);
            return pixels;
        }).get();
    }

    private Set<TierUnit> tiers() {
        return chart().currentScene().headerCells().stream().map(HeaderCell::unit).collect(Collectors.toSet());
    }
}
