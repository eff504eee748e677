package se.insyn.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.insyn.TestSites;
import se.insyn.TestSites.Run;

/**
 * Defence in depth behind the sanitiser: every published page carries a Content Security Policy
 * (a {@code <meta http-equiv>}, since a static site cannot rely on its host's headers) that forbids
 * inline script, placed before anything it must govern; and no page loads anything from another
 * host, so the policy can stay at {@code 'self'}.
 */
class CspTest {
    private static final String BASE_URL = "https://insyn.example.se/";
    /** Sources that would let injected or foreign script run. */
    private static final Set<String> UNSAFE_SCRIPT_SOURCES = Set.of("'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'",
            "'wasm-unsafe-eval'", "'strict-dynamic'", "*", "data:", "http:", "https:", "blob:", "filesystem:", "javascript:");

    @TempDir
    static Path temp;

    private static Path site;
    private static Map<String, Document> pages;

    @BeforeAll
    static void buildTheRealContentWithAMoveAndAWithdrawal() throws IOException {
        Path content = TestSites.copyContent(temp);
        TestSites.write(content.resolve("adresser/flyttad.md"),
                "---\ntype: moved\nfrom: /granskningar/krn-2022-00008/\nto: /granskningar/krn-2022-00009/\ndate: 2024-01-01\n---\n");
        TestSites.write(content.resolve("adresser/tillbakadragen.md"),
                "---\ntype: withdrawn\naddress: /granskningar/krn-2021-00001/\ntitle: Gammal granskning\ndate: 2024-01-02\n"
                        + "reason: Publicerades av misstag\n---\n");
        site = temp.resolve("site");
        Run run = TestSites.build(content, site);
        assertEquals(0, run.exitCode(), run::describe);
        pages = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(site)) {
            for (Path file : walk.filter(f -> f.toString().endsWith(".html")).toList()) {
                pages.put(site.relativize(file).toString().replace('\\', '/'), Jsoup.parse(Files.readString(file), BASE_URL));
            }
        }
        assertTrue(pages.containsKey("granskningar/krn-2022-00008/index.html"), "a redirect page");
        assertTrue(pages.containsKey("granskningar/krn-2021-00001/index.html"), "a withdrawal notice");
        assertTrue(pages.containsKey("404.html"), "the not-found page");
    }

    @Test
    void everyPageHasExactlyOnePolicyInItsHeadBeforeAnythingItGoverns() {
        List<String> problems = new ArrayList<>();
        pages.forEach((name, page) -> {
            Elements policies = policies(page);
            if (policies.size() != 1) {
                problems.add(name + ": " + policies.size() + " Content-Security-Policy meta elements");
                return;
            }
            Element policy = policies.first();
            if (policy.parent() == null || !policy.parent().normalName().equals("head")) {
                problems.add(name + ": the policy is not in <head>");
            }
            List<Element> head = page.head().children();
            int at = head.indexOf(policy);
            for (int i = 0; i < at; i++) {
                String tag = head.get(i).normalName();
                if (Set.of("script", "link", "style", "base").contains(tag)) {
                    problems.add(name + ": <" + tag + "> comes before the policy, which then does not govern it");
                }
            }
        });
        assertTrue(pages.size() > 20, "the site has its pages");
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
    }

    /** Each page's policy, parsed; a page without one is a problem. */
    private Map<String, Map<String, List<String>>> policiesOfEveryPage(List<String> problems) {
        Map<String, Map<String, List<String>>> byPage = new LinkedHashMap<>();
        pages.forEach((name, page) -> {
            Elements policies = policies(page);
            if (policies.isEmpty()) {
                problems.add(name + ": no Content-Security-Policy");
            } else {
                byPage.put(name, parse(policies.first().attr("content")));
            }
        });
        return byPage;
    }

    /** A fetch directive, or default-src where the policy leaves it out. */
    private static List<String> directive(Map<String, List<String>> policy, String name) {
        return policy.containsKey(name) ? policy.get(name) : policy.get("default-src");
    }

    @Test
    void policyForbidsInlineAndForeignScript() {
        List<String> problems = new ArrayList<>();
        policiesOfEveryPage(problems).forEach((name, policy) -> {
            List<String> script = directive(policy, "script-src");
            if (script == null) {
                problems.add(name + ": neither script-src nor default-src: " + policy);
                return;
            }
            for (String source : script) {
                if (UNSAFE_SCRIPT_SOURCES.contains(source) || !(source.equals("'self'") || source.equals("'none'"))) {
                    problems.add(name + ": script source " + source + " in " + policy);
                }
            }
            if (!script.contains("'self'") && !script.contains("'none'")) {
                problems.add(name + ": script-src is neither 'self' nor 'none': " + script);
            }
        });
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
    }

    /** Injected {@code <object>} and {@code <base href>} are not governed by script-src: the policy must name them too. */
    @Test
    void policyAlsoStopsPluginsAndBaseHijacking() {
        List<String> problems = new ArrayList<>();
        policiesOfEveryPage(problems).forEach((name, policy) -> {
            List<String> objects = directive(policy, "object-src");
            if (objects == null || !(objects.equals(List.of("'none'")) || objects.equals(List.of("'self'")))) {
                problems.add(name + ": object-src (or default-src) is not 'none' or 'self': " + objects);
            }
            List<String> base = policy.get("base-uri");
            if (base == null || !(base.equals(List.of("'none'")) || base.equals(List.of("'self'")))) {
                problems.add(name + ": base-uri is not 'none' or 'self': " + base);
            }
        });
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
    }

    @Test
    void noPageLoadsAnythingFromAnotherHost() {
        List<String> problems = new ArrayList<>();
        Map<String, String> loaders = new LinkedHashMap<>();
        loaders.put("link[href]", "href");
        loaders.put("script[src]", "src");
        loaders.put("img[src]", "src");
        loaders.put("img[srcset]", "srcset");
        loaders.put("source[src]", "src");
        loaders.put("source[srcset]", "srcset");
        loaders.put("iframe[src]", "src");
        loaders.put("video[src]", "src");
        loaders.put("video[poster]", "poster");
        loaders.put("audio[src]", "src");
        loaders.put("track[src]", "src");
        loaders.put("object[data]", "data");
        loaders.put("embed[src]", "src");
        loaders.put("input[src]", "src");
        pages.forEach((name, page) -> {
            loaders.forEach((selector, attribute) -> {
                for (Element element : page.select(selector)) {
                    String rel = element.attr("rel").toLowerCase(Locale.ROOT);
                    if (element.normalName().equals("link") && Set.of("canonical", "alternate").contains(rel)) {
                        continue; // addresses of the page itself, not fetched by a browser showing it
                    }
                    String url = element.attr(attribute).strip();
                    if (!isSameHost(url)) {
                        problems.add(name + ": " + element.outerHtml());
                    }
                }
            });
            for (Element styled : page.select("[style], style")) {
                String css = styled.hasAttr("style") ? styled.attr("style") : styled.data();
                foreignUrls(css).forEach(url -> problems.add(name + ": style loads " + url));
            }
        });
        try (Stream<Path> walk = Files.walk(site)) {
            for (Path css : walk.filter(f -> f.toString().endsWith(".css")).toList()) {
                foreignUrls(Files.readString(css)).forEach(url -> problems.add(site.relativize(css) + ": loads " + url));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
    }

    private static Elements policies(Document page) {
        Elements policies = new Elements();
        for (Element meta : page.select("meta[http-equiv]")) {
            if (meta.attr("http-equiv").strip().equalsIgnoreCase("Content-Security-Policy")) {
                policies.add(meta);
            }
        }
        return policies;
    }

    /** Directive name → its sources (lower-case names, sources as written). */
    static Map<String, List<String>> parse(String policy) {
        Map<String, List<String>> directives = new LinkedHashMap<>();
        for (String directive : policy.split(";")) {
            String[] parts = directive.strip().split("\\s+");
            if (parts.length == 0 || parts[0].isEmpty()) {
                continue;
            }
            // The first occurrence of a directive wins; later ones are ignored by browsers.
            directives.putIfAbsent(parts[0].toLowerCase(Locale.ROOT), List.of(Arrays.copyOfRange(parts, 1, parts.length)));
        }
        return directives;
    }

    /** A site-relative path, or an absolute address on the site's own host. */
    private static boolean isSameHost(String url) {
        if (url.startsWith("//")) {
            return false;
        }
        String scheme = SiteInspector.scheme(url);
        if (scheme == null) {
            return true;
        }
        return url.startsWith(BASE_URL);
    }

    private static List<String> foreignUrls(String css) {
        List<String> found = new ArrayList<>();
        Matcher url = Pattern.compile("(?:url\\(\\s*['\"]?|@import\\s+['\"])([^'\")\\s]+)", Pattern.CASE_INSENSITIVE).matcher(css);
        while (url.find()) {
            String target = url.group(1);
            if (!target.startsWith("data:") && !isSameHost(target)) {
                found.add(target);
            }
        }
        return found;
    }
}
