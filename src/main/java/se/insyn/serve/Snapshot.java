package se.insyn.serve;

import java.util.List;
import java.util.Optional;
import se.insyn.build.PreviewSite;
import se.insyn.problem.Problem;

/**
 * One state of the preview: the last good site (null before the first), the problems of the latest
 * build (empty when it succeeded) and a version number that changes with every rebuild, so open
 * pages know to reload.
 */
record Snapshot(long version, PreviewSite site, List<Problem> problems) {

    boolean broken() {
        return !problems.isEmpty();
    }

    /** The site's file, made if need be; empty when there is no such file or no site yet. */
    Optional<byte[]> file(String file) {
        return site == null ? Optional.empty() : site.file(file);
    }
}
