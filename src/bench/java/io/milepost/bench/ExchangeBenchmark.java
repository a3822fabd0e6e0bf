package io.milepost.bench;

import io.milepost.app.exchange.ExportOptions;
import io.milepost.app.exchange.Exchanges;
import io.milepost.app.merge.MergePlan;
import io.milepost.app.merge.ThreeWayMerge;
import io.milepost.app.print.PrintedChart;
import io.milepost.io.json.RoadmapJsonReader;
import io.milepost.io.json.RoadmapJsonWriter;
import io.milepost.model.Milestone;
import io.milepost.model.MilestoneStatus;
import io.milepost.model.Roadmap;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The sharing targets of issue 10 at 10,000 milestones: JSON export and import (the import checks everything, as
 * every import does), CSV, iCalendar, HTML (with its chart) and MSPDI export, and a three-way merge of two copies
 * that each changed a tenth of the milestones. Medians of warm runs, in one JVM; writes {@code exchange.json} into
 * the folder given as the first argument.
 */
public final class ExchangeBenchmark {

    private ExchangeBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/bench");
        Files.createDirectories(out);
        Roadmap roadmap = SyntheticRoadmap.generate(10_000, 42);
        Map<String, Double> m = new LinkedHashMap<>();
        RoadmapJsonWriter writer = new RoadmapJsonWriter();
        byte[] json = writer.write(roadmap).getBytes(StandardCharsets.UTF_8);
        m.put("json.10000.kb", json.length / 1024.0);
        m.put("json.10000.export.ms", Stopwatch.medianMillis(2, 7, i -> writer.write(roadmap)));
        RoadmapJsonReader reader = new RoadmapJsonReader();
        m.put("json.10000.import.ms", Stopwatch.medianMillis(2, 7, i -> reader.read(json, "bench.json")));
        Exchanges exchanges = Exchanges.standard(new PrintedChart());
        ExportOptions options = new ExportOptions(false, Instant.parse("2026-12-02T09:00:00Z"));
        for (String format : new String[] {"csv", "ics", "html", "mspdi"}) {
            byte[] bytes = export(exchanges, format, roadmap, options);
            m.put(format + ".10000.kb", bytes.length / 1024.0);
            m.put(format + ".10000.export.ms", Stopwatch.medianMillis(2, 5,
                    i -> export(exchanges, format, roadmap, options)));
        }
        Roadmap ours = roadmap;
        Roadmap theirs = roadmap;
        for (int i = 0; i < roadmap.milestones().size(); i += 10) {
            Milestone mine = roadmap.milestones().get(i);
            ours = ours.withMilestone(mine.toBuilder().status(MilestoneStatus.DONE).build());
            Milestone other = roadmap.milestones().get(i + 5);
            theirs = theirs.withMilestone(other.toBuilder().remarks("checked in Minsk").build());
        }
        Roadmap a = ours;
        Roadmap b = theirs;
        m.put("merge.10000.ms", Stopwatch.medianMillis(2, 5, i -> {
            MergePlan plan = ThreeWayMerge.plan(Optional.of(roadmap), a, b);
            plan.edit("bench", plan.outcome(MergePlan.KEEP_OURS));
        }));
        StringBuilder text = new StringBuilder("{\n");
        int k = 0;
        for (var e : m.entrySet()) {
            text.append(String.format(Locale.ROOT, "  \"%s\": %.1f", e.getKey(), e.getValue()))
                    .append(++k < m.size() ? ",\n" : "\n");
        }
        Files.writeString(out.resolve("exchange.json"), text.append("}\n").toString());
        System.out.println("exchange: " + m);
    }

    private static byte[] export(Exchanges exchanges, String format, Roadmap roadmap, ExportOptions options)
            throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 20);
        exchanges.exporter(format).orElseThrow().write(roadmap, options, bytes);
        return bytes.toByteArray();
    }
}
