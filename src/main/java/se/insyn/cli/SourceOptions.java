package se.insyn.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import picocli.CommandLine.Option;
import se.insyn.problem.Text;

/** The options every command that reads content shares: where the content and theme are, and which day it is. */
final class SourceOptions {
    @Option(names = {"-c", "--content"}, defaultValue = "content", paramLabel = "${bundle:label.folder}")
    Path content;

    @Option(names = {"-t", "--theme"}, paramLabel = "${bundle:label.folder}")
    Path theme;

    @Option(names = "--date", paramLabel = "${bundle:label.date}")
    LocalDate date;

    /** A theme folder that does not exist is a typo, not a reason to fall back silently on the default theme. */
    void requireTheme(Voice voice) {
        if (theme != null && !Files.isDirectory(theme)) {
            throw voice.usage(Text.of("cli.themeMissing", theme));
        }
    }
}
