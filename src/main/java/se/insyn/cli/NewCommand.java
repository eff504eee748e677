package se.insyn.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.ZoneId;
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
import se.insyn.problem.Text;
import se.insyn.scaffold.Skeleton;
import se.insyn.scaffold.Skeletons;

/** {@code insyn new KIND}: writes a filled-in skeleton (a draft) and never overwrites a file. */
@Command(name = "new", mixinStandardHelpOptions = true)
final class NewCommand implements Runnable {
    @Option(names = {"-c", "--content"}, defaultValue = "content", paramLabel = "${bundle:label.folder}", scope = CommandLine.ScopeType.INHERIT)
    Path content;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw voice().usage(Text.of("cli.new.noKind"));
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Stockholm"));
    }

    @Command(name = "audit", mixinStandardHelpOptions = true)
    int audit(@Option(names = "--dnr", required = true) String dnr) {
        return write(Skeletons.audit(dnr(dnr), today()));
    }

    @Command(name = "statement", mixinStandardHelpOptions = true)
    int statement(@Option(names = "--answers", required = true) String audit,
                  @Option(names = "--by", required = true) String by) {
        Graph graph = readContent();
        String dnr = knownAudit(graph, audit);
        if (!graph.organisations().containsKey(id(by))) {
            throw voice().usage(Text.of("cli.new.unknownOrganisation", by, Suggestions.suggest(by, graph.organisations().keySet())));
        }
        var existing = graph.statement(dnr, by);
        if (existing.isPresent()) {
            voice().err(Text.of("cli.new.statementExists", by, dnr, existing.get().origin()));
            return Main.CONTENT_ERRORS;
        }
        return write(Skeletons.statement(graph, dnr, by, today(), voice().locale()));
    }

    @Command(name = "follow-up", mixinStandardHelpOptions = true)
    int followUp(@Option(names = "--id", required = true) String id,
                 @Option(names = "--audit", required = true) String audit) {
        String identifier = id(id);
        return write(Skeletons.followUp(identifier, knownAudit(readContent(), audit), today()));
    }

    @Command(name = "case", mixinStandardHelpOptions = true)
    int caseFile(@Option(names = "--dnr", required = true) String dnr,
                 @Option(names = "--audit") String audit) {
        String caseDnr = dnr(dnr);
        return write(Skeletons.caseFile(caseDnr, audit == null ? null : knownAudit(readContent(), audit), today()));
    }

    @Command(name = "district", mixinStandardHelpOptions = true)
    int district(@Option(names = "--id", required = true) String id,
                 @Option(names = "--name") String name) {
        return write(Skeletons.district(id(id), name));
    }

    @Command(name = "organisation", mixinStandardHelpOptions = true)
    int organisation(@Option(names = "--id", required = true) String id,
                     @Option(names = "--name") String name,
                     @Option(names = "--kind", defaultValue = "nämnd") String kind) {
        if (!java.util.List.of("nämnd", "bolag", "revision", "förvaltning").contains(kind)) {
            throw voice().usage(Text.of("cli.new.unknownKind", kind));
        }
        return write(Skeletons.organisation(id(id), name, kind));
    }

    /** The audit's diarienummer, checked against the content: a skeleton must not point at nothing. */
    private String knownAudit(Graph graph, String written) {
        String dnr = dnr(written);
        if (!graph.audits().containsKey(dnr)) {
            throw voice().usage(Text.of("cli.new.unknownAudit", dnr, content, Suggestions.suggest(dnr, graph.audits().keySet())));
        }
        return dnr;
    }

    private Graph readContent() {
        try {
            return new Build().read(new BuildOptions(content, null, null));
        } catch (ContentException e) {
            e.problems().forEach(voice()::err);
            throw voice().usage(Text.of("cli.new.contentHasErrors"));
        }
    }

    private int write(Skeleton skeleton) {
        Path target = content.resolve(skeleton.file());
        try {
            Files.createDirectories(target.getParent());
            Files.writeString(target, skeleton.text(), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            voice().err(Text.of("cli.new.exists", target));
            return Main.CONTENT_ERRORS;
        } catch (IOException e) {
            voice().err(Text.of("cli.new.writeFailed", target, e.getMessage()));
            return Main.OUTPUT_FAILED;
        }
        voice().out(Text.of("cli.new.created", target));
        return 0;
    }

    private String dnr(String written) {
        String dnr = written.strip().toUpperCase(java.util.Locale.ROOT);
        if (!Diarienummer.FORMAT.matcher(dnr).matches()) {
            throw voice().usage(Text.of("cli.new.invalidDnr", written));
        }
        return dnr;
    }

    private String id(String written) {
        if (!Identifier.isValid(written)) {
            throw voice().usage(Text.of("cli.new.invalidId", written));
        }
        return written;
    }

    private Voice voice() {
        return Voice.of(spec);
    }
}
