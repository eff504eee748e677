package se.insyn.problem;

import java.nio.file.Path;
import java.util.Comparator;

/**
 * One thing wrong with the input, pointing at the file and line a communicator must open.
 *
 * @param file the file, relative to the folder the user named (content or theme)
 * @param line 1-based line, or 0 when the problem concerns the whole file
 * @param message what is wrong
 * @param fix what to do about it
 */
public record Problem(Severity severity, Path file, int line, String message, String fix) {

    public enum Severity { ERROR, WARNING }

    public static final Comparator<Problem> BY_PLACE = Comparator
            .comparing((Problem p) -> p.file == null ? "" : p.file.toString().replace('\\', '/'))
            .thenComparingInt(Problem::line)
            .thenComparing(Problem::message);

    public static Problem error(Path file, int line, String message, String fix) {
        return new Problem(Severity.ERROR, file, line, message, fix);
    }

    public static Problem warning(Path file, int line, String message, String fix) {
        return new Problem(Severity.WARNING, file, line, message, fix);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The form editors and IDEs recognise: {@code file:line: message – fix}. */
    @Override
    public String toString() {
        String where = file == null ? "" : file.toString().replace('\\', '/') + (line > 0 ? ":" + line : "") + ": ";
        String kind = isError() ? "" : "varning: ";
        return where + kind + message + (fix == null || fix.isEmpty() ? "" : " – " + fix);
    }
}
