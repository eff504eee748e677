package se.insyn.problem;

import java.util.List;
import java.util.stream.Collectors;

/** The input cannot be published; carries every problem found, each with file and line. */
public final class ContentException extends RuntimeException {
    private final transient List<Problem> problems;

    public ContentException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
