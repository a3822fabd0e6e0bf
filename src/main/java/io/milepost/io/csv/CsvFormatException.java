package io.milepost.io.csv;

import java.util.List;
import java.util.stream.Collectors;

/** A CSV file that cannot be imported, with every problem found in it. */
public final class CsvFormatException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<CsvProblem> problems;

    public CsvFormatException(List<CsvProblem> problems) {
        super(problems.stream().map(CsvProblem::toString).collect(Collectors.joining("\n")));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a CSV format exception names at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public List<CsvProblem> problems() {
        return problems;
    }
}
