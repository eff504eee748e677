package se.insyn.cli;

import java.io.PrintWriter;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import se.insyn.problem.Language;
import se.insyn.problem.Text;

/** {@code insyn}: the top command; its subcommands do the work. Help texts are in {@link #HELP}. */
@Command(name = "insyn", mixinStandardHelpOptions = true, version = "Insyn 0.1",
        subcommands = {BuildCommand.class, CheckCommand.class, ServeCommand.class, NewCommand.class, SampleCommand.class,
            CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    public static final int CONTENT_ERRORS = 1;
    public static final int USAGE = 2;
    public static final int OUTPUT_FAILED = 3;

    /**
     * picocli's help texts: descriptions, exit codes and value labels, in Swedish and in English. Set
     * in code, not in {@code @Command}, where picocli would pick the JVM's default locale, not the user's.
     */
    static final String HELP = "insyn.messages.Help";

    /** Accepted, and shown in the help, by every command; its value was already read before parsing. */
    @CommandLine.Mixin
    LanguageOption languageOption;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final Language language;

    private Main(Language language) {
        this.language = language;
    }

    Language language() {
        return language;
    }

    @Override
    public void run() {
        throw Voice.of(spec).usage(Text.of("cli.noCommand"));
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the CLI on the console, in the language of {@code --lang} or of the environment, and returns its exit code. */
    public static int execute(String... args) {
        return execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), System.getenv(), args);
    }

    /**
     * Runs the CLI with the given output streams and returns its exit code, without exiting the JVM.
     * The environment is not consulted: Swedish unless {@code --lang} says otherwise, whatever the machine's locale.
     */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        return execute(out, err, Map.of(), args);
    }

    /** As {@link #execute(PrintWriter, PrintWriter, String...)}, with {@code environment} in place of the process's (LANG …). */
    public static int execute(PrintWriter out, PrintWriter err, Map<String, String> environment, String... args) {
        CommandLine cli = commandLine(LanguageOption.chosen(args, environment));
        cli.setOut(out);
        cli.setErr(err);
        cli.setExitCodeExceptionMapper(e -> USAGE);
        return cli.execute(args);
    }

    /** The whole command line, help texts included, speaking one language. */
    static CommandLine commandLine(Language language) {
        CommandLine cli = new CommandLine(new Main(language));
        cli.setResourceBundle(Language.bundle(HELP, language.locale()));
        cli.registerConverter(Language.class, new LanguageOption.Converter(language));
        return cli;
    }
}
