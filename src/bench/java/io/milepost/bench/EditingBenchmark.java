package io.milepost.bench;

import io.milepost.app.DocumentLocations;
import io.milepost.app.edit.MilestoneEdits;
import io.milepost.model.Milestone;
import io.milepost.store.RoadmapDocument;
import io.milepost.ui.MainWindow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The window's editing harness (issue 7 §4): for roadmaps of 1,000, 10,000 and 100,000 milestones, each in three
 * JVMs of its own (the median of the three is written), the median milliseconds from opening a document to the first laid-out frame with chart and table
 * ({@code open.window}), from one committed field edit (a rename, written to the file) to the next laid-out frame
 * ({@code edit.frame}), from one undo to the next laid-out frame ({@code undo.frame}), and from one edit to its
 * being in the file ({@code edit.written}: the window writes behind its frames), and from opening a second document of the same size in
 * that window to its first frame ({@code open.window.again}: File → Open after working in the window, on code the JIT
 * has compiled by then). "Frame" is the pulse's
 * layout pass after the change, the last step before rendering. Writes {@code editing.json} (size → metric → median
 * ms) into the folder given as the first argument.
 * <p>
 * Run it with {@code mvn -Pbench verify -DskipTests}; it is never part of {@code mvn test}.
 */
public final class EditingBenchmark {

    private static final int[] SIZES = {1_000, 10_000, 100_000};

    /**
     * Forks per size. Opening is timed once per JVM (the second open of a warm JVM is not the planner's first), and on
     * a shared two-core machine one open varies by a second at 100,000: the median of three is reported.
     */
    private static final int FORKS = 3;

    private EditingBenchmark() {
    }

