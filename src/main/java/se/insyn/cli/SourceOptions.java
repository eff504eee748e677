package se.insyn.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The options every command that reads content shares: where the content and theme are, and which day it is. */
final class SourceOptions {
    @Option(names = {"-c", "--content"}, defaultValue = "content", paramLabel = "MAPP",
            description = "innehållsmappen (standard: ${DEFAULT-VALUE})")
    Path content;

    @Option(names = {"-t", "--theme"}, paramLabel = "MAPP",
            description = "ett eget tema vars mallar, texter och filer ersätter standardtemats, fil för fil")
    Path theme;

    @Option(names = "--date", paramLabel = "ÅÅÅÅ-MM-DD",
            description = "datumet som avgör embargon och passerade svarsdatum (standard: i dag)")
    LocalDate date;

    /** A theme folder that does not exist is a typo, not a reason to fall back silently on the default theme. */
    void requireTheme(CommandLine commandLine) {
        if (theme != null && !Files.isDirectory(theme)) {
            throw new CommandLine.ParameterException(commandLine, "temamappen " + theme + " finns inte");
        }
    }
}
