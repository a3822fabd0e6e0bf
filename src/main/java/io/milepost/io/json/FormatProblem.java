package io.milepost.io.json;

/**
 * One thing wrong with a roadmap file, placed so that a planner can find it in an editor.
 *
 * @param source  the file or resource name ("roadmap.json")
 * @param path    where in the document, as a JSON path ("milestones[3].start"), or "" for the document itself
 * @param field   the key at fault ("start"), or {@code null} when the problem is about a whole item or the document
 * @param line    1-based line in the source, or 0 when unknown
 * @param column  1-based column in the source, or 0 when unknown
 * @param message what is wrong ("'Q5 2025' is not a date: write 2025-03-12, …")
 */
public record FormatProblem(String source, String path, String field, int line, int column, String message) {

    /** "roadmap.json:57:16: milestones[3].start: 'Q5 2025' is not a date: …", the way compilers report. */
    @Override
    public String toString() {
        return io.milepost.io.ProblemPlace.line(source, line, column, path, message);
    }

    FormatProblem at(int newLine, int newColumn) {
        return new FormatProblem(source, path, field, newLine, newColumn, message);
    }
}
