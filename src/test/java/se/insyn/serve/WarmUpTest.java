package se.insyn.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.insyn.TestSites;

/**
 * After its first build the preview makes a few previews of the unchanged content, to have the
 * code of a save compiled before the first save; they are thrown away: the site shown stays as
 * it is, and a save afterwards is shown as any other.
 */
class WarmUpTest {
    private static final String AUDIT = "granskningar/krn-2022-00009.md";
    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path temp;

    @Test
    void theWarmUpsLeaveTheSiteShownAloneAndASaveAfterThemIsShown() throws Exception {
        Path content = TestSites.copyContent(temp);
        StringWriter out = new StringWriter();
        try (PreviewSession session = new PreviewSession(content, null, 0, null, new PrintWriter(out, true),
                new PrintWriter(new StringWriter(), true))) {
            session.start();
            long shown = session.version();
            await(() -> session.warmUpsMade() == PreviewSession.WARM_UPS, "every warm-up made");
            assertEquals(shown, session.version(), "no new version for a browser to reload");
            assertEquals(1, out.toString().lines().count(), "only the first build is reported: " + out);

            TestSites.edit(content.resolve(AUDIT), text -> text.replaceFirst("(?m)^title: .*$", "title: Efter uppvärmningen"));
            await(() -> session.version() > shown, "the save built");
            String page = get(URI.create(session.address()).resolve("granskningar/krn-2022-00009/"));
            assertTrue(page.contains("<h1>Efter uppvärmningen</h1>"), page);
        }
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        Instant until = Instant.now().plus(WAIT);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(until)) {
                throw new AssertionError("not within " + WAIT + ": " + what);
            }
            Thread.sleep(20);
        }
    }

    private static String get(URI address) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(address).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response::body);
        return response.body();
    }
}
