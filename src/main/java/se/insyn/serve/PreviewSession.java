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
import java.util.concurrent.atomic.AtomicInteger;
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
    /** Saves seen and not yet built: the warming up gives way to them. */
    private final AtomicInteger savesWaiting = new AtomicInteger();
    /**
     * Previews of the unchanged content made after the first, while nobody has saved yet: the code
     * that shows a save runs only on saves, and until the JIT compiler had compiled it the first saves
     * on a site of 10 000 cases took 0.5-0.8 s to show, the later ones 0.2 s.
     */
    static final int WARM_UPS = 6;
    private final AtomicInteger warmUpsMade = new AtomicInteger();

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
        watcher = new ContentWatcher(folders, changed -> {
            savesWaiting.incrementAndGet();
            rebuilds.submit(() -> {
                savesWaiting.decrementAndGet();
                rebuild(changed);
            });
        });
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
        rebuilds.submit(() -> warmUp(WARM_UPS));
    }

    /**
     * Makes the preview of a save that changed nothing, and its home page, and throws them away;
     * then again, {@code left} times in all, each on the rebuilds' thread and only while no save
     * waits: a save waits at most for the one being made. The site shown does not change.
     */
    private void warmUp(int left) {
        if (left == 0 || savesWaiting.get() > 0) {
            return;
        }
        try {
            build.preview(new BuildOptions(content, theme, null, null, date), Optional.of(Set.of())).site().file("index.html");
            warmUpsMade.incrementAndGet();
        } catch (RuntimeException e) {
            // The content has errors, shown since the first build: a save that mends them is built as any other.
            return;
        }
        rebuilds.submit(() -> warmUp(left - 1));
    }

    /** How many previews were made to warm up, and thrown away. */
    int warmUpsMade() {
        return warmUpsMade.get();
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
