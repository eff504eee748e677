package se.insyn.serve;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import se.insyn.build.Build;
import se.insyn.build.BuildOptions;
import se.insyn.problem.ContentException;
import se.insyn.problem.Language;
import se.insyn.problem.Localised;
import se.insyn.problem.Problem;
import se.insyn.problem.Text;

/**
 * A running preview: builds the content (drafts included) in memory, serves it, and rebuilds on
 * every change to the content or theme folders. Builds run one at a time, in order.
 */
public final class PreviewSession implements AutoCloseable {
    private final Path content;
    private final Path theme;
    private final LocalDate date;
    private final PrintWriter out;
    private final PrintWriter err;
    private final Language language;
    private final Build build = new Build();
    private final PreviewServer server;
    private final ExecutorService rebuilds = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "insyn-rebuild");
        thread.setDaemon(true);
        return thread;
    });
    private ContentWatcher watcher;

    /** A preview that speaks Swedish. */
    public PreviewSession(Path content, Path theme, int port, LocalDate date, PrintWriter out, PrintWriter err) throws IOException {
        this(content, theme, port, date, out, err, Language.SWEDISH);
    }

    /** A preview whose printed lines and error page are in the given language. */
    public PreviewSession(Path content, Path theme, int port, LocalDate date, PrintWriter out, PrintWriter err, Language language)
            throws IOException {
        this.language = language;
        this.content = content;
        this.theme = theme;
        this.date = date;
        this.out = out;
        this.err = err;
        this.server = new PreviewServer(port, language);
    }

    /** Watches the folders, builds once, then serves. */
    public void start() throws IOException {
        List<Path> folders = new ArrayList<>(List.of(content));
        if (theme != null) {
            folders.add(theme);
        }
        // Watched before the first build reads a file: a save made while it runs (seconds, on a large
        // site) is built right after it, where watching only afterwards lost it until the next save.
        watcher = new ContentWatcher(folders, changed -> rebuilds.submit(() -> rebuild(changed)));
        watcher.start();
        // On the rebuilds' own thread, so that a save seen meanwhile is built after it, never beside it.
        try {
            rebuilds.submit(() -> rebuild(Optional.empty())).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        } catch (ExecutionException e) {
            // A rebuild reports every exception itself, so only an error of the virtual machine gets here.
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
        server.start();
    }

    public String address() {
        return server.address();
    }

    /** Changes with every finished rebuild, successful or not. */
    public long version() {
        return server.version();
    }

    /** @param changed the paths changed since the last rebuild, if known */
    private void rebuild(Optional<Set<Path>> changed) {
        long start = System.nanoTime();
        try {
            Build.Preview preview = build.preview(new BuildOptions(content, theme, null, null, date), changed);
            server.show(preview.basePath(), preview.site());
            int warnings = preview.warningCount();
            out.println(say(Text.of("serve.rebuilt", preview.site().pageCount(), (System.nanoTime() - start) / 1_000_000,
                    warnings == 0 ? "" : Text.of("serve.rebuilt.warnings", warnings))));
            out.flush();
        } catch (ContentException e) {
            server.showProblems(e.problems());
            e.problems().forEach(p -> err.println(p.toString(language.locale())));
            err.println(say(Text.of("serve.failed", e.problems().size())));
            err.flush();
        } catch (RuntimeException e) {
            Problem failed = Problem.error(content, 0, Text.of("serve.buildFailed", Localised.messageOf(e)), Text.of("serve.buildFailed.fix"));
            server.showProblems(List.of(failed));
            err.println(failed.message(language.locale()));
            err.flush();
        }
    }

    private String say(Text text) {
        return text.in(language.locale());
    }

    @Override
    public void close() throws IOException {
        if (watcher != null) {
            watcher.close();
        }
        rebuilds.shutdownNow();
        try {
            rebuilds.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        server.close();
    }
}
