package se.insyn.cli;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import se.insyn.problem.Text;
import se.insyn.sample.SampleCorpus;

/** {@code insyn sample}: writes a generated content folder of N cases, for benchmarks and trying out themes. */
@Command(name = "sample", mixinStandardHelpOptions = true)
final class SampleCommand implements Callable<Integer> {
    @Option(names = {"-n", "--cases"}, required = true, paramLabel = "${bundle:label.count}")
    int cases;

    @Option(names = {"-s", "--seed"}, defaultValue = "1", paramLabel = "${bundle:label.seed}")
    long seed;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "${bundle:label.folder}")
    Path output;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Voice voice = Voice.of(spec);
        if (cases < 1 || cases > SampleCorpus.MAX_CASES) {
            voice.err(Text.of("sample.casesOutOfRange", SampleCorpus.MAX_CASES, cases));
            return Main.USAGE;
        }
        try {
            if (Files.exists(output) && !isEmptyFolder(output)) {
                voice.err(Text.of("cli.sample.outputNotEmpty", output));
                return Main.USAGE;
            }
            SampleCorpus.Summary summary = new SampleCorpus().write(output, cases, seed);
            voice.out(Text.of("cli.sample.done", summary.cases(), summary.audits(), summary.statements(), summary.caseFiles(),
                    summary.followUps(), summary.files(), output, seed));
            return 0;
        } catch (IOException e) {
            voice.err(Text.of("cli.sample.writeFailed", output, e.getMessage()));
            return Main.OUTPUT_FAILED;
        }
    }

    private static boolean isEmptyFolder(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            return !entries.iterator().hasNext();
        }
    }
}
