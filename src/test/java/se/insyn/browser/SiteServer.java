package se.insyn.browser;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Serves a built site to the browser from the loopback interface only (127.0.0.1, a free port), as a
 * static host would: {@code /x/} answers with {@code x/index.html}, and a missing page with {@code 404.html}.
 */
public final class SiteServer implements ExtensionContext.Store.CloseableResource {
    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8", "css", "text/css; charset=utf-8",
            "json", "application/json", "xml", "application/xml", "atom", "application/atom+xml", "ics", "text/calendar",
            "csv", "text/csv; charset=utf-8", "txt", "text/plain; charset=utf-8", "rdf", "application/rdf+xml");

    private final Path root;
    private final HttpServer server;

    SiteServer(Path root) {
        this.root = root.toAbsolutePath().normalize();
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.start();
    }

    /** The address of a page, e.g. {@code url("granskningar/")}. */
    public String url(String sitePath) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + sitePath;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try {
            serve(exchange);
        } catch (IOException | RuntimeException e) {
            // The JDK's server drops the connection silently; a test that then sees an unstyled page should know why.
            System.err.println("SiteServer: " + exchange.getRequestURI() + " failed: " + e);
            throw e;
        }
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = URI.create(exchange.getRequestURI().getRawPath()).getPath();
            Path file = root.resolve(path.substring(1)).normalize();
            if (Files.isDirectory(file)) {
                file = file.resolve("index.html");
            }
            int status = 200;
            if (!file.startsWith(root) || !Files.isRegularFile(file)) {
                file = root.resolve("404.html");
                status = 404;
            }
            byte[] body = Files.readAllBytes(file);
            String name = file.getFileName().toString();
            exchange.getResponseHeaders().set("Content-Type",
                    TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "application/octet-stream"));
            exchange.sendResponseHeaders(status, body.length);
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
