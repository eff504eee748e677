package se.insyn.build;

import java.time.Duration;
import java.util.List;
import se.insyn.problem.Problem;

/**
 * What a successful build did, for the summary the CLI prints. A build that found nothing changed
 * reports zero records and pages: it did not read them.
 */
public record BuildResult(int records, int pages, int pagesKept, int filesWritten, int filesUnchanged, List<Problem> warnings, Duration time) {

    public boolean skipped() {
        return records == 0 && filesWritten == 0 && filesUnchanged == 0;
    }
}
