package io.milepost.io;

/**
 * How every import problem names its place, the way compilers do ("plan.csv:12:7: start: 'Q5 2025' is not a date"),
 * so a planner finds it in an editor whatever the format: one wording for CSV, JSON and the rest.
 */
public final class ProblemPlace {

    private ProblemPlace() {
    }

    /**
     * @param line   1-based, or 0 when unknown (then the column is left out too)
     * @param column 1-based, or 0 when unknown
     * @param where  the field, header or path at fault, or {@code null}/empty for the whole file or item
     */
    public static String line(String source, int line, int column, String where, String message) {
        StringBuilder sb = new StringBuilder(source);
        if (line > 0) {
            sb.append(':').append(line);
            if (column > 0) {
                sb.append(':').append(column);
            }
        }
        sb.append(": ");
        if (where != null && !where.isEmpty()) {
            sb.append(where).append(": ");
        }
        return sb.append(message).toString();
    }
}
