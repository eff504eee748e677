package se.insyn.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import se.insyn.browser.Browser.Viewport;

/**
 * The layout checks measure styled pages only: a stylesheet lost once on the way is fetched again,
 * and one that never loads fails the test with its address instead of passing as an unstyled page.
 */
@ExtendWith(BrowserExtension.class)
class StylesheetLoadingTest {
    private static final String PAGE = "<!doctype html><html lang=sv><head><title>t</title>"
            + "<link rel=stylesheet href=/style.css></head><body><p>Text</p></body></html>";

    @Test
    void aStylesheetThatNeverLoadsFailsWithItsAddress(Browser browser, @TempDir Path root) throws IOException {
        Files.writeString(root.resolve("index.html"), PAGE);
        Files.writeString(root.resolve("404.html"), "<!doctype html><title>Saknas</title>");
        SiteServer server = new SiteServer(root);
        try {
            IllegalStateException failure = assertThrows(IllegalStateException.class,
                    () -> browser.open(server.url(""), Viewport.MOBILE, false, false));
            assertTrue(failure.getMessage().contains(server.url("style.css")), failure.getMessage());
        } finally {
            server.close();
        }
    }

    @Test
    void aStylesheetLostOnceIsLoadedAgain(Browser browser) throws IOException {
        AtomicInteger stylesheetRequests = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            try (exchange) {
                boolean stylesheet = exchange.getRequestURI().getPath().equals("/style.css");
                if (stylesheet && stylesheetRequests.incrementAndGet() == 1) {
                    exchange.sendResponseHeaders(503, -1);
                    return;
                }
                byte[] body = (stylesheet ? "p { color: rgb(1, 2, 3) }" : PAGE).getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", stylesheet ? "text/css" : "text/html; charset=utf-8");
                exchange.getResponseHeaders().set("Cache-Control", "no-store");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
            }
        });
        server.start();
        try {
            browser.open("http://127.0.0.1:" + server.getAddress().getPort() + "/", Viewport.MOBILE, false, false);
            assertEquals(List.of(), browser.unloadedStylesheets());
            assertEquals("rgb(1, 2, 3)", browser.script("return getComputedStyle(document.querySelector('p')).color"));
            assertEquals(2, stylesheetRequests.get(), "the stylesheet was asked for again after it was lost");
        } finally {
            server.stop(0);
        }
    }
}
