package se.insyn.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import se.insyn.build.Build;
import se.insyn.build.BuildOptions;
import se.insyn.link.Graph;
import se.insyn.model.Diarienummer;
import se.insyn.model.Identifier;
import se.insyn.problem.ContentException;
import se.insyn.problem.Suggestions;
import se.insyn.scaffold.Skeleton;
import se.insyn.scaffold.Skeletons;

/** {@code insyn new KIND}: writes a filled-in skeleton (a draft) and never overwrites a file. */
@Command(name = "new", mixinStandardHelpOptions = true,
        description = "Skapar en ny post som utkast, ifylld så långt det går. Skriver aldrig över en befintlig fil.")
final class NewCommand implements Runnable {
    @Option(names = {"-c", "--content"}, defaultValue = "content", paramLabel = "MAPP", scope = CommandLine.ScopeType.INHERIT,
            description = "innehållsmappen (standard: ${DEFAULT-VALUE})")
    Path content;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw usage("ange vad som ska skapas: audit, statement, follow-up, case, district eller organisation");
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Stockholm"));
    }

    @Command(name = "audit", mixinStandardHelpOptions = true, description = "ny granskning")
    int audit(@Option(names = "--dnr", required = true, description = "granskningens diarienummer, t.ex. KRN-2024-00012") String dnr) {
        return write(Skeletons.audit(dnr(dnr), today()));
    }

    @Command(name = "statement", mixinStandardHelpOptions = true,
            description = "nytt yttrande, med ett avsnitt för varje rekommendation som riktas till organisationen")
    int statement(@Option(names = "--answers", required = true, description = "granskningens diarienummer") String audit,
                  @Option(names = "--by", required = true, description = "organisationen som yttrar sig, t.ex. socialnamnden") String by) {
        Graph graph = readContent();
        String dnr = knownAudit(graph, audit);
        if (!graph.organisations().containsKey(id(by))) {
            throw usage("okänd organisation '" + by + "'; " + Suggestions.hint(by, graph.organisations().keySet()));
        }
        var existing = graph.statement(dnr, by);
        if (existing.isPresent()) {
            spec.commandLine().getErr().println(by + " har redan ett yttrande över " + dnr + " i " + existing.get().origin()
                    + "; fortsätt i den filen");
            spec.commandLine().getErr().flush();
            return Main.CONTENT_ERRORS;
        }
        return write(Skeletons.statement(graph, dnr, by, today(), java.util.Locale.forLanguageTag("sv-SE")));
    }

    @Command(name = "follow-up", mixinStandardHelpOptions = true, description = "ny uppföljning")
    int followUp(@Option(names = "--id", required = true, description = "identifierare, t.ex. 2024-03-01-uppfoljning") String id,
                 @Option(names = "--audit", required = true, description = "granskningens diarienummer") String audit) {
        String identifier = id(id);
        return write(Skeletons.followUp(identifier, knownAudit(readContent(), audit), today()));
    }

    @Command(name = "case", mixinStandardHelpOptions = true, description = "ny tjänsteskrivelse i en egen mapp")
    int caseFile(@Option(names = "--dnr", required = true, description = "ärendets diarienummer") String dnr,
                 @Option(names = "--audit", description = "granskningen ärendet gäller") String audit) {
        String caseDnr = dnr(dnr);
        return write(Skeletons.caseFile(caseDnr, audit == null ? null : knownAudit(readContent(), audit), today()));
    }

    @Command(name = "district", mixinStandardHelpOptions = true, description = "ny stadsdel")
    int district(@Option(names = "--id", required = true, description = "identifierare, t.ex. savja") String id,
                 @Option(names = "--name", description = "namnet, t.ex. Sävja") String name) {
        return write(Skeletons.district(id(id), name));
    }

    @Command(name = "organisation", mixinStandardHelpOptions = true, description = "ny nämnd, bolag eller förvaltning")
    int organisation(@Option(names = "--id", required = true, description = "identifierare, t.ex. kulturnamnden") String id,
                     @Option(names = "--name", description = "namnet, t.ex. Kulturnämnden") String name,
                     @Option(names = "--kind", defaultValue = "nämnd", description = "nämnd, bolag, revision eller förvaltning") String kind) {
        if (!java.util.List.of("nämnd", "bolag", "revision", "förvaltning").contains(kind)) {
            throw usage("'" + kind + "' är ingen typ av organisation; skriv nämnd, bolag, revision eller förvaltning");
        }
        return write(Skeletons.organisation(id(id), name, kind));
    }

    /** The audit's diarienummer, checked against the content: a skeleton must not point at nothing. */
    private String knownAudit(Graph graph, String written) {
        String dnr = dnr(written);
        if (!graph.audits().containsKey(dnr)) {
            throw usage("granskningen " + dnr + " finns inte i " + content + "; " + Suggestions.hint(dnr, graph.audits().keySet()));
        }
        return dnr;
    }

    private Graph readContent() {
        try {
            return new Build().read(new BuildOptions(content, null, null));
        } catch (ContentException e) {
            PrintWriter err = spec.commandLine().getErr();
            e.problems().forEach(err::println);
            err.flush();
            throw usage("innehållet har fel och måste rättas först (kör insyn check)");
        }
    }

    private int write(Skeleton skeleton) {
        Path target = content.resolve(skeleton.file());
        try {
            Files.createDirectories(target.getParent());
            Files.writeString(target, skeleton.text(), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            spec.commandLine().getErr().println(target + " finns redan och skrivs inte över; välj ett annat diarienummer eller id");
            spec.commandLine().getErr().flush();
            return Main.CONTENT_ERRORS;
        } catch (IOException e) {
            spec.commandLine().getErr().println(target + " kunde inte skrivas: " + e.getMessage());
            spec.commandLine().getErr().flush();
            return Main.OUTPUT_FAILED;
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("Skapade " + target + " (utkast: fyll i det som står FYLL I och ta bort raden draft: true när posten ska publiceras)");
        out.flush();
        return 0;
    }

    private String dnr(String written) {
        String dnr = written.strip().toUpperCase(java.util.Locale.ROOT);
        return checked(dnr, Diarienummer.FORMAT, "'" + written + "' är inget diarienummer; skriv t.ex. KRN-2022-00009");
    }

    private String id(String written) {
        if (!Identifier.isValid(written)) {
            throw usage("'" + written + "' är ingen giltig identifierare; använd a–z, 0–9 och bindestreck");
        }
        return written;
    }

    private String checked(String value, Pattern format, String message) {
        if (!format.matcher(value).matches()) {
            throw usage(message);
        }
        return value;
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
