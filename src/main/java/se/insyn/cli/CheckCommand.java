package se.insyn.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import se.insyn.build.Build;
import se.insyn.build.BuildOptions;
import se.insyn.problem.Problem;
import se.insyn.problem.Text;

/** {@code insyn check}: every check of a build, nothing written; errors and warnings listed apart, sorted by file and line. */
@Command(name = "check", mixinStandardHelpOptions = true)
final class CheckCommand implements Callable<Integer> {
    @CommandLine.Mixin
    SourceOptions source;

    @Option(names = {"-r", "--register"}, paramLabel = "${bundle:label.file}")
    Path register;

    @Option(names = "--strict")
    boolean strict;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Voice voice = Voice.of(spec);
        source.requireTheme(voice);
        List<Problem> problems = new Build().check(new BuildOptions(source.content, source.theme, null, register, source.date));
        List<Problem> errors = problems.stream().filter(Problem::isError).toList();
        List<Problem> warnings = problems.stream().filter(p -> !p.isError()).toList();
        list(voice, Text.of("cli.check.errors", errors.size()), errors);
        list(voice, Text.of("cli.check.warnings", warnings.size()), warnings);
        boolean failed = !errors.isEmpty() || (strict && !warnings.isEmpty());
        voice.out(failed ? Text.of("cli.check.failed") : problems.isEmpty() ? Text.of("cli.check.clean") : Text.of("cli.check.onlyWarnings"));
        return failed ? Main.CONTENT_ERRORS : 0;
    }

    private static void list(Voice voice, Text heading, List<Problem> problems) {
        if (!problems.isEmpty()) {
            voice.out(heading);
            problems.forEach(p -> voice.out("  " + p.toString(voice.locale())));
        }
    }
}
