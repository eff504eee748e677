package se.insyn.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.insyn.TestSites;
import se.insyn.sample.SampleCorpus;

/**
 * The long lists of a large site: an organisation's, a district's and the lists of audits,
 * statements and case files show their newest entries, and every entry is on the page of its year,
 * once: an audit's year is its date's, a statement's, a case file's and a follow-up's theirs. Built from a sample corpus of 150 cases over ten years, where each of them has far more
 * entries than its page shows.
 */
class ArchivePagesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ORGANISATION = "socialnamnden";
    private static final String DISTRICT = "gottsunda";
    /** Enough for more follow-ups (one case in three has one) than a list's page shows. */
    private static final int CASES = 180;

    @TempDir
    static Path dir;
    private static Path site;

    @BeforeAll
    static void build() throws IOException {
        Path content = dir.resolve("content");
        new SampleCorpus().write(content, CASES, 1);
        site = dir.resolve("site");
        TestSites.Run run = TestSites.build(content, site);
        assertEquals(0, run.exitCode(), run.describe());
    }

    /** The lists with pages per year, each with a pattern of its entries' page files below the site. */
    static Stream<Arguments> lists() {
        return Stream.of(Arguments.of("/granskningar/", "granskningar/krn-*/index.html"),
                Arguments.of("/yttranden/", "granskningar/krn-*/yttranden/*/index.html"),
                Arguments.of("/arenden/", "arenden/ksn-*/index.html"),
                Arguments.of("/uppfoljningar/", "uppfoljningar/*-*/index.html"));
    }

    @ParameterizedTest
    @MethodSource("lists")
    void aListShowsTheNewestAndEachEntryIsOnThePageOfItsYear(String address, String entries) throws IOException {
        Map<String, Integer> yearOfEntry = new HashMap<>();
        PathMatcher entry = site.getFileSystem().getPathMatcher("glob:" + entries);
        try (Stream<Path> files = Files.walk(site)) {
            files.filter(file -> entry.matches(site.relativize(file))).forEach(file ->
                    yearOfEntry.put("/" + site.relativize(file.getParent()).toString().replace('\\', '/') + "/",
                            yearOf(json(file.resolveSibling("index.json")).get("date"))));
        }
        assertTrue(yearOfEntry.size() > Archive.ON_LIST_PAGE, yearOfEntry.size() + " entries of " + entries);
        Document list = page(address);
        List<String> shown = list.select("ul.items > li > a").eachAttr("href");
        assertEquals(Archive.ON_LIST_PAGE, shown.size(), "the list's page shows the newest");
        int oldestShown = shown.stream().mapToInt(yearOfEntry::get).min().orElseThrow();
        long newerNotShown = yearOfEntry.entrySet().stream().filter(e -> e.getValue() > oldestShown && !shown.contains(e.getKey())).count();
        assertEquals(0, newerNotShown, "an entry newer than one shown is missing from the newest");

        assertEquals(new TreeSet<>(yearOfEntry.values()).size(), list.select("nav.years a").size(), "a page for each year, no other");
        Map<Integer, List<String>> onYearPages = onYearPages(address, new TreeSet<>(yearOfEntry.values()),
                year -> page(address + year + "/").select("ul.items > li > a").eachAttr("href"));
        assertEachOnItsYearOnce(yearOfEntry, onYearPages);
    }

    @Test
    void anOrganisationShowsItsNewestAnswersAndEachAnswerIsOnThePageOfItsStatementsYear() {
        String address = "/organisationer/" + ORGANISATION + "/";
        Map<String, Integer> yearOfAnswer = new HashMap<>();
        for (Path audit : auditFolders()) {
            Path statement = audit.resolve("yttranden").resolve(ORGANISATION).resolve("index.json");
            if (!Files.exists(statement)) {
                continue;
            }
            int year = yearOf(json(statement).get("date"));
            try (Stream<Path> recommendations = Files.list(audit)) {
                recommendations.filter(r -> Files.isDirectory(r.resolve("svar").resolve(ORGANISATION))).forEach(r ->
                        yearOfAnswer.put("/granskningar/" + audit.getFileName() + "/" + r.getFileName() + "/svar/" + ORGANISATION + "/", year));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        assertTrue(yearOfAnswer.size() > 6 * Archive.ON_RECORD_PAGE, "the organisation has more answers than its page shows: " + yearOfAnswer.size());

        Document organisation = page(address);
        List<String> shown = answerLinks(organisation);
        assertTrue(shown.size() <= 6 * Archive.ON_RECORD_PAGE && !shown.isEmpty(), shown.size() + " answers on the organisation's page");
        assertTrue(organisation.select("#h-audits + ul > li").size() <= Archive.ON_RECORD_PAGE);

        Map<Integer, List<String>> onYearPages = onYearPages(address, new TreeSet<>(yearOfAnswer.values()), year -> {
            Document yearPage = page(address + year + "/");
            for (Element row : yearPage.select("table.answers tbody tr")) {
                String statement = row.select("td").last().selectFirst("a").attr("href");
                assertEquals(year, yearOf(json(file(statement).resolveSibling("index.json")).get("date")), "the statement of " + row.text());
            }
            return answerLinks(yearPage);
        });
        assertEachOnItsYearOnce(yearOfAnswer, onYearPages);
    }

    @Test
    void aDistrictShowsItsNewestAuditsAndEachIsOnThePageOfItsYear() {
        String address = "/stadsdelar/" + DISTRICT + "/";
        Map<String, Integer> yearOfAudit = new HashMap<>();
        for (Path audit : auditFolders()) {
            JsonNode data = json(audit.resolve("index.json"));
            if (data.get("districts").toString().contains('"' + DISTRICT + '"')) {
                yearOfAudit.put("/granskningar/" + audit.getFileName() + "/", yearOf(data.get("date")));
            }
        }
        assertTrue(yearOfAudit.size() > Archive.ON_RECORD_PAGE, yearOfAudit.size() + " audits in the district");

        Document district = page(address);
        assertEquals(Archive.ON_RECORD_PAGE, auditLinks(district).size());
        assertFalse(district.select("#h-documents").isEmpty(), "the district's documents are on its own page");

        Map<Integer, List<String>> onYearPages = onYearPages(address, new TreeSet<>(yearOfAudit.values()), year -> {
            Document yearPage = page(address + year + "/");
            assertTrue(yearPage.select("#h-documents").isEmpty(), "documents have no year; they stay on the district's page");
            return auditLinks(yearPage);
        });
        assertEachOnItsYearOnce(yearOfAudit, onYearPages);
    }

    @Test
    void aYearsPageNamesItsYearLeadsBackToTheNewestAndHasNoDataFileOfItsOwn() {
        String address = "/organisationer/" + ORGANISATION + "/";
        String year = page(address).select("nav.years a").first().text();
        Document yearPage = page(address + year + "/");
        assertEquals(page(address).select("h1").text() + " " + year, yearPage.select("h1").text());
        assertEquals(year, yearPage.select("nav.years [aria-current=page]").text());
        assertTrue(yearPage.select("nav.years [aria-current=page]").is("span"), "the page's own year is not a link to itself");
        assertEquals(address, yearPage.select("nav.years a").first().attr("href"), "the first link leads back to the newest");
        assertTrue(yearPage.select("link[rel=canonical]").attr("href").endsWith(address + year + "/"));
        assertTrue(yearPage.select("nav.breadcrumbs a").eachAttr("href").contains(address));
        assertFalse(Files.exists(file(address + year + "/").resolveSibling("index.json")), "a year's page is part of the organisation's");
        assertTrue(yearPage.select("link[type=application/json]").isEmpty());
    }

    @Test
    void theHomePageShowsTheNewestAuditsAndLinksToAllOfThem() {
        Document home = page("/");
        Element audits = home.selectFirst("section[aria-labelledby=h-audits]");
        assertEquals(10, audits.select("ul.items > li").size());
        assertTrue(audits.select("a").eachAttr("href").contains("/granskningar/"));
    }

    /**
     * Reads the pages of these years, which the page at {@code address} must link to, newest first,
     * among the years of its other lists.
     */
    private static Map<Integer, List<String>> onYearPages(String address, Set<Integer> years,
                                                          java.util.function.Function<Integer, List<String>> entriesOf) {
        List<String> linked = page(address).select("nav.years a").eachAttr("href");
        List<String> newestFirst = linked.stream().sorted(Comparator.reverseOrder()).toList();
        assertEquals(newestFirst, linked, "the years are linked newest first");
        years.forEach(year -> assertTrue(linked.contains(address + year + "/"), "the page links to its page of " + year));
        Map<Integer, List<String>> entries = new TreeMap<>();
        years.forEach(year -> entries.put(year, entriesOf.apply(year)));
        return entries;
    }

    private static void assertEachOnItsYearOnce(Map<String, Integer> yearOf, Map<Integer, List<String>> onYearPages) {
        List<String> all = new ArrayList<>();
        onYearPages.forEach((year, entries) -> entries.forEach(entry -> {
            assertEquals(year, yearOf.get(entry), entry + " on the page of " + year);
            all.add(entry);
        }));
        assertEquals(new TreeSet<>(yearOf.keySet()), new TreeSet<>(all), "every entry is on a year's page");
        assertEquals(yearOf.size(), all.size(), "no entry is on two years' pages, or twice on one");
    }

    private static List<String> answerLinks(Document page) {
        return page.select("table.answers tbody tr th a").eachAttr("href");
    }

    private static List<String> auditLinks(Document page) {
        return page.select("section.audit-summary h3 a").eachAttr("href");
    }

    private static List<Path> auditFolders() {
        try (Stream<Path> folders = Files.list(site.resolve("granskningar"))) {
            return folders.filter(f -> f.getFileName().toString().startsWith("krn-")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int yearOf(JsonNode date) {
        return Integer.parseInt(date.asText().substring(0, 4));
    }

    private static Path file(String address) {
        return site.resolve(address.substring(1)).resolve("index.html");
    }

    private static Document page(String address) {
        try {
            return Jsoup.parse(file(address).toFile(), "UTF-8");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode json(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
