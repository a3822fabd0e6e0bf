package io.milepost.ui.gantt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.milepost.app.SampleRoadmap;
import io.milepost.chart.ChartScene;
import io.milepost.chart.FontRole;
import io.milepost.chart.Rgba;
import io.milepost.chart.Zoom;
import io.milepost.model.Roadmap;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The control on its own: styled by CSS, drawn on a canvas the size of the view, once per pulse, zoomed by API. */
class GanttChartTest {

    private final Roadmap sample = SampleRoadmap.load();
    private GanttChart chart;
    private Stage stage;

    @BeforeEach
    void show() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        WaitForAsyncUtils.asyncFx(() -> {
            chart = new GanttChart();
            chart.setRoadmap(sample);
            stage.setScene(new Scene(new StackPane(chart), 900, 500));
            stage.show();
        }).get();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> chart.currentScene() != null);
    }

    @AfterEach
    void hide() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void theStylesheetGivesTextInsideDarkAndLightBarsItsOwnColours() throws Exception {
        var theme = WaitForAsyncUtils.asyncFx(chart::getTheme).get();
        assertThat(theme.color("label.inside.onDark")).isEqualTo(Rgba.WHITE);
        assertThat(theme.color("label.date.onDark")).isEqualTo(Rgba.WHITE);
        assertThat(theme.color("label.inside")).isEqualTo(Rgba.parse("#111111"));

        WaitForAsyncUtils.asyncFx(() -> {
            chart.setStyle("-gantt-text-inside-dark: #fffde7;");
            chart.applyCss();
        }).get();
        var styled = WaitForAsyncUtils.asyncFx(chart::getTheme).get();
        assertThat(styled.color("label.inside.onDark")).isEqualTo(Rgba.parse("#fffde7"));
        assertThat(styled.color("label.date.onDark")).isEqualTo(Rgba.parse("#fffde7"));
    }

    @Test
    void colourAndFontPropertiesOfTheStylesheetBecomeTheChartsTheme() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            chart.setStyle("-gantt-done: #ff00ff; -gantt-today: #123456; -gantt-label-font: bold 14px \"Serif\";");
            chart.applyCss();
        }).get();
        var theme = WaitForAsyncUtils.asyncFx(chart::getTheme).get();
        assertThat(theme.color("bar.status.DONE")).isEqualTo(Rgba.parse("#ff00ff"));
        assertThat(theme.stroke("today").color()).isEqualTo(Rgba.parse("#123456"));
        assertThat(theme.stroke("today").width()).isEqualTo(2);
        assertThat(theme.font(FontRole.BAR_LABEL).size()).isEqualTo(14);
        assertThat(theme.font(FontRole.BAR_LABEL).bold()).isTrue();
        // Keys the stylesheet does not name keep the engine's light theme.
        assertThat(theme.color("weekend")).isEqualTo(Rgba.parse("#f3f4f6"));
    }

    @Test
    void theCanvasIsTheSizeOfTheViewEvenWhenTheContentIsMuchWider() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> chart.setOptions(chart.getOptions().withZoom(Zoom.DAYS))).get();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> chart.currentScene().timeScale().zoom() == Zoom.DAYS);
        ChartScene s = chart.currentScene();
        Canvas canvas = (Canvas) chart.lookup(".gantt-canvas");
        assertThat(s.contentWidth()).isGreaterThan(20 * chart.getWidth());
        assertThat(canvas.getWidth()).isLessThanOrEqualTo(chart.getWidth());
        assertThat(canvas.getHeight()).isLessThanOrEqualTo(chart.getHeight());
        assertThat(s.viewport().width()).isEqualTo(canvas.getWidth());
        assertThat(s.lastRow() - s.firstRow() + 1).isLessThan(s.rowCount());
    }

    @Test
    void manyChangesBeforeAPulseMakeOneFrame() throws Exception {
        List<ChartScene> frames = new ArrayList<>();
        WaitForAsyncUtils.asyncFx(() -> {
            chart.chartSceneProperty().addListener((o, was, now) -> frames.add(now));
            for (int i = 1; i <= 20; i++) {
                chart.setScrollY(i * 3);
                chart.setScrollX(i * 7);
            }
            chart.setSelectedItem(sample.milestones().get(3).id());
        }).get();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !frames.isEmpty());
        WaitForAsyncUtils.waitForFxEvents(10);
        assertThat(frames).hasSize(1);
        assertThat(frames.get(0).viewport().x()).isEqualTo(140);
        assertThat(frames.get(0).viewport().y()).isEqualTo(60);
    }

    @Test
    void zoomingAroundAPointKeepsTheDayUnderIt() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> chart.setScrollX(400)).get();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> chart.currentScene().viewport().x() == 400);
        ChartScene before = chart.currentScene();
        double day = before.timeScale().epochDayAt(before.toContentX(250));

        WaitForAsyncUtils.asyncFx(() -> chart.zoomAround(250, 2.5)).get();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> chart.currentScene().timeScale().pxPerDay() != before.timeScale().pxPerDay());
        ChartScene after = chart.currentScene();
        assertThat(after.timeScale().pxPerDay()).isCloseTo(before.timeScale().pxPerDay() * 2.5, within(1e-9));
        assertThat(after.timeScale().epochDayAt(after.toContentX(250))).isCloseTo(day, within(0.5));
    }

    @Test
    void aFittedChartStaysFittedWhenTheWindowWidensButAChosenZoomIsKept() throws Exception {
        WaitForAsyncUtils.asyncFx(chart::fitRoadmap).get();
        WaitForAsyncUtils.asyncFx(() -> stage.setWidth(1300)).get();
        var info = chart.getRoadmap().info();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            ChartScene s = chart.currentScene();
            return s.viewport().width() > 1000 && s.timeScale().pxPerDay() == chart.getOptions().pxPerDay()
                    && Math.abs(s.toViewX(s.timeScale().xOf(info.periodEnd().plusDays(1))) - s.viewport().width()) < 1;
        });
        ChartScene wide = chart.currentScene();
        assertThat(wide.toViewX(wide.timeScale().xOf(info.periodStart()))).isCloseTo(0, within(1.0));

        WaitForAsyncUtils.asyncFx(() -> chart.zoomIn()).get();
        double chosen = chart.getOptions().pxPerDay();
        WaitForAsyncUtils.asyncFx(() -> stage.setWidth(1000)).get();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> chart.currentScene().viewport().width() < 1000);
        assertThat(chart.getOptions().pxPerDay()).isEqualTo(chosen);
    }

    @Test
    void fittingShowsTheRoadmapsPeriodAcrossTheViewAndZoomingOutStopsAtTheWholeRange() throws Exception {
        WaitForAsyncUtils.asyncFx(chart::fitRoadmap).get();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> chart.currentScene().timeScale().pxPerDay() == chart.getOptions().pxPerDay());
        ChartScene period = chart.currentScene();
        var info = chart.getRoadmap().info();
        assertThat(period.toViewX(period.timeScale().xOf(info.periodStart()))).isCloseTo(0, within(1.0));
        assertThat(period.toViewX(period.timeScale().xOf(info.periodEnd().plusDays(1))))
                .isCloseTo(period.viewport().width(), within(1.0));

        while (WaitForAsyncUtils.asyncFx(chart::canZoomOut).get()) {
            WaitForAsyncUtils.asyncFx(() -> chart.zoomOut()).get();
        }
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> chart.currentScene().timeScale().pxPerDay() == chart.getOptions().pxPerDay());
        ChartScene fitted = chart.currentScene();
        assertThat(fitted.contentWidth()).isCloseTo(fitted.viewport().width(), within(1e-6));
        assertThat(fitted.timeScale().pxPerDay()).as("wider than years zoom would leave room")
                .isGreaterThan(Zoom.YEARS.pxPerDay());

        WaitForAsyncUtils.asyncFx(() -> {
            chart.zoomOut();
            chart.zoomAround(100, 0.5);
        }).get();
        WaitForAsyncUtils.waitForFxEvents(5);
        assertThat(chart.getOptions().pxPerDay()).isEqualTo(fitted.timeScale().pxPerDay());

        WaitForAsyncUtils.asyncFx(() -> chart.setOptions(chart.getOptions().withZoom(Zoom.MONTHS))).get();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> chart.currentScene().timeScale().zoom() == Zoom.MONTHS);
        for (int i = 0; i < 4; i++) {
            WaitForAsyncUtils.asyncFx(() -> chart.zoomOut()).get();
        }
        assertThat(chart.getOptions().pxPerDay()).as("years, but no further than the fit")
                .isEqualTo(fitted.timeScale().pxPerDay());
    }
}
