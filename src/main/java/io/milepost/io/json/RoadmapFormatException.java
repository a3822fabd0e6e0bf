package io.milepost.io.json;

import io.milepost.i18n.Messages;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A roadmap file that cannot be read: it is not JSON, not Milepost's, newer than this build, or its content is
 * wrong. Carries every problem found, not just the first, so the planner can mend the file in one go.
 * Checked, because a bad file is an everyday event that the caller must answer with a message, not a crash.
 */
public final class RoadmapFormatException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final transient List<FormatProblem> problems;

    public RoadmapFormatException(String source, List<FormatProblem> problems) {
        super(summary(source, problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a format exception needs at least one problem");
        }
        this.source = source;
        this.problems = List.copyOf(problems);
    }

    /** The file or resource that was read. */
    public String source() {
        return source;
    }

    /** Every problem found, in the order of the document, then those of the roadmap's validation. */
    public List<FormatProblem> problems() {
        return problems;
    }

    private static String summary(String source, List<FormatProblem> problems) {
        String head = problems.size() == 1
                ? Messages.text("formatProblems.one", source)
                : Messages.text("formatProblems.many", source, problems.size());
        return problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n", head + "\n", ""));
    }
}
