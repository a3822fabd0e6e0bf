package io.milepost.bench;

import io.milepost.app.DocumentSession;
import io.milepost.app.edit.Edit;
import io.milepost.chart.ChartOptions;
import io.milepost.chart.ChartPainter;
import io.milepost.chart.ChartRows;
import io.milepost.chart.ChartScene;
import io.milepost.chart.GanttLayout;
import io.milepost.chart.TextMeasurer;
import io.milepost.chart.Theme;
import io.milepost.chart.TimeScale;
import io.milepost.chart.Viewport;
import io.milepost.model.Milestone;
import io.milepost.model.PlanDate;
import io.milepost.model.Roadmap;
import io.milepost.store.OpenMode;
import io.milepost.store.RoadmapDocument;
import io.milepost.ui.gantt.FxCanvasSurface;
import io.milepost.ui.gantt.FxTextMeasurer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;

/**
 * The chart's timing harness: for roadmaps of 1,000, 10,000 and 100,000 milestones, the median milliseconds of the
 * steps a planner feels — one 1600×1000 viewport laid out and painted on the JavaFX canvas, a scroll step, a zoom
 * step, a hit-test, loading the roadmap from its file, and a drag committed to the file. Writes
 * {@code chart.json} (size → metric → median ms) into the folder given as the first argument.
 * <p>
 * Run it with {@code mvn -Pbench verify -DskipTests}; it is never part of {@code mvn test}.
 */
public final class ChartBenchmark {

    private static final int WIDTH = 1600;
    private static final int HEIGHT = 1000;
    private static final int[] SIZES = {1_000, 10_000, 100_000};

