package se.insyn.cli;

import java.nio.file.Files;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import se.insyn.problem.Text;
import se.insyn.serve.PreviewSession;

/** {@code insyn serve}: a local preview that rebuilds on every save and shows drafts and errors in the browser. */
@Command(name = "serve", mixinStandardHelpOptions = true)
final class ServeCommand implements Callable<Integer> {
    @CommandLine.Mixin
    SourceOptions source;

    @Option(names = {"-p", "--port"}, defaultValue = "0", paramLabel = "PORT")
    int port;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Voice voice = Voice.of(spec);
        if (!Files.isDirectory(source.content)) {
            throw voice.usage(Text.of("cli.serve.noContent", source.content));
        }
        source.requireTheme(voice);
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
        try (PreviewSession session = new PreviewSession(source.content, source.theme, port, source.date,
                spec.commandLine().getOut(), spec.commandLine().getErr(), voice.language())) {
            session.start();
            voice.out(Text.of("cli.serve.started", session.address()));
            Runtime.getRuntime().addShutdownHook(hook);
            stop.await();
        }
        voice.out(Text.of("cli.serve.stopped"));
        return 0;
    }
}
