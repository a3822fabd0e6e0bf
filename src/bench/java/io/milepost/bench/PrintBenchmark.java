package io.milepost.bench;

import io.milepost.app.SampleRoadmap;
import io.milepost.app.exchange.ExportOptions;
import io.milepost.app.print.PrintExports;
import io.milepost.app.print.PrintRequest;
import io.milepost.chart.Paper;
import io.milepost.chart.PrintMode;
import io.milepost.chart.Theme;
import io.milepost.model.Roadmap;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The print targets of issue 9, in one JVM run with a 512 MB heap: the sample to an A3 fit-to-page PDF (first,
 * cold, and the median warm), a 1,000-milestone roadmap as a tiled A3 poster (time, pages, peak heap), 10,000
 * milestones to a matrix XLSX, and the size of the sample's PDF. Writes {@code print.json} into the folder given as
 * the first argument. The command line's own time, JVM start included, is measured from the shell (BENCHMARKS.md).
 */
public final class PrintBenchmark {

    private PrintBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/bench");
        Files.createDirectories(out);
        Map<String, Double> m = new LinkedHashMap<>();
        Roadmap sample = SampleRoadmap.load();
        PrintRequest a3 = PrintRequest.defaults().withPaper(Paper.A3, true).withMode(PrintMode.FIT_PAGE)
                .withFile("sample.milepost", LocalDate.of(2026, 12, 2));
        long t0 = System.nanoTime();
        byte[] samplePdf = write(sample, a3, "pdf");
        m.put("sample.a3.pdf.cold.ms", (System.nanoTime() - t0) / 1e6);
        m.put("sample.a3.pdf.ms", Stopwatch.medianMillis(3, 9, i -> write(sample, a3, "pdf")));
        m.put("sample.a3.pdf.kb", samplePdf.length / 1024.0);

        Roadmap thousand = SyntheticRoadmap.generate(1_000, 42);
        PrintRequest poster = a3.withMode(PrintMode.TILE);
        resetPeaks();
        long t1 = System.nanoTime();
        byte[] posterPdf = write(thousand, poster, "pdf");
        m.put("poster.1000.a3.tile.ms", (System.nanoTime() - t1) / 1e6);
        m.put("poster.1000.a3.tile.peakHeap.mb", peakHeapMb());
        m.put("poster.1000.a3.tile.kb", posterPdf.length / 1024.0);
        m.put("poster.1000.a3.tile.warm.ms", Stopwatch.medianMillis(1, 3, i -> write(thousand, poster, "pdf")));

        Roadmap tenThousand = SyntheticRoadmap.generate(10_000, 42);
        PrintRequest matrix = a3.withView(PrintRequest.View.MATRIX);
        m.put("matrix.10000.xlsx.ms", Stopwatch.medianMillis(1, 3, i -> write(tenThousand, matrix, "xlsx")));

        StringBuilder json = new StringBuilder("{\n");
        int k = 0;
        for (var e : m.entrySet()) {
            json.append(String.format(Locale.ROOT, "  \"%s\": %.1f", e.getKey(), e.getValue()))
                    .append(++k < m.size() ? ",\n" : "\n");
        }
        Files.writeString(out.resolve("print.json"), json.append("}\n").toString());
        System.out.println("print: " + m);
    }

    private static byte[] write(Roadmap roadmap, PrintRequest request, String format) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream o = bytes) {
            new PrintExports(request, Theme.light(), page -> { }).byFormat().get(format)
                    .write(roadmap, ExportOptions.now(), o);
        }
        return bytes.toByteArray();
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    private static double peakHeapMb() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak / (1024.0 * 1024.0);
    }
}
