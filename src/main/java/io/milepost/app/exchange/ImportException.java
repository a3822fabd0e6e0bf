package io.milepost.app.exchange;

import java.util.List;

/**
 * A file that cannot be imported, with every problem found, each a line a planner can act on
 * ({@code roadmap.json:57:16: milestones[3].start: 'Q5 2025' is not a date}). Nothing was written.
 */
public final class ImportException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<String> problems;

    public ImportException(List<String> problems, Throwable cause) {
        super(String.join("\n", problems), cause);
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an import failure names at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public ImportException(String problem) {
        this(List.of(problem), null);
    }

    public List<String> problems() {
        return problems;
    }
}
