package se.insyn.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import se.insyn.serve.PreviewSession;

/** {@code insyn serve}: a local preview that rebuilds on every save and shows drafts and errors in the browser. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Visar webbplatsen lokalt, med utkast, och bygger om när innehållet eller temat ändras. Stoppa med Ctrl-C.")
final class ServeCommand implements Callable<Integer> {
    @CommandLine.Mixin
    SourceOptions source;

    @Option(names = {"-p", "--port"}, defaultValue = "0", paramLabel = "PORT",
            description = "porten på 127.0.0.1 (standard: en ledig port, som skrivs ut)")
    int port;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(source.content)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "innehållsmappen " + source.content + " finns inte");
        }
        source.requireTheme(spec.commandLine());
        PrintWriter out = spec.commandLine().getOut();
        CountDownLatch stop = new CountDownLatch(1);
        Thread main = Thread.currentThread();
        // Ctrl-C: let the main thread close the server and say so before the JVM exits.
        Thread hook = new Thread(() -> {
            stop.countDown();
            try {
                main.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "insyn-stop");
        try (PreviewSession session = new PreviewSession(source.content, source.theme, port, source.date, out, spec.commandLine().getErr())) {
            session.start();
            out.println("Förhandsvisning: " + session.address() + "  (Ctrl-C stoppar)");
            out.flush();
            Runtime.getRuntime().addShutdownHook(hook);
            stop.await();
        }
        out.println("Förhandsvisningen stoppad.");
        out.flush();
        return 0;
    }
}
