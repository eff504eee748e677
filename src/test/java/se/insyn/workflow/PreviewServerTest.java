package se.insyn.workflow;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.insyn.workflow.Workflow.AUDIT;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.insyn.TestSites;
import se.insyn.TestSites.Run;
import se.insyn.cli.Main;

/**
 * The preview ({@code PreviewSession}, the engine of {@code insyn serve}) tested over HTTP on
 * 127.0.0.1: it serves the pages with the live-reload script, rebuilds after a file changes, shows the
 * error page (status 500) while the content is broken and recovers when it is fixed, never serves a
 * file from outside the site, and answers unknown paths with the 404 page. Every wait is bounded.
 */
class PreviewServerTest {
    private static final String TITLE = "Granskning av kommunens arbete med trygghetsskapande åtgärder";
    private static final String AUDIT_PAGE = "granskningar/krn-2022-00009/";
    private static final String RECOMMENDATION_PAGE = "granskningar/krn-2022-00009/rekommendation-3/";
    private static final Pattern LIVE_SCRIPT = Pattern.compile("<script src=\"/__insyn/live\\.js\\?v=(\\d+)\" defer></script></body>");

    @TempDir
    Path temp;

    private Path content;
    private Workflow.Preview preview;

    @BeforeEach
    void startThePreviewOfACopyOfTheRealContent() throws IOException {
        content = TestSites.copyContent(temp);
        preview = new Workflow.Preview(content, null);
    }

    @AfterEach
    void stopThePreview() throws IOException {
        if (preview != null) {
            preview.close();
        }
    }

    // ---------------------------------------------------------------- serving

    @Test
    void servesTheHomeAndARecommendationPageWithTheLiveReloadScript() {
        assertEquals("127.0.0.1", preview.base().getHost());
        for (String path : List.of("", RECOMMENDATION_PAGE)) {
            Workflow.Response page = preview.get(path);
            Matcher script = LIVE_SCRIPT.matcher(page.body());
            assertAll("/" + path,
                    () -> assertEquals(200, page.status(), page::toString),
                    () -> assertEquals("text/html; charset=utf-8", page.contentType()),
                    () -> assertTrue(script.find(), "the live-reload script just before </body>\n" + page),
                    () -> assertEquals(1, LIVE_SCRIPT.matcher(page.body()).results().count(), "the script once"));
        }
        assertTrue(preview.get("").body().contains("<h1>Insyn Uppsala</h1>"), "the home page");
        String recommendation = Jsoup.parse(preview.get(RECOMMENDATION_PAGE).body()).select("main").text();
        assertTrue(recommendation.contains("Stärk samverkan och det trygghetsskapande arbetet"), recommendation);

        Workflow.Response script = preview.get("__insyn/live.js");
        assertAll("live.js",
                () -> assertEquals(200, script.status()),
                () -> assertTrue(script.contentType().startsWith("text/javascript"), script::toString),
                () -> assertTrue(script.body().contains("\"/__insyn/version\""), script::toString),
                () -> assertTrue(script.body().contains("location.reload()"), script::toString));

        Workflow.Response version = preview.get("__insyn/version");
        assertEquals(200, version.status());
        assertTrue(version.body().strip().matches("\\d+"), version::toString);
        Matcher inPage = LIVE_SCRIPT.matcher(preview.get("").body());
        assertTrue(inPage.find());
        assertEquals(version.body().strip(), inPage.group(1), "the page's script carries the current version");

        Workflow.Response css = preview.get("css/insyn.css");
        assertEquals(200, css.status(), css::toString);
        assertTrue(css.contentType().startsWith("text/css"), css::toString);
        assertFalse(css.body().contains("__insyn"), "nothing is injected into a stylesheet");
    }

