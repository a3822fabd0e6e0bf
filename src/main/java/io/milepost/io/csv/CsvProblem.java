package io.milepost.io.csv;

/**
 * One thing wrong in a CSV file, placed the way a spreadsheet shows it.
 *
 * @param line   1-based line of the file where the row starts (the header is line 1), or 0 for the whole file
 * @param column 1-based column, or 0 for the whole row
 * @param header the column's header, or {@code null}
 */
public record CsvProblem(String source, int line, int column, String header, String message) {

    /** "plan.csv:12:7: start: 'Q5 2025' is not a date". */
    @Override
    public String toString() {
        return io.milepost.io.ProblemPlace.line(source, line, column, header, message);
    }
}
