package se.insyn.problem;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;

/**
 * One thing wrong with the input, pointing at the file and line a communicator must open.
 *
 * @param file the file, relative to the folder the user named (content or theme)
 * @param line 1-based line, or 0 when the problem concerns the whole file
 * @param text what is wrong
 * @param fixText what to do about it
 */
public record Problem(Severity severity, Path file, int line, Text text, Text fixText) {

    public enum Severity { ERROR, WARNING }

    public static final Comparator<Problem> BY_PLACE = Comparator
            .comparing((Problem p) -> p.file == null ? "" : p.file.toString().replace('\\', '/'))
            .thenComparingInt(Problem::line)
            .thenComparing((Problem p) -> p.message());

    public static Problem error(Path file, int line, Text message, Text fix) {
        return new Problem(Severity.ERROR, file, line, message, fix);
    }

    public static Problem warning(Path file, int line, Text message, Text fix) {
        return new Problem(Severity.WARNING, file, line, message, fix);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** What is wrong, in Swedish. */
    public String message() {
        return message(Language.SWEDISH.locale());
    }

    public String message(Locale locale) {
        return text.in(locale);
    }

    /** What to do, in Swedish; null when there is no advice. */
    public String fix() {
        return fix(Language.SWEDISH.locale());
    }

    public String fix(Locale locale) {
        return fixText == null ? null : fixText.in(locale);
    }

    /** The form editors and IDEs recognise, in Swedish: {@code file:line: message – fix}. */
    @Override
    public String toString() {
        return toString(Language.SWEDISH.locale());
    }

    public String toString(Locale locale) {
        String where = file == null ? "" : file.toString().replace('\\', '/') + (line > 0 ? ":" + line : "") + ": ";
        Text said = isError() ? text : Text.of("problem.warning", text);
        String fix = fix(locale);
        return where + (fix == null || fix.isEmpty() ? said.in(locale) : Text.of("problem.withFix", said, fix).in(locale));
    }
}
