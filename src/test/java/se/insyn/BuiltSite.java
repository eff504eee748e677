package se.insyn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import se.insyn.TestSites.Run;

/**
 * A private copy of the real content, optionally edited, built through the command line into
 * {@code temp/site}; the register of published addresses lands beside the content folder, in
 * {@code temp/publicerade-adresser.txt}. Helpers to find and read what the build wrote.
 */
public final class BuiltSite {
    /** The real content's {@code base_url}. */
    public static final String BASE = "https://insyn.example.se/";

    public final Path content;
    public final Path site;
    public final Path register;
    public final Run run;

    private BuiltSite(Path content, Path site, Path register, Run run) {
        this.content = content;
        this.site = site;
        this.register = register;
        this.run = run;
    }

    /** Builds an unchanged copy of the real content; fails unless the build succeeds. */
    public static BuiltSite of(Path temp) {
        return of(temp, content -> {
        });
    }

    /** Copies the real content, applies the edits to the copy, builds it; fails unless the build succeeds. */
    public static BuiltSite of(Path temp, Consumer<Path> edits) {
        Path content = TestSites.copyContent(temp);
        edits.accept(content);
        Path site = temp.resolve("site");
        Run run = TestSites.build(content, site);
        assertEquals(0, run.exitCode(), run::describe);
        return new BuiltSite(content, site, temp.resolve("publicerade-adresser.txt"), run);
    }

    /** Every HTML file of the site, sorted. */
    public List<Path> htmlFiles() {
        try (Stream<Path> walk = Files.walk(site)) {
            return walk.filter(p -> p.getFileName().toString().endsWith(".html")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every file below the site whose name ends with the suffix, sorted. */
    public List<Path> files(String suffix) {
        try (Stream<Path> walk = Files.walk(site)) {
            return walk.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The site path a file is served at: {@code a/b/index.html} → {@code /a/b/}, {@code 404.html} → {@code /404.html}. */
    public String addressOf(Path file) {
        String relative = site.relativize(file).toString().replace('\\', '/');
        if (relative.equals("index.html")) {
            return "/";
        }
        return "/" + (relative.endsWith("/index.html") ? relative.substring(0, relative.length() - "index.html".length()) : relative);
    }

    /** The file that serves a site path ({@code /a/} → {@code a/index.html}); any {@code #fragment} is ignored. */
    public Path fileFor(String address) {
        String path = address.contains("#") ? address.substring(0, address.indexOf('#')) : address;
        if (path.startsWith(BASE)) {
            path = "/" + path.substring(BASE.length());
        }
        assertTrue(path.startsWith("/"), "not a site path: " + address);
        String relative = path.substring(1);
        return site.resolve(relative.isEmpty() || relative.endsWith("/") ? relative + "index.html" : relative);
    }

    /** The page at a site path or absolute address, parsed; fails if the site has no such page. */
    public Document page(String address) {
        Path file = fileFor(address);
        assertTrue(Files.isRegularFile(file), "the site has no page at " + address);
        try {
            return Jsoup.parse(file.toFile(), "UTF-8", BASE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file of the site as UTF-8 text. */
    public String text(String relative) {
        try {
            return Files.readString(site.resolve(relative), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file of the site as bytes. */
    public byte[] bytes(String relative) {
        try {
            return Files.readAllBytes(site.resolve(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The 1-based number of the only line of a content file that contains the text. */
    public static int lineOf(Path file, String text) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            int found = -1;
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).contains(text)) {
                    assertEquals(-1, found, "'" + text + "' stands on more than one line of " + file);
                    found = i + 1;
                }
            }
            assertTrue(found > 0, "'" + text + "' is not in " + file);
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A follow-up that reports status per recommendation (the real content has none): recommendation 1
     * implemented by kommunstyrelsen, and socialnämnden's position on recommendation 3. Invented for tests.
     */
    public static final String FOLLOW_UP_WITH_ENTRIES = """
            ---
            type: follow-up
            id: 2024-03-01-rekommendationer
            title: Uppföljning av rekommendationerna om trygghetsskapande åtgärder
            date: 2024-03-01
            by: kommunstyrelsen
            districts: [gottsunda]
            entries:
              - audit: KRN-2022-00009
                recommendation: 1
                organisation: kommunstyrelsen
                implementation: genomförd
                text: Översynen av samverkansgrupperna är klar.
              - audit: KRN-2022-00009
                recommendation: 3
                organisation: socialnamnden
                position: instämmer
            ---
            Uppföljning skriven för testerna.
            """;

    /** The address of {@link #FOLLOW_UP_WITH_ENTRIES}. */
    public static final String FOLLOW_UP_WITH_ENTRIES_ADDRESS = "/uppfoljningar/2024-03-01-rekommendationer/";

    /** Adds {@link #FOLLOW_UP_WITH_ENTRIES} and dates the statement 10 May 2023 (the real one is undated). */
    public static void addDatesAndStatusChanges(Path content) {
        TestSites.write(content.resolve("uppfoljningar/2024-03-01-rekommendationer.md"), FOLLOW_UP_WITH_ENTRIES);
        TestSites.replace(content.resolve("arenden/ksn-2023-00442/bilaga-1-yttrande.md"), "\ncase: KSN-2023-00442\n",
                "\ndate: 2023-05-10\ncase: KSN-2023-00442\n");
    }
}