    @Test
    void theLiveReloadScriptIsNeverInThePublicSite() {
        Path site = temp.resolve("site");
        Run run = TestSites.build(content, site);
        assertEquals(0, run.exitCode(), run::describe);
        List<String> withScript = Workflow.allFiles(site).entrySet().stream()
                .filter(f -> f.getValue().contains("__insyn") || f.getValue().contains("live.js")).map(Map.Entry::getKey).toList();
        assertEquals(List.of(), withScript);
    }

    // ---------------------------------------------------------------- rebuilding

    @Test
    void theVersionIncreasesAfterAFileChangeAndThePageShowsTheNewTitle() {
        long before = preview.servedVersion();
        String newTitle = "Granskning av tryggheten i Gottsunda (rättad rubrik)";
        TestSites.replace(content.resolve(AUDIT), "title: " + TITLE + "\n", "title: " + newTitle + "\n");
        long after = preview.awaitVersionAbove(before);
        assertTrue(after > before);

        Workflow.Response page = preview.awaitPage(AUDIT_PAGE,
                r -> r.status() == 200 && r.body().contains("<h1>" + newTitle + "</h1>"), "the new title");
        assertFalse(page.body().contains("<h1>" + TITLE + "</h1>"), "the old title is gone");
        Matcher script = LIVE_SCRIPT.matcher(page.body());
        assertTrue(script.find(), page::toString);
        assertTrue(Long.parseLong(script.group(1)) > before, "the page's script carries the new version");
        // The audit list shows the new title too: the whole site was rebuilt.
        assertTrue(preview.get("granskningar/").body().contains(newTitle));
    }

    @Test
    void aSaveMadeAsTheFirstBuildEndsIsShown() throws IOException {
        preview.close();
        preview = null;
        String newTitle = "Granskning av tryggheten i Gottsunda (sparad medan förhandsvisningen startade)";
        AtomicInteger builds = new AtomicInteger();
        // Saved in the session's own thread, the moment its first build has read and linked every file:
        // on a large site that build takes seconds, and a communicator goes on editing meanwhile.
        preview = new Workflow.Preview(content, null, line -> {
            if (line.startsWith("Klart:") && builds.getAndIncrement() == 0) {
                TestSites.replace(content.resolve(AUDIT), "title: " + TITLE + "\n", "title: " + newTitle + "\n");
            }
        });
        preview.awaitPage(AUDIT_PAGE, r -> r.status() == 200 && r.body().contains("<h1>" + newTitle + "</h1>"), "the save");
    }

