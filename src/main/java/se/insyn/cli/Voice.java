package se.insyn.cli;

import java.io.PrintWriter;
import java.util.Locale;
import picocli.CommandLine;
import se.insyn.problem.Language;
import se.insyn.problem.Problem;
import se.insyn.problem.Text;

/** What a command says, on its output and error streams, in the language chosen for this run. */
final class Voice {
    private final CommandLine commandLine;
    private final Language language;

    private Voice(CommandLine commandLine, Language language) {
        this.commandLine = commandLine;
        this.language = language;
    }

    /** The voice of a command: its streams, and the language {@link Main} chose before parsing. */
    static Voice of(CommandLine.Model.CommandSpec spec) {
        return new Voice(spec.commandLine(), ((Main) spec.root().userObject()).language());
    }

    Language language() {
        return language;
    }

    Locale locale() {
        return language.locale();
    }

    String say(Text text) {
        return text.in(locale());
    }

    void out(Text text) {
        out(say(text));
    }

    void out(String line) {
        print(commandLine.getOut(), line);
    }

    void err(Text text) {
        err(say(text));
    }

    void err(Problem problem) {
        err(problem.toString(locale()));
    }

    void err(String line) {
        print(commandLine.getErr(), line);
    }

    /** A usage error (exit code 2): picocli prints it with the command's usage. */
    CommandLine.ParameterException usage(Text text) {
        return new CommandLine.ParameterException(commandLine, say(text));
    }

    private static void print(PrintWriter stream, String line) {
        stream.println(line);
        stream.flush();
    }
}