    /** {@code OUT}: every size, each forked; {@code OUT SIZE}: one size here, its JSON on the last output line. */
    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/bench");
        Files.createDirectories(out);
        if (args.length > 1) {
            try {
                Map<String, Double> m = measure(Integer.parseInt(args[1]));
                System.out.println(json(m, ""));
            } finally {
                // A failed run must end too: the JavaFX thread would keep this JVM, and the fork's parent, waiting.
                Platform.exit();
            }
            return;
        }
        StringBuilder all = new StringBuilder("{\n");
        for (int i = 0; i < SIZES.length; i++) {
            List<Map<String, Double>> runs = new ArrayList<>();
            for (int k = 0; k < FORKS; k++) {
                runs.add(parse(fork(SIZES[i], out)));
            }
            String line = json(medianOf(runs), "");
            all.append("  \"").append(SIZES[i]).append("\": ").append(line).append(i + 1 < SIZES.length ? ",\n" : "\n");
            System.out.println(SIZES[i] + " milestones: " + line);
        }
        Files.writeString(out.resolve("editing.json"), all.append("}\n").toString());
        System.out.println("Wrote " + out.resolve("editing.json"));
    }

    private static String fork(int size, Path out) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx6g", "-cp", System.getProperty("java.class.path")));
        for (String p : List.of("glass.platform", "monocle.platform", "prism.order", "headless.geometry",
                "java.awt.headless", "org.slf4j.simpleLogger.defaultLogLevel")) {
            if (System.getProperty(p) != null) {
                cmd.add("-D" + p + "=" + System.getProperty(p));
            }
        }
        cmd.addAll(List.of(EditingBenchmark.class.getName(), out.toString(), Integer.toString(size)));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        List<String> lines = new String(p.getInputStream().readAllBytes()).lines().toList();
        if (p.waitFor() != 0 || lines.isEmpty()) {
            throw new IllegalStateException("the run at " + size + " failed:\n" + String.join("\n", lines));
        }
        return lines.get(lines.size() - 1);
    }

    private static Map<String, Double> measure(int size) throws Exception {
        Path work = Files.createTempDirectory("milepost-editing");
        Path file = work.resolve("bench-" + size + ".milepost");
        RoadmapDocument.create(file, SyntheticRoadmap.generate(size, 42)).close();
        Platform.startup(() -> { });
        MainWindow[] window = new MainWindow[1];
        Stage[] stage = new Stage[1];
        onFx(() -> {
            stage[0] = new Stage();
            window[0] = new MainWindow(stage[0], new DocumentLocations(work.resolve("home")));
            window[0].show();
        });
        Map<String, Double> m = new LinkedHashMap<>();
        // A planner opens the document in a window that has not just made and written a roadmap of its own: the
        // generated one is garbage by now, and is collected before the clock starts rather than during the open.
        System.gc();
        long t0 = System.nanoTime();
        onFx(() -> window[0].open(file));
        nextFrame(stage[0].getScene(), () -> window[0].chart().currentScene() != null
                && window[0].chart().currentScene().rowCount() > 0, null);
        m.put("open.window", (System.nanoTime() - t0) / 1e6);

        List<Milestone> items = window[0].model().roadmapProperty().get().milestones();
        long[] edits = new long[25];
        long[] undos = new long[25];
        long[] written = new long[25];
        for (int i = 0; i < edits.length + 5; i++) {
            Milestone target = items.get((i * 7919) % items.size());
            String title = target.title() + " (" + i + ")";
            settle(window[0]);
            long e = timedFrame(stage[0].getScene(), () -> window[0].model().make(
                    MilestoneEdits.rename(window[0].model().roadmapProperty().get(), target.id(), title)));
            long w = System.nanoTime() - e;
            window[0].model().sessionProperty().get().flush();
            w = System.nanoTime() - w;
            settle(window[0]);
            long u = timedFrame(stage[0].getScene(), () -> window[0].model().undo());
            if (i >= 5) {
                edits[i - 5] = e;
                undos[i - 5] = u;
                written[i - 5] = w;
            }
        }
        m.put("edit.frame", median(edits));
        m.put("undo.frame", median(undos));
        m.put("edit.written", median(written));

        // The planner's next File → Open, in a window that has shown a document: the same work on warmed-up code.
        Path second = work.resolve("bench-" + size + "-again.milepost");
        RoadmapDocument.create(second, SyntheticRoadmap.generate(size, 43)).close();
        System.gc();
        long t1 = System.nanoTime();
        onFx(() -> window[0].open(second));
        nextFrame(stage[0].getScene(), () -> window[0].chart().currentScene() != null
                && second.equals(window[0].model().sessionProperty().get().path())
                && window[0].chart().currentScene().rowCount() > 0, null);
        m.put("open.window.again", (System.nanoTime() - t1) / 1e6);
        onFx(() -> {
            window[0].close();
            stage[0].close();
        });
        return m;
    }

    /**
     * Lets the last change finish before the next is timed, as a planner's edits are seconds apart: its write reaches
     * the file (the window writes behind its frames) and the renderer finishes the frame that showed it (a pulse
     * waits for the previous frame's rendering, which in Monocle's software pipeline takes tens of milliseconds).
     */
    private static void settle(MainWindow window) throws InterruptedException {
        window.model().sessionProperty().get().flush();
        Thread.sleep(150);
    }

    /** Nanoseconds from running the change on the JavaFX thread to the layout pass of the next pulse. */
    private static long timedFrame(Scene scene, Runnable change) throws Exception {
        long[] t = new long[1];
        nextFrame(scene, () -> true, () -> {
            t[0] = System.nanoTime();
            change.run();
        });
        return System.nanoTime() - t[0];
    }

    /** Runs {@code before} on the JavaFX thread, then waits for the first laid-out pulse at which {@code done} holds. */
    private static void nextFrame(Scene scene, BooleanSupplier done, Runnable before) throws Exception {
        CompletableFuture<Void> frame = new CompletableFuture<>();
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            if (done.getAsBoolean()) {
                scene.removePostLayoutPulseListener(listener[0]);
                frame.complete(null);
            }
        };
        Platform.runLater(() -> {
            scene.addPostLayoutPulseListener(listener[0]);
            if (before != null) {
                before.run();
            }
            Platform.requestNextPulse();
        });
        frame.get(120, TimeUnit.SECONDS);
    }

    private static void onFx(Runnable work) throws Exception {
        CompletableFuture<Void> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                work.run();
                f.complete(null);
            } catch (Throwable e) {
                f.completeExceptionally(e);
            }
        });
        f.get(120, TimeUnit.SECONDS);
    }

    /** Reads back the flat {@code {"metric": ms, …}} line a fork printed. */
    private static Map<String, Double> parse(String line) {
        Map<String, Double> m = new LinkedHashMap<>();
        java.util.regex.Matcher pair = java.util.regex.Pattern.compile("\"([^\"]+)\":\\s*([-0-9.eE]+)")
                .matcher(line);
        while (pair.find()) {
            m.put(pair.group(1), Double.parseDouble(pair.group(2)));
        }
        return m;
    }

    /** Each metric's median over the forks. */
    private static Map<String, Double> medianOf(List<Map<String, Double>> runs) {
        Map<String, Double> m = new LinkedHashMap<>();
        for (String key : runs.get(0).keySet()) {
            double[] values = runs.stream().mapToDouble(r -> r.get(key)).sorted().toArray();
            m.put(key, values[values.length / 2]);
        }
        return m;
    }

    private static double median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2] / 1e6;
    }

    private static String json(Map<String, Double> m, String indent) {
        StringBuilder sb = new StringBuilder("{");
        int k = 0;
        for (var e : m.entrySet()) {
            sb.append(indent).append(String.format(Locale.ROOT, "\"%s\": %.3f", e.getKey(), e.getValue()))
                    .append(++k < m.size() ? ", " : "");
        }
        return sb.append("}").toString();
    }
}
