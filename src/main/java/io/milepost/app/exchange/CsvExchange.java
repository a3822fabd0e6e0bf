package io.milepost.app.exchange;

import io.milepost.io.csv.CsvFormatException;
import io.milepost.io.csv.CsvProblem;
import io.milepost.io.csv.MilestoneCsvReader;
import io.milepost.io.csv.MilestoneCsvWriter;
import io.milepost.model.Roadmap;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The milestones as a CSV table for spreadsheets: exported with every column; imported by header, updating rows by
 * id and adding new ones, never removing any.
 */
public final class CsvExchange implements Exporter, Importer {

    /** A milestones table of a big roadmap is a few megabytes; a file past this is refused unread. */
    static final long MAX_BYTES = 64L * 1024 * 1024;

    private final MilestoneCsvWriter writer = new MilestoneCsvWriter();
    private final MilestoneCsvReader reader = new MilestoneCsvReader();

    @Override
    public String format() {
        return "csv";
    }

    @Override
    public String extension() {
        return "csv";
    }

    @Override
    public List<String> extensions() {
        return List.of("csv");
    }

    @Override
    public void write(Roadmap roadmap, ExportOptions options, OutputStream out) throws IOException {
        writer.write(roadmap, out, options.byteOrderMark());
    }

    @Override
    public Imported read(Path source, Roadmap current) throws ImportException, IOException {
        return read(source, current, null);
    }

    /**
     * A CSV's header and first rows, for the window's mapping step: which of its columns Milepost knows
     * ({@link Head#matched()}) and what the others hold.
     *
     * @param headers the file's column headers, in order
     * @param samples up to the asked number of rows, each as its cells
     * @param matched for each header, the Milepost column it names, or {@code null} when it names none
     */
    public record Head(List<String> headers, List<List<String>> samples, List<String> matched) {
        /** Some column is not one Milepost knows: reading by header would refuse the file. */
        public boolean needsMapping() {
            return matched.contains(null);
        }
    }

    /** The names of the columns Milepost reads, for a mapping step to offer. */
    public static List<String> columns() {
        return MilestoneCsvReader.columns();
    }

    public static Head head(Path source, int samples) throws ImportException, IOException {
        String name = source.getFileName().toString();
        try {
            List<List<String>> rows = MilestoneCsvReader.head(bytes(source), name, samples);
            List<String> headers = rows.isEmpty() ? List.of() : rows.get(0);
            List<String> matched = new java.util.ArrayList<>();
            headers.forEach(h -> matched.add(MilestoneCsvReader.columnFor(h).orElse(null)));
            return new Head(headers, rows.isEmpty() ? List.of() : rows.subList(1, rows.size()),
                    java.util.Collections.unmodifiableList(matched));
        } catch (CsvFormatException e) {
            throw new ImportException(e.problems().stream().map(CsvProblem::toString).toList(), e);
        }
    }

    /**
     * This format read with the planner's mapping of the file's columns: for each column in order, the Milepost
     * column it holds or {@code null} to ignore it.
     */
    public Importer mapped(List<String> mapping) {
        List<String> m = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(mapping));
        CsvExchange self = this;
        return new Importer() {
            @Override
            public String format() {
                return self.format();
            }

            @Override
            public List<String> extensions() {
                return self.extensions();
            }

            @Override
            public Imported read(Path source, Roadmap current) throws ImportException, IOException {
                return self.read(source, current, m);
            }
        };
    }

    private static byte[] bytes(Path source) throws ImportException, IOException {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(source)) {
            bytes = in.readNBytes((int) MAX_BYTES + 1);
        }
        if (bytes.length > MAX_BYTES) {
            throw new ImportException(source.getFileName() + ": is larger than " + (MAX_BYTES >> 20)
                    + " MiB, more than any roadmap");
        }
        return bytes;
    }

    private Imported read(Path source, Roadmap current, List<String> mapping) throws ImportException, IOException {
        String name = source.getFileName().toString();
        byte[] bytes = bytes(source);
        try {
            MilestoneCsvReader.Result result = reader.read(bytes, name, current, mapping);
            return new Imported(result.roadmap(), Imported.Scope.ROWS, result.notes());
        } catch (CsvFormatException e) {
            throw new ImportException(e.problems().stream().map(CsvProblem::toString).toList(), e);
        }
    }
}
