package se.insyn.a11y;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import se.insyn.TestSites;
import se.insyn.build.Build;
import se.insyn.build.BuildOptions;

/**
 * The site the accessibility and validity tests look at, built once per test run: the real content
 * (the Gottsunda case) plus a moved and a withdrawn address, so that every template of the theme has a
 * page. It is written to {@code target/a11y-site/} so that people can open what the tests saw.
 */
public final class BuiltSite {
    /** Where the tests' site is written; rebuilt on every test run. */
    public static final Path ROOT = Path.of("target", "a11y-site").toAbsolutePath();

    /**
     * One page of each page type, by the template that renders it. {@code layout.ftlh} and
     * {@code items.ftlh} only hold macros that these pages use.
     */
    public static final Map<String, String> PAGE_TYPES = pageTypes();

    private static final String AUDIT = "granskningar/krn-2022-00009/";
    private static Path site;

    private BuiltSite() {
    }

    private static Map<String, String> pageTypes() {
        Map<String, String> types = new LinkedHashMap<>();
        types.put("home.ftlh", "");
        types.put("404.ftlh", "404.html");
        types.put("list.ftlh", "granskningar/");
        types.put("district.ftlh", "stadsdelar/gottsunda/");
        types.put("organisation.ftlh", "organisationer/kommunstyrelsen/");
        types.put("document.ftlh", "styrdokument/handlingsplan-gottsundaomradet-2021-2030/");
        types.put("audit.ftlh", AUDIT);
        types.put("recommendation.ftlh", AUDIT + "rekommendation-3/");
        types.put("answer.ftlh", AUDIT + "rekommendation-1/svar/kommunstyrelsen/");
        types.put("statement.ftlh", AUDIT + "yttranden/kommunstyrelsen/");
        types.put("case.ftlh", "arenden/ksn-2023-00442/");
        types.put("follow-up.ftlh", "uppfoljningar/2023-03-08-handlingsplan-gottsunda/");
        types.put("open-data.ftlh", "oppna-data/");
        types.put("glossary.ftlh", "ordlista/");
        types.put("accessibility.ftlh", "tillganglighet/");
        types.put("easy-read.ftlh", AUDIT + "lattlast/");
        types.put("withdrawn.ftlh", "granskningar/krn-2021-00001/");
        types.put("redirect.ftlh", "granskningar/krn-2022-00008/");
        return java.util.Collections.unmodifiableMap(types);
    }

    /** The page types a person reads in a browser: all but the redirect, which the browser leaves at once, and the pages of one year. */
    public static Map<String, String> readablePageTypes() {
        Map<String, String> types = new LinkedHashMap<>(PAGE_TYPES);
        types.remove("redirect.ftlh");
        // A year's page of a long list is rendered by the list's template, with its own heading and links.
        types.put("organisation-year", "organisationer/kommunstyrelsen/2023/");
        types.put("district-year", "stadsdelar/gottsunda/2022/");
        types.put("list-year", "granskningar/2022/");
        return types;
    }

    /** The built site's folder; builds it on first use. */
    public static synchronized Path root() {
        if (site == null) {
            site = build();
        }
        return site;
    }

    /** The file that serves a page address such as {@code granskningar/} ({@code granskningar/index.html}). */
    public static Path file(String address) {
        return root().resolve(address.isEmpty() || address.endsWith("/") ? address + "index.html" : address);
    }

    /** Every HTML page of the built site. */
    public static List<Path> htmlFiles() {
        try (Stream<Path> walk = Files.walk(root())) {
            return walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path build() {
        try {
            Path work = ROOT.resolveSibling("a11y-work");
            delete(work);
            delete(ROOT);
            Path content = TestSites.copyContent(work);
            TestSites.write(content.resolve("adresser/krn-2022-00008.md"), """
                    ---
                    type: moved
                    from: /granskningar/krn-2022-00008/
                    to: /granskningar/krn-2022-00009/
                    date: 2023-06-01
                    reason: Diarienumret rättades
                    ---
                    """);
            TestSites.write(content.resolve("adresser/krn-2021-00001.md"), """
                    ---
                    type: withdrawn
                    address: /granskningar/krn-2021-00001/
                    title: Granskning av något som inte skulle publiceras
                    date: 2023-06-01
                    reason: Publicerades av misstag
                    ---
                    """);
            new Build().run(new BuildOptions(content, null, ROOT, work.resolve("publicerade-adresser.txt")));
            return ROOT;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
