package io.milepost.ui.gantt;

import static org.assertj.core.api.Assertions.assertThat;

import io.milepost.app.SampleRoadmap;
import io.milepost.chart.Bar;
import io.milepost.chart.ChartOptions;
import io.milepost.chart.ChartPainter;
import io.milepost.chart.ChartRows;
import io.milepost.chart.ChartScene;
import io.milepost.chart.FontRole;
import io.milepost.chart.GanttLayout;
import io.milepost.chart.Theme;
import io.milepost.chart.Viewport;
import io.milepost.model.Milestone;
import io.milepost.model.MilestoneKind;
import io.milepost.model.PlanDate;
import io.milepost.model.Roadmap;
import java.time.LocalDate;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The sample roadmap painted on a real canvas shows the colours the theme gives its parts, where the scene put them. */
class FxCanvasSurfaceTest {

    private static final Theme THEME = Theme.light();

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void barsHeaderAndBackgroundAreDrawnInTheThemesColoursWhereTheSceneSaysTheyAre() throws Exception {
        Roadmap sample = SampleRoadmap.load();
        // One activity dated to the day, four months long and not started: a solid bar with room to spare after its title.
        Milestone plain = sample.milestones().stream().filter(m -> m.kind() == MilestoneKind.ACTIVITY).findFirst()
                .orElseThrow().toBuilder().start(PlanDate.day(2025, 3, 1)).end(PlanDate.day(2025, 6, 30))
                .ongoing(false).percentComplete(0).build();
        Roadmap roadmap = sample.withMilestone(plain);
        ChartOptions options = ChartOptions.defaults().withToday(LocalDate.of(2025, 11, 26));
        double left = GanttLayout.timeScale(ChartRows.build(roadmap, options), options).xOf(LocalDate.of(2025, 2, 1));
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> {
            Canvas canvas = new Canvas(900, 500);
            ChartScene scene = GanttLayout.layout(roadmap, options,
                    new Viewport(left, 0, 900, 500 - options.headerHeight()), new FxTextMeasurer(THEME));
            ChartPainter.paint(scene, THEME, new FxCanvasSurface(canvas.getGraphicsContext2D()));
            probe = scene;
            return canvas.snapshot(null, null);
        }).get();

        Bar bar = probe.bars().stream().filter(b -> plain.id().equals(b.id())).findFirst().orElseThrow();
        Color inBar = pixel(image, probe.toViewX(bar.right() - 3), probe.toViewY(bar.y() + 1));
        assertThat(inBar).isEqualTo(FxCanvasSurface.color(THEME.color(bar.styleKey())));

        Color header = pixel(image, 450, 3);
        assertThat(header).isEqualTo(FxCanvasSurface.color(THEME.color("header.background")));
    }

    @Test
    void widerTextMeasuresWiderAndEveryRoleHasALineHeight() throws Exception {
        FxTextMeasurer m = WaitForAsyncUtils.asyncFx(() -> new FxTextMeasurer(THEME)).get();
        WaitForAsyncUtils.asyncFx(() -> {
            assertThat(m.width("Joint Ministerial Commission", FontRole.BAR_LABEL))
                    .isGreaterThan(m.width("JMC", FontRole.BAR_LABEL)).isGreaterThan(0);
            assertThat(m.width("", FontRole.BAR_LABEL)).isZero();
            for (FontRole role : FontRole.values()) {
                assertThat(m.height(role)).isBetween(8.0, 30.0);
            }
        }).get();
    }

    private static ChartScene probe;

    private static Color pixel(WritableImage image, double x, double y) {
        return image.getPixelReader().getColor((int) x, (int) y);
    }
}
