package io.milepost.io.matrix;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The implementation matrix as a DOCX document (see {@link TableDocxWriter}): the area is each section's own row, the
 * dates are in the timeline as written.
 */
public final class MatrixDocxWriter {

    /** Which of {@link MatrixWords#headings()} the document shows: No., action, leads, timeline, outcome, status,
     * remarks. */
    static final int[] COLUMNS = {0, 2, 3, 4, 5, 8, 9, 10};
    /** Column widths in twentieths of a point, filling A4 landscape inside half-inch margins. */
    private static final int[] WIDTHS = {700, 3600, 2100, 2100, 1500, 2900, 1200, 1298};

    private MatrixDocxWriter() {
    }

    public static void write(ImplementationMatrix matrix, OutputStream out) throws IOException {
        TableDocxWriter.write(table(matrix), out);
    }

    /** The matrix as a table of words. */
    static TableDocument table(ImplementationMatrix matrix) {
        List<String> all = matrix.words().headings();
        List<String> headings = new ArrayList<>();
        for (int c : COLUMNS) {
            headings.add(all.get(c));
        }
        List<TableDocument.Section> sections = new ArrayList<>();
        for (ImplementationMatrix.Section section : matrix.sections()) {
            List<List<String>> rows = new ArrayList<>();
            for (ImplementationMatrix.Row item : section.rows()) {
                rows.add(List.of(item.number(), item.action(), item.leadA(), item.leadB(), item.timeline(),
                        item.outcome(), matrix.words().status(item.status()), item.remarks()));
            }
            sections.add(new TableDocument.Section(section.area(), rows));
        }
        return new TableDocument(matrix.title(), matrix.subtitle() + " · " + matrix.words().heading(), headings,
                WIDTHS, sections);
    }
}
