package se.insyn.cli;

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
import se.insyn.problem.Localised;
import se.insyn.problem.Text;
import se.insyn.write.WriteException;

/** {@code insyn build}: content folder in, complete site out, or every problem listed and nothing written. */
@Command(name = "build", mixinStandardHelpOptions = true)
final class BuildCommand implements Callable<Integer> {
    @CommandLine.Mixin
    SourceOptions source;

    @Option(names = {"-o", "--output"}, defaultValue = "site", paramLabel = "${bundle:label.folder}")
    Path output;

    @Option(names = {"-r", "--register"}, paramLabel = "${bundle:label.file}")
    Path register;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Voice voice = Voice.of(spec);
        source.requireTheme(voice);
        if (Files.exists(output) && !Files.isDirectory(output)) {
            throw voice.usage(Text.of("cli.build.outputIsFile", output));
        }
        try (HeapWatch heap = new HeapWatch()) {
            BuildResult result = new Build(new ProgressLine(voice)).run(new BuildOptions(source.content, source.theme, output, register, source.date));
            result.warnings().forEach(voice::err);
            if (result.skipped()) {
                voice.out(Text.of("cli.build.unchanged", result.time().toMillis()));
            } else {
                voice.out(Text.of("cli.build.done", result.records(), result.pages(), result.filesWritten(), result.filesUnchanged(),
                        output, result.time().toMillis(), heap.peakMegabytes(),
                        result.warnings().isEmpty() ? "" : Text.of("cli.build.warnings", result.warnings().size()),
                        result.pagesKept() == 0 ? "" : Text.of("cli.build.kept", result.pagesKept())));
            }
            return 0;
        } catch (ContentException e) {
            e.problems().forEach(voice::err);
            voice.err(Text.of("cli.build.failed", e.problems().size(), output));
            return Main.CONTENT_ERRORS;
        } catch (WriteException e) {
            voice.err(Localised.message(e, voice.locale()));
            return Main.OUTPUT_FAILED;
        } catch (UncheckedIOException e) {
            Object what = Localised.messageOf(e);
            voice.err(e.getCause() == null ? Text.of("cli.ioFailed", what) : Text.of("cli.ioFailed.cause", what, e.getCause().getMessage()));
            return Main.OUTPUT_FAILED;
        }
    }
}
