package se.insyn.workflow;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Stream;
import se.insyn.serve.PreviewSession;

/**
 * Shared helpers of the communicator's workflow tests: where a line is in a content file, every
 * file below a folder, comparing folder fingerprints, and a running preview reached over HTTP on
 * 127.0.0.1 only, with every wait bounded in time and in the number of requests.
 */
final class Workflow {
    /** The real audit, its statement (attachment of the case) and the follow-up, relative to the content folder. */
    static final String AUDIT = "granskningar/krn-2022-00009.md";
    static final String STATEMENT = "arenden/ksn-2023-00442/bilaga-1-yttrande.md";
    static final String FOLLOW_UP = "uppfoljningar/2023-03-08-handlingsplan-gottsunda.md";
    /** The name of the register of published addresses, written beside the content folder. */
    static final String REGISTER = "publicerade-adresser.txt";

    private Workflow() {
    }

    /** {@code file:line} for the one line of a content file that contains the text. */
    static String at(Path content, String relative, String text) {
        return se.insyn.TestSites.at(content, relative, text);
    }

    /** Every regular file below a folder, hidden ones included, by relative path (forward slashes), read as UTF-8 text. */
    static Map<String, String> allFiles(Path root) {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString().replace('\\', '/'),
                        new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** Fails with the files added, removed and changed when two fingerprints ({@code TestSites.snapshot}) differ. */
    static void assertSameFiles(Map<String, String> before, Map<String, String> after, String folder) {
        if (before.equals(after)) {
            return;
        }
        List<String> added = after.keySet().stream().filter(f -> !before.containsKey(f)).toList();
        List<String> removed = before.keySet().stream().filter(f -> !after.containsKey(f)).toList();
        List<String> changed = before.keySet().stream()
                .filter(f -> after.containsKey(f) && !before.get(f).equals(after.get(f))).toList();
        fail(folder + " changed: added " + added + ", removed " + removed + ", changed " + changed);
    }

    /** One HTTP answer. */
    record Response(int status, String contentType, String body) {
        @Override
        public String toString() {
            return status + " " + contentType + "\n" + (body.length() > 3000 ? body.substring(0, 3000) + " …" : body);
        }
    }

    /**
     * A preview session of a content folder, started in this JVM on a free port of 127.0.0.1, with its
     * console output captured. Close it when done.
     */
    static final class Preview implements AutoCloseable {
        /** The longest any wait for a rebuild may take. */
        static final Duration REBUILD_WAIT = Duration.ofSeconds(10);
        private static final Duration POLL_EVERY = Duration.ofMillis(25);
        /** Enough requests for {@link #REBUILD_WAIT} at one every {@link #POLL_EVERY}, with margin; never more. */
        private static final int MAX_POLLS = 1000;

        private final StringWriter out = new StringWriter();
        private final StringWriter err = new StringWriter();
        private final PreviewSession session;
        private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER).build();
        private final URI base;

        Preview(Path content, LocalDate date) throws IOException {
            this(content, date, line -> { });
        }

        /** A preview that also hands each line it prints to standard output to {@code printed}, in the printing thread. */
        Preview(Path content, LocalDate date, Consumer<String> printed) throws IOException {
            PrintWriter console = new PrintWriter(out, true) {
                @Override
                public void println(String line) {
                    super.println(line);
                    printed.accept(line);
                }
            };
            session = new PreviewSession(content, null, 0, date, console, new PrintWriter(err, true));
            try {
                session.start();
            } catch (IOException | RuntimeException e) {
                session.close();
                throw e;
            }
            base = URI.create(session.address());
            if (!base.getHost().equals("127.0.0.1")) {
                session.close();
                throw new AssertionError("the preview must listen on 127.0.0.1 only, not " + base);
            }
        }

        /** The address of the site's root, e.g. {@code http://127.0.0.1:41234/}. */
        URI base() {
            return base;
        }

        long version() {
            return session.version();
        }

        /** What the session printed so far (for assertion messages). */
        String console() {
            return "--- preview stdout ---\n" + out + "--- preview stderr ---\n" + err;
        }

        /** GET a path below the site root, e.g. {@code granskningar/krn-2022-00009/}. */
        Response get(String path) {
            return request(base.resolve(path));
        }

        Response request(URI uri) {
            if (!"127.0.0.1".equals(uri.getHost())) {
                throw new AssertionError("tests only talk to 127.0.0.1, not " + uri);
            }
            HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).GET().build();
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                        response.body());
            } catch (IOException e) {
                throw new UncheckedIOException("GET " + uri, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted during GET " + uri, e);
            }
        }

        /** The version the server reports at {@code /__insyn/version}. */
        long servedVersion() {
            Response response = get("__insyn/version");
            if (response.status() != 200) {
                throw new AssertionError("version: " + response);
            }
            return Long.parseLong(response.body().strip());
        }

        /**
         * Requests the path until the answer satisfies the condition, at most {@link #REBUILD_WAIT} and
         * {@link #MAX_POLLS} requests; fails with the last answer otherwise.
         */
        Response awaitPage(String path, Predicate<Response> condition, String what) {
            long deadline = System.nanoTime() + REBUILD_WAIT.toNanos();
            Response last = null;
            for (int polls = 0; polls < MAX_POLLS && System.nanoTime() < deadline; polls++) {
                last = get(path);
                if (condition.test(last)) {
                    return last;
                }
                pause();
            }
            throw new AssertionError("waited " + REBUILD_WAIT.toSeconds() + " s for " + what + " at /" + path
                    + "; last answer: " + last + "\n" + console());
        }

        /** Polls {@code /__insyn/version} until it is above {@code before}; bounded like {@link #awaitPage}. */
        long awaitVersionAbove(long before) {
            long deadline = System.nanoTime() + REBUILD_WAIT.toNanos();
            long seen = before;
            for (int polls = 0; polls < MAX_POLLS && System.nanoTime() < deadline; polls++) {
                seen = servedVersion();
                if (seen > before) {
                    return seen;
                }
                pause();
            }
            throw new AssertionError("the version stayed at " + seen + " (not above " + before + ") for "
                    + REBUILD_WAIT.toSeconds() + " s\n" + console());
        }

        private static void pause() {
            try {
                Thread.sleep(POLL_EVERY.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for the preview", e);
            }
        }

        @Override
        public void close() throws IOException {
            session.close();
        }
    }
}
