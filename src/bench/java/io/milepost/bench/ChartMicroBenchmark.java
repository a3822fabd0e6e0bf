package io.milepost.bench;

import io.milepost.chart.ChartOptions;
import io.milepost.chart.ChartPainter;
import io.milepost.chart.ChartRows;
import io.milepost.chart.ChartScene;
import io.milepost.chart.GanttLayout;
import io.milepost.chart.TextMeasurer;
import io.milepost.chart.Theme;
import io.milepost.chart.TimeScale;
import io.milepost.chart.Viewport;
import io.milepost.model.Roadmap;
import io.milepost.ui.gantt.FxCanvasSurface;
import io.milepost.ui.gantt.FxTextMeasurer;
import java.time.LocalDate;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The chart's micro figures with JMH: each benchmark at each roadmap size runs in a JVM of its own, so 100,000
 * milestones are never measured warm against a cold 1,000. Sample-time mode, so {@link ChartBenchmark} reports the
 * median of each, as before. The same work as the figures of BENCHMARKS.md: one 1600×1000 viewport at the default
 * zoom, at 400 random places over the whole chart, painted on a JavaFX canvas (off screen, so the painting is
 * measured without rasterising; {@code layout+paint+render} in {@link ChartBenchmark} adds that).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g", "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
        "-Dprism.order=sw", "-Dheadless.geometry=1600x1000-32", "-Djava.awt.headless=true",
        "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class ChartMicroBenchmark {

    static final int WIDTH = 1600;
    static final int HEIGHT = 1000;
    private static final int PLACES = 400;

    @Param({"1000", "10000", "100000"})
    public int size;

    private Roadmap roadmap;
    private ChartOptions options;
    private ChartRows rows;
    private TextMeasurer measurer;
    private GraphicsContext gc;
    private final Theme theme = Theme.light();
    private final double[] xs = new double[PLACES];
    private final double[] ys = new double[PLACES];
    private final ChartScene[] scenes = new ChartScene[PLACES];
    private double maxY;
    private final Random random = new Random(7);
    private int step;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        Platform.startup(() -> { });
        CompletableFuture<TextMeasurer> m = new CompletableFuture<>();
        Platform.runLater(() -> m.complete(new FxTextMeasurer(Theme.light())));
        measurer = m.get();
        // not shown: the benchmark thread may draw on a canvas outside a scene, and no pulse renders it meanwhile
        gc = new Canvas(WIDTH, HEIGHT).getGraphicsContext2D();
        roadmap = SyntheticRoadmap.generate(size, 42);
        options = ChartOptions.defaults().withToday(LocalDate.of(2026, 11, 28));
        rows = ChartRows.build(roadmap, options);
        ChartScene first = GanttLayout.layout(rows, options, viewport(0, 0, options), measurer);
        double maxX = Math.max(0, first.contentWidth() - WIDTH);
        maxY = Math.max(0, first.contentHeight() - (HEIGHT - options.headerHeight()));
        for (int i = 0; i < PLACES; i++) {
            xs[i] = random.nextDouble() * maxX;
            ys[i] = random.nextDouble() * maxY;
        }
        for (int i = 0; i < PLACES; i++) {
            scenes[i] = GanttLayout.layout(rows, options, viewport(xs[i], ys[i], options), measurer);
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        Platform.exit();
    }

    /** {@code rows.build}: group and order all rows, once per roadmap or grouping change. */
    @Benchmark
    public ChartRows rowsBuild() {
        return ChartRows.build(roadmap, options);
    }

    /** {@code layout.viewport}: lay out one viewport. */
    @Benchmark
    public ChartScene layoutViewport() {
        int i = next();
        return GanttLayout.layout(rows, options, viewport(xs[i], ys[i], options), measurer);
    }

    /** {@code paint.canvas}: paint a laid-out viewport on the canvas. */
    @Benchmark
    public GraphicsContext paintCanvas() {
        ChartPainter.paint(scenes[next()], theme, new FxCanvasSurface(gc));
        return gc;
    }

    /** {@code layout+paint}: one frame, as the chart does once per pulse. */
    @Benchmark
    public ChartScene layoutPaint() {
        int i = next();
        ChartScene s = GanttLayout.layout(rows, options, viewport(xs[i], ys[i], options), measurer);
        ChartPainter.paint(s, theme, new FxCanvasSurface(gc));
        return s;
    }

    /** {@code scroll.step}: one scroll step down from a random place (layout + paint). */
    @Benchmark
    public ChartScene scrollStep() {
        int i = next();
        double y = (ys[i] + (step % 40) * options.rowHeight()) % Math.max(1, maxY);
        ChartScene s = GanttLayout.layout(rows, options, viewport(xs[i], y, options), measurer);
        ChartPainter.paint(s, theme, new FxCanvasSurface(gc));
        return s;
    }

    /** {@code zoom.step}: one zoom step in or out around a point (layout + paint). */
    @Benchmark
    public ChartScene zoomStep() {
        int i = next();
        TimeScale scale = GanttLayout.timeScale(rows, options);
        TimeScale zoomed = scale.zoomAround(xs[i] + WIDTH / 2.0, step % 2 == 0 ? 1.25 : 0.8);
        ChartOptions z = options.withPxPerDay(zoomed.pxPerDay());
        ChartScene s = GanttLayout.layout(rows, z,
                viewport(xs[i] * zoomed.pxPerDay() / scale.pxPerDay(), ys[i], z), measurer);
        ChartPainter.paint(s, theme, new FxCanvasSurface(gc));
        return s;
    }

    /** {@code hitTest}: which item, edge or link is under a point. */
    @Benchmark
    public Object hitTest() {
        return scenes[next()].hitTest(random.nextDouble() * WIDTH,
                options.headerHeight() + random.nextDouble() * (HEIGHT - options.headerHeight()));
    }

    private int next() {
        step++;
        return step % PLACES;
    }

    static Viewport viewport(double x, double y, ChartOptions options) {
        return new Viewport(x, y, WIDTH, HEIGHT - options.headerHeight());
    }
}
