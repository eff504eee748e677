package se.insyn.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import se.insyn.build.PreviewSite;
import se.insyn.problem.ContentException;
import se.insyn.problem.Language;
import se.insyn.problem.Localised;
import se.insyn.problem.Problem;
import se.insyn.problem.Text;

/**
 * Serves the preview on loopback with the JDK's own HTTP server. Every response comes from one
 * immutable snapshot, swapped whole after each rebuild, so no request ever sees half a build.
 * HTML pages get a small script that reloads them when a rebuild finishes; while the content has
 * errors, pages show the errors instead of a stale page.
 */
public final class PreviewServer implements AutoCloseable {
    static final String CONTROL = "__insyn/";
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"), Map.entry("json", "application/json; charset=utf-8"),
            Map.entry("atom", "application/atom+xml; charset=utf-8"), Map.entry("ics", "text/calendar; charset=utf-8"),
            Map.entry("xml", "application/xml; charset=utf-8"), Map.entry("rdf", "application/rdf+xml; charset=utf-8"),
            Map.entry("csv", "text/csv; charset=utf-8"), Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("conf", "text/plain; charset=utf-8"));

    private final HttpServer server;
    private final AtomicReference<Snapshot> current = new AtomicReference<>(new Snapshot(0, null, List.of()));
    private volatile String basePath = "/";
    private final Language language;

    /**
     * @param port the port on 127.0.0.1, or 0 for any free port
     * @param language the language of the page that lists the content's errors
     */
    public PreviewServer(int port, Language language) throws IOException {
        this.language = language;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newFixedThreadPool(8, runnable -> {
            Thread thread = new Thread(runnable, "insyn-serve");
            thread.setDaemon(true);
            return thread;
        }));
    }

    public void start() {
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public String address() {
        return "http://127.0.0.1:" + port() + basePath;
    }

    /** Publishes a successful build, whose files are made as they are asked for. */
    public void show(String sitePath, PreviewSite site) {
        basePath = sitePath;
        Snapshot before = current.get();
        current.set(new Snapshot(before.version() + 1, site, List.of()));
    }

    /** Publishes a failed build: the last good files stay, pages show the problems. */
    public void showProblems(List<Problem> problems) {
        Snapshot before = current.get();
        current.set(new Snapshot(before.version() + 1, before.site(), List.copyOf(problems)));
    }

    public long version() {
        return current.get().version();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Snapshot snapshot = current.get();
            String path = URI.create(exchange.getRequestURI().getRawPath()).getPath();
            if (path.equals(basePath + CONTROL + "version")) {
                respond(exchange, 200, "txt", Long.toString(snapshot.version()).getBytes(StandardCharsets.UTF_8));
                return;
            }
            if (path.equals(basePath + CONTROL + "live.js")) {
                respond(exchange, 200, "js", LiveReload.script(basePath + CONTROL + "version", snapshot.version()));
                return;
            }
            String file = fileFor(path);
            boolean page = file != null && file.endsWith(".html");
            if (page && snapshot.broken()) {
                respondWithProblems(exchange, snapshot.problems(), snapshot.version());
                return;
            }
            try {
                Optional<byte[]> body = file == null ? Optional.empty() : snapshot.file(file);
                if (body.isEmpty()) {
                    Optional<byte[]> notFound = snapshot.file("404.html");
                    respond(exchange, 404, "html", notFound.isEmpty() ? "404".getBytes(StandardCharsets.UTF_8)
                            : inject(notFound.get(), snapshot.version()));
                    return;
                }
                respond(exchange, 200, extension(file), page ? inject(body.get(), snapshot.version()) : body.get());
            } catch (ContentException e) {
                // This page's own problems: a template that fails on it, or a link to a page the site does not have.
                respondWithProblems(exchange, e.problems(), snapshot.version());
            } catch (RuntimeException e) {
                // Made when asked for, a file can fail as a whole build could: said on the page, not a dropped connection.
                respondWithProblems(exchange, List.of(Problem.error(Path.of(file == null ? "404.html" : file), 0, Text.of("serve.buildFailed", Localised.messageOf(e)),
                        Text.of("serve.buildFailed.fix"))), snapshot.version());
            }
        }
    }

    private void respondWithProblems(HttpExchange exchange, List<Problem> problems, long version) throws IOException {
        respond(exchange, 500, "html", inject(ErrorPage.html(problems, language), version));
    }

    /** The file a request path names; null for a path outside the site or one that tries to climb out. */
    private String fileFor(String path) {
        if (!path.startsWith(basePath) || path.contains("/../") || path.endsWith("/..")) {
            return null;
        }
        String relative = path.substring(basePath.length());
        if (relative.isEmpty() || relative.endsWith("/")) {
            return relative + "index.html";
        }
        return relative;
    }

    private byte[] inject(byte[] html, long version) {
        String text = new String(html, StandardCharsets.UTF_8);
        String tag = "<script src=\"" + basePath + CONTROL + "live.js?v=" + version + "\" defer></script>";
        int end = text.lastIndexOf("</body>");
        String withScript = end < 0 ? text + tag : text.substring(0, end) + tag + text.substring(end);
        return withScript.getBytes(StandardCharsets.UTF_8);
    }

    private static String extension(String file) {
        int dot = file.lastIndexOf('.');
        return dot < 0 ? "txt" : file.substring(dot + 1);
    }

    private static void respond(HttpExchange exchange, int status, String extension, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", TYPES.getOrDefault(extension, "application/octet-stream"));
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : body.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
