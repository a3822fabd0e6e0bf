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
        String name = source.getFileName().toString();
        byte[] bytes;
        try (InputStream in = Files.newInputStream(source)) {
            bytes = in.readNBytes((int) MAX_BYTES + 1);
        }
        if (bytes.length > MAX_BYTES) {
            throw new ImportException(name + ": is larger than " + (MAX_BYTES >> 20) + " MiB, more than any roadmap");
        }
        try {
            MilestoneCsvReader.Result result = reader.read(bytes, name, current);
            return new Imported(result.roadmap(), Imported.Scope.ROWS, result.notes());
        } catch (CsvFormatException e) {
            throw new ImportException(e.problems().stream().map(CsvProblem::toString).toList(), e);
        }
    }
}
