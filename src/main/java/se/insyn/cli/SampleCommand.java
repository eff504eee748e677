package se.insyn.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import se.insyn.sample.SampleCorpus;

/** {@code insyn sample}: writes a generated content folder of N cases, for benchmarks and trying out themes. */
@Command(name = "sample", mixinStandardHelpOptions = true,
        description = "Skriver en genererad exempelmapp med innehåll (granskningar, yttranden, tjänsteskrivelser och "
                + "uppföljningar) för prestandamätning. Samma antal och frö ger alltid exakt samma filer.")
final class SampleCommand implements Callable<Integer> {
    @Option(names = {"-n", "--cases"}, required = true, paramLabel = "ANTAL",
            description = "antal ärenden; varje ärende är en granskning med sex rekommendationer, ett yttrande, "
                    + "en tjänsteskrivelse och för vart tredje en uppföljning")
    int cases;

    @Option(names = {"-s", "--seed"}, defaultValue = "1", paramLabel = "FRÖ",
            description = "slumpfrö; samma frö ger samma innehåll (standard: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "MAPP",
            description = "mappen innehållet skrivs till; den får inte finnas eller måste vara tom")
    Path output;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (cases < 1 || cases > SampleCorpus.MAX_CASES) {
            err.printf("antalet ärenden ska vara mellan 1 och %d, inte %d%n", SampleCorpus.MAX_CASES, cases);
            err.flush();
            return Main.USAGE;
        }
        try {
            if (Files.exists(output) && !isEmptyFolder(output)) {
                err.printf("%s finns redan och är inte en tom mapp – inget skrevs; välj en ny eller tom mapp med --output%n", output);
                err.flush();
                return Main.USAGE;
            }
            SampleCorpus.Summary summary = new SampleCorpus().write(output, cases, seed);
            out.printf("Klart: %d ärenden (%d granskningar, %d yttranden, %d tjänsteskrivelser, %d uppföljningar), "
                            + "%d filer skrivna till %s (frö %d)%n", summary.cases(), summary.audits(), summary.statements(),
                    summary.caseFiles(), summary.followUps(), summary.files(), output, seed);
            out.flush();
            return 0;
        } catch (IOException e) {
            err.printf("kunde inte skriva exempelinnehållet till %s: %s%n", output, e.getMessage());
            err.flush();
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
