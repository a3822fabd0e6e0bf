package io.milepost.app.exchange;

import io.milepost.io.AtomicFile;
import io.milepost.model.Roadmap;
import io.milepost.store.DocumentException;
import io.milepost.store.OpenMode;
import io.milepost.store.RoadmapDocument;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Exports a document: reads it read-only (it may be open for editing elsewhere), writes the file whole or not at
 * all, and, for the exchange format, remembers what was sent as the base of the next merge with that partner.
 */
public final class DocumentExport {

    private DocumentExport() {
    }

    public static Roadmap run(Path document, Exporter exporter, ExportOptions options, Path out, String partner)
            throws DocumentException, IOException {
        Roadmap roadmap;
        try (RoadmapDocument doc = RoadmapDocument.open(document, OpenMode.READ_ONLY)) {
            roadmap = doc.load();
        }
        write(roadmap, exporter, options, out);
        if (exporter instanceof JsonExchange) {
            SidecarExchangeBases.beside(document).remember(partner, roadmap);
        }
        return roadmap;
    }

    /** Writes a roadmap through an exporter to {@code out}, atomically. */
    public static void write(Roadmap roadmap, Exporter exporter, ExportOptions options, Path out) throws IOException {
        AtomicFile.write(out, stream -> exporter.write(roadmap, options, stream));
    }
}
