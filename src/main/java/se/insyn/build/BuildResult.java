package se.insyn.build;

import java.time.Duration;
import java.util.List;
import se.insyn.problem.Problem;

/** What a successful build did, for the summary the CLI prints. */
public record BuildResult(int records, int pages, int filesWritten, List<Problem> warnings, Duration time) {
}
