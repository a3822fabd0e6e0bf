package io.milepost.app.exchange;

import io.milepost.model.Roadmap;
import java.io.IOException;
import java.io.OutputStream;

/** Writes a whole roadmap in one file format ("json", "csv", "ics", …); found by its format name in {@link Exporters}. */
public interface Exporter {

    /** The name a planner types after {@code --format}, lower case. */
    String format();

    /** The usual file name extension, without the dot. */
    String extension();

    /** Writes the roadmap to {@code out}, which the caller closes. */
    void write(Roadmap roadmap, ExportOptions options, OutputStream out) throws IOException;
}
