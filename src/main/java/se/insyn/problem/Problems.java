package se.insyn.problem;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.List;

/** Collects every problem a stage finds, so that the user sees all of them in one run. */
public final class Problems {
    private final Set<Problem> found = Collections.synchronizedSet(new LinkedHashSet<>());

    public void error(Path file, int line, Text message, Text fix) {
        add(Problem.error(file, line, message, fix));
    }

    public void warning(Path file, int line, Text message, Text fix) {
        add(Problem.warning(file, line, message, fix));
    }

    /** Adds a problem once: the same mistake reached from many pages is reported a single time. */
    public void add(Problem problem) {
        found.add(problem);
    }

    public boolean hasErrors() {
        synchronized (found) {
            return found.stream().anyMatch(Problem::isError);
        }
    }

    /** All problems, sorted by file and line. */
    public List<Problem> sorted() {
        synchronized (found) {
            List<Problem> copy = new ArrayList<>(found);
            copy.sort(Problem.BY_PLACE);
            return copy;
        }
    }

    /** As many as {@link #warnings()} has, counted without sorting them. */
    public int warningCount() {
        synchronized (found) {
            return (int) found.stream().filter(p -> !p.isError()).count();
        }
    }

    public List<Problem> errors() {
        return sorted().stream().filter(Problem::isError).toList();
    }

    public List<Problem> warnings() {
        return sorted().stream().filter(p -> !p.isError()).toList();
    }

    /** Stops the build when anything is wrong; called between stages. */
    public void throwIfErrors() {
        if (hasErrors()) {
            throw new ContentException(errors());
        }
    }
}