    @Test
    void aSaveThatWritesATemporaryFileAndRenamesItOverTheFileIsShown() throws IOException {
        // As vim, gedit and most IDEs save: the new text in a file beside it, then renamed over it.
        // The preview is told only which paths changed, and must see through the temporary name.
        String newTitle = "Granskning av tryggheten i Gottsunda (sparad som en redigerare sparar)";
        Path audit = content.resolve(AUDIT);
        Path written = audit.resolveSibling(".goutputstream-" + audit.getFileName());
        Files.writeString(written, Files.readString(audit, StandardCharsets.UTF_8).replace("title: " + TITLE + "\n", "title: " + newTitle + "\n"),
                StandardCharsets.UTF_8);
        Files.move(written, audit, java.nio.file.StandardCopyOption.ATOMIC_MOVE, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        preview.awaitPage(AUDIT_PAGE, r -> r.status() == 200 && r.body().contains("<h1>" + newTitle + "</h1>"), "the renamed save");

        // A backup file beside it (vim's "~") is no content; the next save is seen all the same.
        Files.copy(audit, audit.resolveSibling(audit.getFileName() + "~"));
        TestSites.replace(audit, "title: " + newTitle + "\n", "title: " + TITLE + "\n");
        preview.awaitPage(AUDIT_PAGE, r -> r.status() == 200 && r.body().contains("<h1>" + TITLE + "</h1>"), "the next save");
    }

    @Test
    void aNewFileInANewFolderIsPickedUp() {
        long before = preview.servedVersion();
        TestSites.write(content.resolve("nya-stadsdelar/sodra/savja.md"), "---\ntype: district\nid: savja\nname: Sävja\n---\n");
        Workflow.Response page = preview.awaitPage("stadsdelar/savja/", r -> r.status() == 200, "the new district");
        assertTrue(page.body().contains("<h1>Sävja</h1>"), page::toString);
        assertTrue(preview.servedVersion() > before);

        // A later change inside the folder created while the preview ran is seen too.
        TestSites.replace(content.resolve("nya-stadsdelar/sodra/savja.md"), "name: Sävja", "name: Sävja by");
        preview.awaitPage("stadsdelar/savja/", r -> r.body().contains("<h1>Sävja by</h1>"), "the changed district");
    }

    @Test
    void brokenContentServesTheErrorPageUntilItIsFixed() {
        TestSites.replace(content.resolve(AUDIT), "deadline: 2023-04-28\n", "deadline: 2023-02-30\n");
        String where = Workflow.at(content, AUDIT, "deadline: 2023-02-30");

        Workflow.Response error = preview.awaitPage("", r -> r.status() == 500, "the error page");
        String text = Jsoup.parse(error.body()).text();
        assertAll("the error page",
                () -> assertEquals("text/html; charset=utf-8", error.contentType()),
                () -> assertTrue(text.contains("Innehållet har fel"), text),
                () -> assertTrue(text.contains(where + " datumet 2023-02-30 i fältet 'deadline' finns inte"), where + "\n" + text),
                () -> assertTrue(text.contains("ÅÅÅÅ-MM-DD"), "says what to do\n" + text),
                () -> assertTrue(LIVE_SCRIPT.matcher(error.body()).find(), "reloads itself once fixed\n" + error));
        for (String page : List.of(AUDIT_PAGE, RECOMMENDATION_PAGE, "stadsdelar/gottsunda/", "404.html")) {
            Workflow.Response response = preview.get(page);
            assertEquals(500, response.status(), () -> page + ": " + response);
            assertTrue(response.body().contains(where), page + " names file:line");
        }
        Workflow.Response css = preview.get("css/insyn.css");
        assertEquals(200, css.status(), "the stylesheet is still served: " + css);
        assertTrue(css.contentType().startsWith("text/css"), css::toString);
        assertEquals(200, preview.get("__insyn/version").status());

        TestSites.replace(content.resolve(AUDIT), "deadline: 2023-02-30\n", "deadline: 2023-04-29\n");
        Workflow.Response fixed = preview.awaitPage(AUDIT_PAGE, r -> r.status() == 200, "the fixed page");
        assertTrue(fixed.body().contains("<time datetime=\"2023-04-29\">29 april 2023</time>"), "the fixed content is shown\n" + fixed);
        assertFalse(fixed.body().contains("Innehållet har fel"));
        for (String page : List.of("", RECOMMENDATION_PAGE, "stadsdelar/gottsunda/")) {
            assertEquals(200, preview.get(page).status(), page);
        }
    }

    /**
     * The preview renders a page when it is asked for, so a page's own problem (here a link to a page
     * the site does not have) shows on that page and on the pages that show the same text, while the
     * rest of the site is served.
     */
    @Test
    void aPageWithABrokenLinkShowsItsProblemWhileTheOtherPagesAreServed() {
        TestSites.edit(content.resolve(AUDIT), text -> text + "\nSe [en sida som inte finns](/granskningar/finns-inte/).\n");
        Workflow.Response error = preview.awaitPage(AUDIT_PAGE, r -> r.status() == 500, "the audit page's problem");
        String text = Jsoup.parse(error.body()).text();
        assertTrue(text.contains("trasig länk /granskningar/finns-inte/"), text);
        assertTrue(LIVE_SCRIPT.matcher(error.body()).find(), "reloads itself once fixed\n" + error);
        for (String page : List.of("", RECOMMENDATION_PAGE, "stadsdelar/gottsunda/")) {
            assertEquals(200, preview.get(page).status(), page);
        }

        TestSites.edit(content.resolve(AUDIT), body -> body.replace("(/granskningar/finns-inte/)", "(/granskningar/krn-2022-00009/)"));
        Workflow.Response fixed = preview.awaitPage(AUDIT_PAGE, r -> r.status() == 200, "the fixed page");
        assertTrue(fixed.body().contains("<h1>" + TITLE + "</h1>"), fixed::toString);
    }

    @Test
    void contentThatIsBrokenWhenThePreviewStartsShowsTheErrorPageAndRecovers() throws IOException {
        preview.close();
        preview = null;
        TestSites.replace(content.resolve(AUDIT), "deadline: 2023-04-28\n", "deadline: 2023-02-30\n");
        String where = Workflow.at(content, AUDIT, "deadline: 2023-02-30");
        preview = new Workflow.Preview(content, null);

        Workflow.Response error = preview.get("");
        assertEquals(500, error.status(), error::toString);
        assertTrue(error.body().contains(where), error::toString);
        assertTrue(LIVE_SCRIPT.matcher(error.body()).find(), "reloads itself once fixed\n" + error);
        assertEquals(500, preview.get(AUDIT_PAGE).status());

        TestSites.replace(content.resolve(AUDIT), "deadline: 2023-02-30\n", "deadline: 2023-04-28\n");
        Workflow.Response fixed = preview.awaitPage(AUDIT_PAGE, r -> r.status() == 200, "the fixed page");
        assertTrue(fixed.body().contains("<h1>" + TITLE + "</h1>"), fixed::toString);
        assertEquals(200, preview.get("css/insyn.css").status());
    }

    /** content -> /data/insyn: a content folder given as a link is read, and watched, where it leads, its subfolders too. */
    @Test
    void aContentFolderThatIsALinkIsWatchedWhereItLeads() throws IOException {
        preview.close();
        preview = null;
        Path link = Files.createSymbolicLink(temp.resolve("lank"), content);
        preview = new Workflow.Preview(link, null);
        assertEquals(200, preview.get(AUDIT_PAGE).status());
        TestSites.replace(content.resolve(AUDIT), "title: " + TITLE + "\n", "title: " + TITLE + " (ändrad)\n");
        preview.awaitPage(AUDIT_PAGE, r -> r.body().contains("<h1>" + TITLE + " (ändrad)</h1>"), "the edit behind the link");
    }

    @Test
    void aSiteUnderASubPathIsServedUnderThatPath() throws IOException {
        preview.close();
        preview = null;
        TestSites.replace(content.resolve("site.md"), "base_url: https://insyn.example.se/\n", "base_url: https://example.se/insyn/uppsala/\n");
        preview = new Workflow.Preview(content, null);
        assertEquals("/insyn/uppsala/", preview.base().getPath(), "the preview's address has the site's path");

        Workflow.Response page = preview.get(AUDIT_PAGE);
        assertEquals(200, page.status(), page::toString);
        assertTrue(page.body().contains("<script src=\"/insyn/uppsala/__insyn/live.js?v="), page::toString);
        assertTrue(page.body().contains("href=\"/insyn/uppsala/css/insyn.css\""), "links keep the site's path\n" + page);
        assertEquals(200, preview.get("css/insyn.css").status());
        Workflow.Response script = preview.get("__insyn/live.js");
        assertEquals(200, script.status(), script::toString);
        assertTrue(script.body().contains("\"/insyn/uppsala/__insyn/version\""), script::toString);
        assertEquals(200, preview.get("__insyn/version").status());
        assertEquals(404, preview.request(preview.base().resolve("/" + AUDIT_PAGE)).status(), "nothing outside the site's path");
    }

    @Test
    void aFileDeletedWhileThePreviewRunsIsNoticed() throws IOException {
        Files.delete(content.resolve("stadsdelar/valsatra.md"));
        // Gottsunda names Valsätra as its neighbour: the preview now shows that error.
        Workflow.Response error = preview.awaitPage("", r -> r.status() == 500, "the error page");
        assertTrue(error.body().contains("stadsdelar/gottsunda.md"), error::toString);
        assertTrue(error.body().contains("valsatra"), error::toString);
    }

    @Test
    void measuresTheTimeFromSaveToServedPage() throws IOException {
        List<Long> millis = new ArrayList<>();
        Path audit = content.resolve(AUDIT);
        String current = TITLE;
        for (int round = 1; round <= 5; round++) {
            String next = TITLE + " (version " + round + ")";
            String text = Files.readString(audit, StandardCharsets.UTF_8).replace("title: " + current + "\n", "title: " + next + "\n");
            Files.writeString(audit, text, StandardCharsets.UTF_8);
            long saved = System.nanoTime();
            String wanted = "<h1>" + next + "</h1>";
            preview.awaitPage(AUDIT_PAGE, r -> r.status() == 200 && r.body().contains(wanted), "round " + round);
            millis.add((System.nanoTime() - saved) / 1_000_000);
            current = next;
        }
        List<Long> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        System.out.printf("[insyn preview] save → new page served: %s ms (min %d, median %d, max %d; polled every 25 ms)%n",
                millis, sorted.get(0), sorted.get(sorted.size() / 2), sorted.get(sorted.size() - 1));
    }

    // ---------------------------------------------------------------- what is not served

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/../../etc/passwd", "/../../../../../../etc/passwd", "/css/../../../../etc/passwd",
        "/%2e%2e/%2e%2e/etc/passwd", "/..%2f..%2f..%2fetc%2fpasswd", "/css/..%2f..%2f..%2f..%2fetc%2fpasswd",
        "/%2e%2e%2f%2e%2e%2fcontent%2fsite.md", "/../content/site.md", "/content/site.md", "/site.md", "/..", "/css/.."})
    void pathsClimbingOutOfTheSiteAre404AndNeverAFileFromDisk(String path) throws IOException {
        RawResponse response = rawGet(path);
        assertAll(path,
                () -> assertEquals(404, response.status(), response::toString),
                () -> assertFalse(response.body().contains("root:"), response::toString),
                () -> assertFalse(response.body().contains("type: site"), response::toString));
    }

    @Test
    void anAbsolutePathOfAFileOnDiskIsNotServed() throws IOException {
        String onDisk = content.resolve("site.md").toAbsolutePath().toString().replace('\\', '/');
        RawResponse response = rawGet(onDisk.startsWith("/") ? onDisk : "/" + onDisk);
        assertEquals(404, response.status(), response::toString);
        assertFalse(response.body().contains("type: site"), response::toString);
    }

    @Test
    void anUnknownPathGetsTheNotFoundPage() {
        for (String path : List.of("finns-inte/", "granskningar/krn-2099-00001/", "granskningar/krn-2022-00009/rekommendation-7/",
                "finns-inte.css", "__insyn/annat")) {
            Workflow.Response response = preview.get(path);
            assertAll(path,
                    () -> assertEquals(404, response.status(), response::toString),
                    () -> assertEquals("text/html; charset=utf-8", response.contentType()),
                    () -> assertTrue(response.body().contains("Sidan finns inte"), response::toString),
                    () -> assertTrue(LIVE_SCRIPT.matcher(response.body()).find(), "the 404 page reloads too\n" + response));
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/%zz", "/granskningar/%", "/%c3%28/"})
    void aMalformedPathIsAnsweredWithAnErrorStatusNotADroppedConnection(String path) throws IOException {
        RawResponse response = rawGet(path);
        assertTrue(response.status() == 400 || response.status() == 404, path + " → " + response);
        assertEquals(200, preview.get("").status(), "the preview still serves");
    }

    @Test
    void manyRequestsAtOnceAreAllServed() throws InterruptedException {
        AtomicInteger ok = new AtomicInteger();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            Thread thread = new Thread(() -> {
                for (int j = 0; j < 10; j++) {
                    if (preview.get(j % 2 == 0 ? "" : RECOMMENDATION_PAGE).status() == 200) {
                        ok.incrementAndGet();
                    }
                }
            });
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join(20_000);
        }
        assertEquals(160, ok.get());
    }

    // ---------------------------------------------------------------- the serve command

    @Test
    void theServeCommandServesUntilStopped() throws Exception {
        Path other = Files.createDirectories(temp.resolve("andra"));
        Path otherContent = TestSites.copyContent(other);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        // serve runs until Ctrl-C; here it runs on its own thread and is stopped by interrupting that thread.
        Thread serve = new Thread(() -> Main.execute(new PrintWriter(out, true), new PrintWriter(err, true),
                "serve", "--content", otherContent.toString(), "--port", "0"), "test-serve");
        serve.setDaemon(true);
        serve.start();
        URI address = null;
        Pattern line = Pattern.compile("Förhandsvisning: (http://127\\.0\\.0\\.1:\\d+/)");
        for (int i = 0; i < 400 && address == null; i++) {
            Matcher m = line.matcher(out.toString());
            if (m.find()) {
                address = URI.create(m.group(1));
            } else {
                Thread.sleep(25);
            }
        }
        assertTrue(address != null, "serve prints its address within 10 s\n" + out + err);
        Workflow.Response home = preview.request(address);
        assertEquals(200, home.status(), home::toString);
        assertTrue(home.body().contains("/__insyn/live.js"), home::toString);

        serve.interrupt();
        serve.join(10_000);
        assertFalse(serve.isAlive(), "serve stops when interrupted");
        int port = address.getPort();
        assertThrows(ConnectException.class, () -> {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 2000);
            }
        }, "the port is closed after serve stopped");
    }

    @Test
    void serveUsageErrorsExitWithTwo() {
        Run missing = TestSites.run("serve", "--content", temp.resolve("finns-inte").toString());
        assertEquals(2, missing.exitCode(), missing::describe);
        assertTrue(missing.err().contains("innehållsmappen"), missing::describe);

        Run theme = TestSites.run("serve", "--content", content.toString(), "--theme", temp.resolve("inget-tema").toString());
        assertEquals(2, theme.exitCode(), theme::describe);
        assertTrue(theme.err().contains("temamappen"), theme::describe);

        Run bogus = TestSites.run("serve", "--bogus");
        assertEquals(2, bogus.exitCode(), bogus::describe);
    }

    // ---------------------------------------------------------------- raw HTTP

    /** An answer read off the socket. */
    private record RawResponse(int status, String head, String body) {
        @Override
        public String toString() {
            return head + "\n\n" + (body.length() > 2000 ? body.substring(0, 2000) + " …" : body);
        }
    }

    /**
     * Sends the request line exactly as given (HTTP clients normalise or refuse paths such as
     * {@code /../x}), to 127.0.0.1 only, and reads the answer with a bounded wait.
     */
    private RawResponse rawGet(String path) throws IOException {
        int port = preview.base().getPort();
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 5000);
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            ByteArrayOutputStream received = new ByteArrayOutputStream();
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[8192];
            try {
                for (int n; (n = in.read(buffer)) >= 0 && received.size() < 4_000_000; ) {
                    received.write(buffer, 0, n);
                }
            } catch (SocketTimeoutException e) {
                throw new AssertionError("no complete answer to GET " + path + " within 10 s; got: " + received, e);
            }
            String text = received.toString(StandardCharsets.UTF_8);
            int end = text.indexOf("\r\n\r\n");
            if (!text.startsWith("HTTP/1.1 ") || end < 0) {
                throw new AssertionError("GET " + path + " was not answered with an HTTP response; got: '" + text + "'");
            }
            return new RawResponse(Integer.parseInt(text.substring(9, 12)), text.substring(0, end), text.substring(end + 4));
        }
    }
}
