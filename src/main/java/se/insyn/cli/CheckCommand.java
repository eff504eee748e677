package se.insyn.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import se.insyn.build.Build;
import se.insyn.build.BuildOptions;
import se.insyn.problem.Problem;

/** {@code insyn check}: every check of a build, nothing written; errors and warnings listed apart, sorted by file and line. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Kontrollerar innehållet utan att bygga: alla fel och varningar på en gång, sorterade efter fil och rad.")
final class CheckCommand implements Callable<Integer> {
    @CommandLine.Mixin
    SourceOptions source;

    @Option(names = {"-r", "--register"}, paramLabel = "FIL", description = "registret över publicerade adresser")
    Path register;

    @Option(names = "--strict", description = "varningar räknas som fel")
    boolean strict;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        source.requireTheme(spec.commandLine());
        List<Problem> problems = new Build().check(new BuildOptions(source.content, source.theme, null, register, source.date));
        List<Problem> errors = problems.stream().filter(Problem::isError).toList();
        List<Problem> warnings = problems.stream().filter(p -> !p.isError()).toList();
        PrintWriter out = spec.commandLine().getOut();
        if (!errors.isEmpty()) {
            out.println("Fel (" + errors.size() + "):");
            errors.forEach(p -> out.println("  " + p));
        }
        if (!warnings.isEmpty()) {
            out.println("Varningar (" + warnings.size() + "):");
            warnings.forEach(p -> out.println("  " + p));
        }
        boolean failed = !errors.isEmpty() || (strict && !warnings.isEmpty());
        out.println(failed ? "Innehållet kan inte publiceras." : errors.isEmpty() && warnings.isEmpty()
                ? "Inga problem." : "Inga fel; varningarna stoppar inte bygget (utom med --strict).");
        out.flush();
        return failed ? Main.CONTENT_ERRORS : 0;
    }
}
