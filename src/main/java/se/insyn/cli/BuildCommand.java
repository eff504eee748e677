package se.insyn.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import se.insyn.build.Build;
import se.insyn.build.BuildOptions;
import se.insyn.build.BuildResult;
import se.insyn.problem.ContentException;
import se.insyn.problem.Problem;
import se.insyn.write.WriteException;

/** {@code insyn build}: content folder in, complete site out, or every problem listed and nothing written. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Bygger webbplatsen från innehållsmappen. Vid fel skrivs inget och den tidigare webbplatsen står kvar.")
final class BuildCommand implements Callable<Integer> {
    @CommandLine.Mixin
    SourceOptions source;

    @Option(names = {"-o", "--output"}, defaultValue = "site", paramLabel = "MAPP",
            description = "mappen webbplatsen skrivs till (standard: ${DEFAULT-VALUE})")
    Path output;

    @Option(names = {"-r", "--register"}, paramLabel = "FIL",
            description = "registret över publicerade adresser (standard: publicerade-adresser.txt bredvid innehållsmappen)")
    Path register;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        source.requireTheme(spec.commandLine());
        if (Files.exists(output) && !Files.isDirectory(output)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "utdatamappen " + output + " är en fil, inte en mapp");
        }
        try (HeapWatch heap = new HeapWatch()) {
            BuildResult result = new Build(new ProgressLine(err)).run(new BuildOptions(source.content, source.theme, output, register, source.date));
            result.warnings().forEach(w -> err.println(w));
            if (result.skipped()) {
                out.printf("Oförändrat: inget i innehållet, temat eller programmet har ändrats sedan förra bygget;"
                        + " inga filer skrivna (%d ms)%n", result.time().toMillis());
            } else {
                out.printf("Klart: %d poster, %d sidor, %d filer skrivna och %d oförändrade i %s på %d ms (högsta heap %d MB)%s%n",
                        result.records(), result.pages(), result.filesWritten(), result.filesUnchanged(), output,
                        result.time().toMillis(), heap.peakMegabytes(),
                        result.warnings().isEmpty() ? "" : ", " + result.warnings().size()
                                + (result.warnings().size() == 1 ? " varning" : " varningar"));
            }
            out.flush();
            return 0;
        } catch (ContentException e) {
            for (Problem problem : e.problems()) {
                err.println(problem);
            }
            err.printf("%d fel – inget skrevs; webbplatsen i %s är oförändrad.%n", e.problems().size(), output);
            err.flush();
            return Main.CONTENT_ERRORS;
        } catch (WriteException e) {
            err.println(e.getMessage());
            err.flush();
            return Main.OUTPUT_FAILED;
        } catch (UncheckedIOException e) {
            err.println("fel vid läsning eller skrivning: " + e.getMessage()
                    + (e.getCause() == null ? "" : " (" + e.getCause().getMessage() + ")") + " – inget publicerades");
            err.flush();
            return Main.OUTPUT_FAILED;
        }
    }
}
