package se.insyn.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code insyn}: the top command; its subcommands do the work. */
@Command(name = "insyn", mixinStandardHelpOptions = true, version = "Insyn 0.1",
        description = "Bygger en tillgänglig webbplats av granskningar, yttranden och uppföljningar.",
        subcommands = {BuildCommand.class, CheckCommand.class, ServeCommand.class, NewCommand.class, SampleCommand.class,
            CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nSlutkoder:%n",
        exitCodeList = {"0:klart", "1:innehållet eller temat har fel (inget skrevs)", "2:felaktigt kommando",
            "3:webbplatsen kunde inte skrivas (den tidigare är orörd)"})
public final class Main implements Runnable {
    public static final int CONTENT_ERRORS = 1;
    public static final int USAGE = 2;
    public static final int OUTPUT_FAILED = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "ange ett kommando, till exempel: insyn build");
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the CLI on the console and returns its exit code. */
    public static int execute(String... args) {
        return execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    /** Runs the CLI with the given output streams and returns its exit code, without exiting the JVM. */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExitCodeExceptionMapper(e -> USAGE);
        return cli.execute(args);
    }
}
