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
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * The chart's timing harness: for roadmaps of 1,000, 10,000 and 100,000 milestones, the median milliseconds of the
 * steps a planner feels. The micro figures (rows, layout, paint, scroll, zoom, hit-test) come from JMH
 * ({@link ChartMicroBenchmark}, a forked JVM for each figure at each size); the end-to-end ones are timed here, in
 * this JVM of their own: a frame including rasterisation on a shown canvas, loading the roadmap from its file, and a
 * drag committed to the file. Writes {@code chart.json} (size → metric → median ms) into the folder given as the
 * first argument, with the keys it has always had.
 * <p>
 * Run it with {@code mvn -Pbench verify -DskipTests}; it is never part of {@code mvn test}.
 */
public final class ChartBenchmark {

    private static final int WIDTH = ChartMicroBenchmark.WIDTH;
    private static final int HEIGHT = ChartMicroBenchmark.HEIGHT;
    private static final int[] SIZES = {1_000, 10_000, 100_000};
    /** JMH's method name → the figure's key in chart.json, in the order of the file. */
    private static final Map<String, String> MICRO = new LinkedHashMap<>();

    static {
        MICRO.put("rowsBuild", "rows.build");
        MICRO.put("layoutViewport", "layout.viewport");
        MICRO.put("paintCanvas", "paint.canvas");
        MICRO.put("layoutPaint", "layout+paint");
        MICRO.put("scrollStep", "scroll.step");
        MICRO.put("zoomStep", "zoom.step");
        MICRO.put("hitTest", "hitTest");
    }

    private ChartBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/bench");
        Files.createDirectories(out);
        Path work = Files.createTempDirectory("milepost-bench");

        Map<String, Map<String, Double>> micro = new LinkedHashMap<>();
        Options jmh = new OptionsBuilder().include(ChartMicroBenchmark.class.getName() + "\\.")
                .result(out.resolve("chart-jmh.json").toString()).resultFormat(ResultFormatType.JSON).build();
        for (RunResult r : new Runner(jmh).run()) {
            String method = r.getParams().getBenchmark().substring(r.getParams().getBenchmark().lastIndexOf('.') + 1);
            micro.computeIfAbsent(r.getParams().getParam("size"), k -> new LinkedHashMap<>())
                    .put(MICRO.get(method), r.getPrimaryResult().getStatistics().getPercentile(50));
        }

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
            String key = Integer.toString(size);
            Map<String, Double> endToEnd = measure(size, canvas, measurer, work);
            Map<String, Double> m = new LinkedHashMap<>();
            for (String figure : MICRO.values()) {
                m.put(figure, micro.getOrDefault(key, Map.of()).get(figure));
                if (figure.equals("layout+paint")) {
                    m.put("layout+paint+render", endToEnd.get("layout+paint+render"));
                }
            }
            m.put("load.file", endToEnd.get("load.file"));
            m.put("drag.commit", endToEnd.get("drag.commit"));
            results.put(key, m);
            System.out.println(size + " milestones: " + m);
        }
        Files.writeString(out.resolve("chart.json"), json(results));
        System.out.println("Wrote " + out.resolve("chart.json") + " (JMH's own report: chart-jmh.json)");
        Platform.exit();
    }

    /** The end-to-end figures of one size: a rendered frame, loading the file, a drag committed to it. */
    private static Map<String, Double> measure(int size, Canvas canvas, TextMeasurer measurer, Path work)
            throws Exception {
        Roadmap roadmap = SyntheticRoadmap.generate(size, 42);
        ChartOptions options = ChartOptions.defaults().withToday(LocalDate.of(2026, 11, 28));
        Map<String, Double> m = new LinkedHashMap<>();
        Random random = new Random(7);

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
        // The canvas draws on the render thread; a snapshot waits for the pixels, so this bounds the whole frame.
        m.put("layout+paint+render", onFx(() -> Stopwatch.medianMillis(5, 30, i -> {
            ChartScene s = GanttLayout.layout(rows, options, viewport(xs[i % 400], ys[i % 400], options), measurer);
            ChartPainter.paint(s, theme, new FxCanvasSurface(canvas.getGraphicsContext2D()));
            canvas.snapshot(null, null);
        })));

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
        return ChartMicroBenchmark.viewport(x, y, options);
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
