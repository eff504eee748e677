package se.insyn.serve;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import se.insyn.build.Build;
import se.insyn.build.BuildOptions;
import se.insyn.problem.ContentException;
import se.insyn.problem.Problem;

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
    private final Build build = new Build();
    private final PreviewServer server;
    private final ExecutorService rebuilds = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "insyn-rebuild");
        thread.setDaemon(true);
        return thread;
    });
    private ContentWatcher watcher;

    public PreviewSession(Path content, Path theme, int port, LocalDate date, PrintWriter out, PrintWriter err) throws IOException {
        this.content = content;
        this.theme = theme;
        this.date = date;
        this.out = out;
        this.err = err;
        this.server = new PreviewServer(port);
    }

    /** Builds once, then serves and watches. */
    public void start() throws IOException {
        rebuild();
        server.start();
        List<Path> folders = new ArrayList<>(List.of(content));
        if (theme != null) {
            folders.add(theme);
        }
        watcher = new ContentWatcher(folders, () -> rebuilds.submit(this::rebuild));
        watcher.start();
    }

    public String address() {
        return server.address();
    }

    /** Changes with every finished rebuild, successful or not. */
    public long version() {
        return server.version();
    }

    private void rebuild() {
        long start = System.nanoTime();
        try {
            Build.Preview preview = build.preview(new BuildOptions(content, theme, null, null, date));
            server.show(preview.basePath(), preview.files());
            out.printf("Byggt: %d filer på %d ms%s%n", preview.files().size(), (System.nanoTime() - start) / 1_000_000,
                    preview.warnings().isEmpty() ? "" : ", " + preview.warnings().size() + " varningar");
            out.flush();
        } catch (ContentException e) {
            server.showProblems(e.problems());
            e.problems().forEach(err::println);
            err.printf("%d fel – webbläsaren visar dem tills de är rättade.%n", e.problems().size());
            err.flush();
        } catch (RuntimeException e) {
            server.showProblems(List.of(Problem.error(content, 0, "bygget misslyckades: " + e.getMessage(), "rätta felet och spara igen")));
            err.println("bygget misslyckades: " + e.getMessage());
            err.flush();
        }
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
