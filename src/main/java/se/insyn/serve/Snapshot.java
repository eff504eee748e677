package se.insyn.serve;

import java.util.List;
import java.util.Map;
import se.insyn.problem.Problem;

/**
 * One state of the preview: the last good site, the problems of the latest build (empty when it
 * succeeded) and a version number that changes with every rebuild, so open pages know to reload.
 */
record Snapshot(long version, Map<String, byte[]> files, List<Problem> problems) {

    boolean broken() {
        return !problems.isEmpty();
    }
}
