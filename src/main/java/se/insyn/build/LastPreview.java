package se.insyn.build;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.insyn.link.Shape;
import se.insyn.problem.Problem;
import se.insyn.read.ContentReader.FileReading;

/**
 * What the last successful preview made, kept so that a save that changed only prose (the wording
 * of an answer, a body, a title) is shown without linking, planning and checking the whole site
 * again: on a site of 10 000 cases that took most of a second after every save.
 *
 * @param today the date the preview was made for, which decides embargoes and passed deadlines
 * @param readings what each content file added to the content then, by file
 * @param linkProblems the warnings of linking and of the content checks then, which depend only on the records' shapes
 * @param site the site then, with its graph, its plan and its files' names
 */
record LastPreview(BuildOptions options, LocalDate today, Map<Path, FileReading> readings, List<Problem> linkProblems,
                   PreviewSite site) {

    /**
     * Each record of the last preview that is now another, mapped (by identity) to its new version,
     * when the same files were read with the same options and every file that changed kept its
     * record's {@link Shape}; empty when the content must be linked from scratch. {@code readAnew}
     * names the files whose reading may differ, when that is known ({@link PreviewReading#readAnewSince}):
     * only those are compared.
     */
    Optional<Map<Object, Object>> replacedBy(BuildOptions now, LocalDate nowToday, Map<Path, FileReading> nowRead,
                                             Optional<Set<Path>> readAnew) {
        if (!now.equals(options) || !nowToday.equals(today) || readAnew.isEmpty() && !nowRead.keySet().equals(readings.keySet())) {
            return Optional.empty();
        }
        Map<Object, Object> replaced = new IdentityHashMap<>();
        for (Path file : readAnew.isPresent() ? readAnew.get() : nowRead.keySet()) {
            FileReading before = readings.get(file);
            FileReading after = nowRead.get(file);
            if (before == after) {
                continue;
            }
            if (!sameShape(before, after)) {
                return Optional.empty();
            }
            replaced.put(before.record(), after.record());
        }
        return Optional.of(replaced);
    }

    /** Whether a file read again adds the same to the content but for its record's prose. */
    private static boolean sameShape(FileReading before, FileReading after) {
        if (before == null || after == null || before.record() == null || after.record() == null
                || before.draft() != after.draft() || before.bodyLine() != after.bodyLine()
                || (before.summary() == null) != (after.summary() == null)) {
            return false;
        }
        Optional<Object> shape = Shape.of(before.record());
        return shape.isPresent() && shape.equals(Shape.of(after.record()));
    }
}
