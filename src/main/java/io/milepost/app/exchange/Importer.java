package io.milepost.app.exchange;

import io.milepost.model.Roadmap;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads a file of one format into a roadmap, checking everything before it returns: a failure is an
 * {@link ImportException} that names the file, the line or path, the field and the problem, and nothing has been
 * written anywhere.
 */
public interface Importer {

    /** The format's name ("json", "csv", "mpxj"). */
    String format();

    /** The file name extensions this importer is chosen for, lower case, without the dot. */
    List<String> extensions();

    /**
     * Reads {@code source}.
     *
     * @param current the roadmap of the document imported into, or {@code null} when the import creates it (a
     *                format that updates rows, like CSV, applies them to it)
     */
    Imported read(Path source, Roadmap current) throws ImportException, IOException;
}
