package se.insyn.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import se.insyn.TestSites;
import se.insyn.serve.PreviewSession;

/**
 * The preview under load: 8 clients each fetch 300 pages from {@code serve} on 127.0.0.1 while the
 * content is saved again and again, so rebuilds swap the site underneath them. Every response is a
 * 200 with a whole HTML document of the page asked for (its title, its canonical address, the closing
 * {@code </html>}): never a 5xx, an error page, a truncated body or another page's content.
 */
class ServeUnderLoadTest {
    private static final int CLIENTS = 8;
    private static final int REQUESTS_PER_CLIENT = 300;
    private static final int EDITS = 25;
    private static final LocalDate TODAY = LocalDate.of(2024, 6, 1);

    @TempDir
    Path temp;

    /** What a page must show: its title and canonical address, as served before the load started. */
    private record Expected(String title, String canonical) {
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void everyResponseIsAWholePageWhileTheSiteIsRebuilt() throws Exception {
        Path content = TestSites.copyContent(temp);
        Path district = content.resolve("stadsdelar/gottsunda.md");
        StringWriter log = new StringWriter();
        StringWriter errors = new StringWriter();
        List<String> pages = List.of("", "stadsdelar/", "stadsdelar/gottsunda/", "stadsdelar/valsatra/", "granskningar/",
                "granskningar/krn-2022-00009/", "granskningar/krn-2022-00009/rekommendation-3/",
                "granskningar/krn-2022-00009/yttranden/kommunstyrelsen/", "organisationer/kommunstyrelsen/",
                "arenden/ksn-2023-00442/", "uppfoljningar/2023-03-08-handlingsplan-gottsunda/", "yttranden/", "404.html");
        try (PreviewSession session = new PreviewSession(content, null, 0, TODAY, new PrintWriter(log, true), new PrintWriter(errors, true))) {
            session.start();
            String base = session.address();
            assertTrue(base.startsWith("http://127.0.0.1:"), base);
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

            Map<String, Expected> expected = new LinkedHashMap<>();
            for (String page : pages) {
                HttpResponse<String> response = get(http, base + page);
                assertEquals(200, response.statusCode(), () -> page + ":\n" + response.body());
                Document doc = Jsoup.parse(response.body());
                expected.put(page, new Expected(doc.title(), doc.select("link[rel=canonical]").attr("href")));
            }

            long firstVersion = session.version();
            List<String> failures = Collections.synchronizedList(new ArrayList<>());
            AtomicInteger served = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(CLIENTS + 1);
            List<Future<?>> work = new ArrayList<>();
            Future<Integer> editor = pool.submit(() -> {
                int rebuilds = 0;
                for (int edit = 0; edit < EDITS; edit++) {
                    long before = session.version();
                    int n = edit;
                    TestSites.edit(district, text -> text.replaceAll("\nRedigering \\d+\\.\n$", "\n") + "\nRedigering " + n + ".\n");
                    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
                    while (session.version() == before && System.nanoTime() < deadline) {
                        Thread.sleep(5);
                    }
                    rebuilds += session.version() > before ? 1 : 0;
                    Thread.sleep(30);
                }
                return rebuilds;
            });
            for (int client = 0; client < CLIENTS; client++) {
                int offset = client;
                work.add(pool.submit(() -> {
                    for (int i = 0; i < REQUESTS_PER_CLIENT && failures.size() < 20; i++) {
                        String page = pages.get((offset + i) % pages.size());
                        try {
                            check(page, get(http, base + page), expected.get(page), failures);
                            served.incrementAndGet();
                        } catch (Exception e) {
                            failures.add(page + ": " + e);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> client : work) {
                client.get(100, TimeUnit.SECONDS);
            }
            int rebuilds = editor.get(100, TimeUnit.SECONDS);
            pool.shutdownNow();

            assertTrue(failures.isEmpty(), () -> failures.size() + " bad responses, e.g.:\n" + String.join("\n", failures.subList(0, Math.min(10, failures.size())))
                    + "\n--- preview's errors ---\n" + errors);
            assertEquals(CLIENTS * REQUESTS_PER_CLIENT, served.get(), "every request was answered");
            assertTrue(rebuilds >= EDITS / 2, "the edits made the preview rebuild (" + rebuilds + " of " + EDITS + ")\n" + log);
            assertTrue(session.version() > firstVersion, "the site was swapped while it was served");
            HttpResponse<String> last = get(http, base + "stadsdelar/gottsunda/");
            assertTrue(last.body().contains("Redigering " + (EDITS - 1) + "."), "the last edit is served");
        }
    }

    private static HttpResponse<String> get(HttpClient http, String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static void check(String page, HttpResponse<String> response, Expected expected, List<String> failures) {
        int status = response.statusCode();
        String body = response.body();
        if (status != 200) {
            failures.add(page + ": status " + status + ": " + SiteInspector.excerpt(body));
            return;
        }
        if (!body.strip().endsWith("</html>")) {
            failures.add(page + ": the body does not end with </html> (" + body.length() + " characters): …"
                    + SiteInspector.excerpt(body.substring(Math.max(0, body.length() - 200))));
            return;
        }
        String declared = response.headers().firstValue("Content-Length").orElse(null);
        if (declared != null && Long.parseLong(declared) != body.getBytes(java.nio.charset.StandardCharsets.UTF_8).length) {
            failures.add(page + ": Content-Length " + declared + " but " + body.length() + " characters");
        }
        Document doc = Jsoup.parse(body);
        if (!doc.title().equals(expected.title())) {
            failures.add(page + ": title '" + doc.title() + "' instead of '" + expected.title() + "'");
        }
        String canonical = doc.select("link[rel=canonical]").attr("href");
        if (!canonical.equals(expected.canonical())) {
            failures.add(page + ": canonical " + canonical + " instead of " + expected.canonical());
        }
        if (doc.selectFirst("main") == null) {
            failures.add(page + ": no <main>");
        }
    }
}
