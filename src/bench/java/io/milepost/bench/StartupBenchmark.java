package io.milepost.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Start-up time: launch to the first frame showing the document, as a planner sees it. Each run starts a command as
 * a new process, on a fresh copy of the document, and times it until the process prints {@code first-frame}
 * ({@link FirstFrame} does so). Several commands take turns, run by run, so that a change in the machine's load
 * during the measurement falls on all of them alike. The first round only warms the disk cache and is not counted.
 * <p>
 * {@code StartupBenchmark OUT_DIR RUNS DOCUMENT LABEL COMMAND... [-- LABEL COMMAND...]...}: in a COMMAND,
 * {@code {file}} stands for the document's copy. Writes {@code OUT_DIR/startup.json} (label → each run, median, min
 * and max in ms; the CPU time of each run and its median; the command) and prints it. Needs a display (under Xvfb
 * on a machine without one).
 */
public final class StartupBenchmark {

    private StartupBenchmark() {
    }

    private record Config(String label, List<String> command, List<Double> times, List<Double> cpu) {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 5) {
            System.err.println("usage: StartupBenchmark OUT_DIR RUNS DOCUMENT LABEL COMMAND... [-- LABEL COMMAND...]"
                    + " ({file} = the document)");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        int runs = Integer.parseInt(args[1]);
        Path document = Path.of(args[2]);
        List<Config> configs = new ArrayList<>();
        List<String> rest = Arrays.asList(args).subList(3, args.length);
        while (!rest.isEmpty()) {
            int end = rest.indexOf("--");
            List<String> one = end < 0 ? rest : rest.subList(0, end);
            configs.add(new Config(one.get(0), List.copyOf(one.subList(1, one.size())), new ArrayList<>(), new ArrayList<>()));
            rest = end < 0 ? List.of() : rest.subList(end + 1, rest.size());
        }
        Files.createDirectories(out);
        Path work = Files.createTempDirectory("milepost-startup");

        for (int run = 0; run <= runs; run++) {
            for (Config config : configs) {
                double[] ms = once(config.command(), document, work.resolve(config.label() + "-" + run));
                System.out.printf(Locale.ROOT, "%s run %d%s: %.0f ms, %.0f ms of CPU%n", config.label(), run,
                        run == 0 ? " (warm-up)" : "", ms[0], ms[1]);
                if (run > 0) {
                    config.times().add(ms[0]);
                    config.cpu().add(ms[1]);
                }
            }
        }
        String json = configs.stream().map(StartupBenchmark::json)
                .collect(Collectors.joining(",\n", "{\n", "\n}\n"));
        Path file = out.resolve("startup.json");
        Files.writeString(file, json);
        System.out.print(json);
        System.out.println("Wrote " + file);
    }

    private static String json(Config config) {
        List<Double> sorted = config.times().stream().sorted().toList();
        return String.format(Locale.ROOT, "  \"%s\" : {%n    \"runs_ms\" : [ %s ],%n    \"median_ms\" : %.0f,%n"
                        + "    \"min_ms\" : %.0f,%n    \"max_ms\" : %.0f,%n    \"cpu_runs_ms\" : [ %s ],%n"
                        + "    \"cpu_median_ms\" : %.0f,%n    \"command\" : \"%s\"%n  }",
                config.label(), list(config.times()), median(config.times()), sorted.get(0),
                sorted.get(sorted.size() - 1), list(config.cpu()), median(config.cpu()),
                String.join(" ", config.command()).replace("\\", "\\\\").replace("\"", "\\\""));
    }

    private static String list(List<Double> values) {
        return values.stream().map(t -> String.format(Locale.ROOT, "%.0f", t)).collect(Collectors.joining(", "));
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /**
     * One launch: the milliseconds from starting the process to its {@code first-frame} line, and the CPU time the
     * process had used by then (all its threads; less disturbed than the wall time by other work on the machine).
     */
    private static double[] once(List<String> command, Path document, Path folder) throws Exception {
        Files.createDirectories(folder);
        Path copy = folder.resolve(document.getFileName());
        Files.copy(document, copy);
        List<String> resolved = command.stream().map(a -> a.replace("{file}", copy.toString())).toList();
        ProcessBuilder builder = new ProcessBuilder(resolved).redirectError(ProcessBuilder.Redirect.INHERIT);
        builder.environment().put("MILEPOST_HOME", folder.resolve("home").toString());
        long start = System.nanoTime();
        Process process = builder.start();
        long shown = -1;
        double cpu = -1;
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.equals("first-frame")) {
                    shown = System.nanoTime();
                    cpu = process.info().totalCpuDuration().map(d -> d.toNanos() / 1e6).orElse(-1.0);
                    break;
                }
            }
        } catch (IOException e) {
            process.destroyForcibly();
            throw e;
        }
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        if (shown < 0) {
            throw new IllegalStateException("the program ended without showing a frame: " + String.join(" ", resolved));
        }
        return new double[] {(shown - start) / 1e6, cpu};
    }
}
