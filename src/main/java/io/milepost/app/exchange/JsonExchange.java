package io.milepost.app.exchange;

import io.milepost.io.json.FormatProblem;
import io.milepost.io.json.RoadmapFormatException;
import io.milepost.io.json.RoadmapJsonReader;
import io.milepost.io.json.RoadmapJsonWriter;
import io.milepost.model.Roadmap;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;

/** Milepost's own JSON exchange format, lossless both ways: the format two planners' copies are merged through. */
public final class JsonExchange implements Exporter, Importer {

    private final RoadmapJsonWriter writer = new RoadmapJsonWriter();
    private final RoadmapJsonReader reader = new RoadmapJsonReader();

    @Override
    public String format() {
        return "json";
    }

    @Override
    public String extension() {
        return "json";
    }

    @Override
    public List<String> extensions() {
        return List.of("json");
    }

    @Override
    public void write(Roadmap roadmap, ExportOptions options, OutputStream out) throws IOException {
        writer.write(roadmap, out);
    }

    @Override
    public Imported read(Path source, Roadmap current) throws ImportException, IOException {
        try {
            return new Imported(reader.read(source), Imported.Scope.EXCHANGE_COPY, List.of());
        } catch (RoadmapFormatException e) {
            throw new ImportException(e.problems().stream().map(FormatProblem::toString).toList(), e);
        }
    }
}