    private ChartBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/bench");
        Files.createDirectories(out);
        Path work = Files.createTempDirectory("milepost-bench");
        Platform.startup(() -> { });
        Canvas canvas = onFx(() -> {
            Canvas c = new Canvas(WIDTH, HEIGHT);
            Stage stage = new Stage();
            stage.setScene(new Scene(new Pane(c), WIDTH, HEIGHT));
            stage.show();
            return c;
        });
        TextMeasurer measurer = onFx(() -> new FxTextMeasurer(Theme.light()));
        Map<String, Map<String, Double>> results = new LinkedHashMap<>();
        for (int size : SIZES) {
            results.put(Integer.toString(size), measure(size, canvas, measurer, work));
            System.out.println(size + " milestones: " + results.get(Integer.toString(size)));
        }
        Files.writeString(out.resolve("chart.json"), json(results));
        System.out.println("Wrote " + out.resolve("chart.json"));
        Platform.exit();
    }

    private static Map<String, Double> measure(int size, Canvas canvas, TextMeasurer measurer, Path work)
            throws Exception {
        Roadmap roadmap = SyntheticRoadmap.generate(size, 42);
        ChartOptions options = ChartOptions.defaults().withToday(LocalDate.of(2026, 11, 28));
        Map<String, Double> m = new LinkedHashMap<>();
        Random random = new Random(7);

        m.put("rows.build", Stopwatch.medianMillis(2, 5, i -> ChartRows.build(roadmap, options)));
        ChartRows rows = ChartRows.build(roadmap, options);
        ChartScene first = GanttLayout.layout(rows, options, viewport(0, 0, options), measurer);
        double maxX = Math.max(0, first.contentWidth() - WIDTH);
        double maxY = Math.max(0, first.contentHeight() - (HEIGHT - options.headerHeight()));
        double[] xs = new double[400];
        double[] ys = new double[400];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = random.nextDouble() * maxX;
            ys[i] = random.nextDouble() * maxY;
        }
        Theme theme = Theme.light();

        m.put("layout.viewport", Stopwatch.medianMillis(50, 200, i ->
                GanttLayout.layout(rows, options, viewport(xs[i % 400], ys[i % 400], options), measurer)));
        ChartScene[] scenes = new ChartScene[400];
        for (int i = 0; i < scenes.length; i++) {
            scenes[i] = GanttLayout.layout(rows, options, viewport(xs[i], ys[i], options), measurer);
        }
        m.put("paint.canvas", onFx(() -> Stopwatch.medianMillis(50, 200, i ->
                ChartPainter.paint(scenes[i % 400], theme, new FxCanvasSurface(canvas.getGraphicsContext2D())))));
        m.put("layout+paint", onFx(() -> Stopwatch.medianMillis(50, 200, i -> {
            ChartScene s = GanttLayout.layout(rows, options, viewport(xs[i % 400], ys[i % 400], options), measurer);
            ChartPainter.paint(s, theme, new FxCanvasSurface(canvas.getGraphicsContext2D()));
        })));
        // The canvas draws on the render thread; a snapshot waits for the pixels, so this bounds the whole frame.
        m.put("layout+paint+render", onFx(() -> Stopwatch.medianMillis(5, 30, i -> {
            ChartScene s = GanttLayout.layout(rows, options, viewport(xs[i % 400], ys[i % 400], options), measurer);
            ChartPainter.paint(s, theme, new FxCanvasSurface(canvas.getGraphicsContext2D()));
            canvas.snapshot(null, null);
        })));
        m.put("scroll.step", onFx(() -> Stopwatch.medianMillis(50, 200, i -> {
            double y = (ys[i % 400] + (i % 40) * options.rowHeight()) % Math.max(1, maxY);
            ChartScene s = GanttLayout.layout(rows, options, viewport(xs[i % 400], y, options), measurer);
            ChartPainter.paint(s, theme, new FxCanvasSurface(canvas.getGraphicsContext2D()));
        })));
        m.put("zoom.step", onFx(() -> Stopwatch.medianMillis(50, 200, i -> {
            TimeScale scale = GanttLayout.timeScale(rows, options);
            TimeScale zoomed = scale.zoomAround(xs[i % 400] + WIDTH / 2.0, i % 2 == 0 ? 1.25 : 0.8);
            ChartOptions z = options.withPxPerDay(zoomed.pxPerDay());
            ChartScene s = GanttLayout.layout(rows, z, viewport(xs[i % 400] * zoomed.pxPerDay() / scale.pxPerDay(),
                    ys[i % 400], z), measurer);
            ChartPainter.paint(s, theme, new FxCanvasSurface(canvas.getGraphicsContext2D()));
        })));
        m.put("hitTest", Stopwatch.medianMillis(1000, 5000, i ->
                scenes[i % 400].hitTest(random.nextDouble() * WIDTH, options.headerHeight()
                        + random.nextDouble() * (HEIGHT - options.headerHeight()))));

        Path file = work.resolve("bench-" + size + ".milepost");
        RoadmapDocument.create(file, roadmap).close();
        m.put("load.file", Stopwatch.medianMillis(1, size >= 100_000 ? 3 : 7, i -> {
            try (RoadmapDocument doc = RoadmapDocument.open(file, OpenMode.READ_ONLY)) {
                doc.load();
            }
        }));
        try (DocumentSession session = DocumentSession.open(file, OpenMode.READ_WRITE)) {
            m.put("drag.commit", Stopwatch.medianMillis(5, 40, i -> {
                Milestone before = session.roadmap().milestones().get((i * 7919) % size);
                LocalDate day = before.firstDay().plusDays(7);
                Milestone after = before.withDates(PlanDate.day(day),
                        before.end() == null ? null : PlanDate.day(before.lastDay().plusDays(7)));
                session.apply(Edit.updateMilestone("Move '" + before.title() + "'", before, after));
            }));
        }
        Files.deleteIfExists(file);
        return m;
    }

    private static Viewport viewport(double x, double y, ChartOptions options) {
        return new Viewport(x, y, WIDTH, HEIGHT - options.headerHeight());
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        });
        return result.get();
    }

    private static String json(Map<String, Map<String, Double>> results) {
        StringBuilder sb = new StringBuilder("{\n");
        int s = 0;
        for (var size : results.entrySet()) {
            sb.append("  \"").append(size.getKey()).append("\": {\n");
            int k = 0;
            for (var metric : size.getValue().entrySet()) {
                sb.append(String.format(Locale.ROOT, "    \"%s\": %.4f", metric.getKey(), metric.getValue()))
                        .append(++k < size.getValue().size() ? ",\n" : "\n");
            }
            sb.append("  }").append(++s < results.size() ? ",\n" : "\n");
        }
        return sb.append("}\n").toString();
    }
}
