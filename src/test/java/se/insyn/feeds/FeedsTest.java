package se.insyn.feeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import se.insyn.BuiltSite;

/**
 * The feeds stage on the real content, built end to end: Atom feeds for the site, each district and
 * each organisation checked against RFC 4287's required elements; the iCalendar file of answer
 * deadlines against RFC 5545's content lines; sitemap.xml and robots.txt.
 */
class FeedsTest {
    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final String BASE = BuiltSite.BASE;
    private static final String AUDIT = BASE + "granskningar/krn-2022-00009/";
    private static final String STATEMENT = AUDIT + "yttranden/kommunstyrelsen/";
    private static final String FOLLOW_UP = BASE + "uppfoljningar/2023-03-08-handlingsplan-gottsunda/";
    private static final Pattern RFC_3339 = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})");

    @TempDir
    static Path temp;
    static BuiltSite real;

    @BeforeAll
    static void buildTheRealContent() {
        real = BuiltSite.of(temp);
    }

    // ------------------------------------------------------------------ Atom

    /** One parsed feed: its id, updated and entries (entry id → updated, title, alternate link). */
    private record Feed(String id, OffsetDateTime updated, Map<String, Entry> entries) {
    }

    private record Entry(String id, OffsetDateTime updated, String title, String link, String author) {
    }

    @Test
    void theSiteEachDistrictAndEachOrganisationHaveAFeed() {
        List<String> expected = new ArrayList<>(List.of("flode.atom"));
        for (Path page : real.htmlFiles()) {
            String address = real.addressOf(page);
            if (address.matches("/(stadsdelar|organisationer)/[a-z0-9-]+/")) {
                expected.add(address.substring(1) + "flode.atom");
            }
        }
        assertEquals(1 + 2 + 6, expected.size(), "two districts and six organisations in the real content");
        List<String> feeds = real.files(".atom").stream().map(p -> real.site.relativize(p).toString().replace('\\', '/')).toList();
        assertEquals(new TreeSet<>(expected), new TreeSet<>(feeds));
    }

    @Test
    void aFeedCarriesTheNewestHundredEntriesNotTheWholeArchive(@TempDir Path own) throws Exception {
        Path content = own.resolve("content");
        new se.insyn.sample.SampleCorpus().write(content, 40, 1);
        assertEquals(0, se.insyn.TestSites.build(content, own.resolve("site")).exitCode());
        org.jsoup.nodes.Document feed = org.jsoup.Jsoup.parse(Files.readString(own.resolve("site/flode.atom")), "",
                org.jsoup.parser.Parser.xmlParser());
        List<String> updated = feed.select("entry > updated").eachText();
        assertEquals(FeedGenerator.LATEST, updated.size(), "40 cases make well over a hundred pieces of news");
        List<String> newestFirst = new ArrayList<>(updated);
        newestFirst.sort(java.util.Comparator.reverseOrder());
        assertEquals(newestFirst, updated);
    }

    @Test
    void everyFeedHasTheElementsRfc4287Requires() throws Exception {
        List<Path> feeds = real.files(".atom");
        assertEquals(9, feeds.size());
        for (Path file : feeds) {
            assertValidAtom(real, file);
        }
    }

    @Test
    void theFeedsCarryTheNewsOfTheirDistrictOrOrganisation() throws Exception {
        Feed site = assertValidAtom(real, real.site.resolve("flode.atom"));
        assertEquals(BASE + "flode.atom", site.id());
        assertEquals(List.of(AUDIT, STATEMENT, FOLLOW_UP), List.copyOf(site.entries().keySet()),
                "the audit, the statement and the follow-up, newest first");
        assertTrue(site.entries().get(AUDIT).title().contains("KRN-2022-00009"), site.entries().get(AUDIT).title());
        assertEquals("Kommunrevisionen", site.entries().get(AUDIT).author());
        assertEquals("Kommunstyrelsen", site.entries().get(STATEMENT).author());
        assertEquals(OffsetDateTime.parse("2023-03-27T00:00:00Z"), site.entries().get(STATEMENT).updated(),
                "the undated statement is news from the date of its case file");
        assertEquals(OffsetDateTime.parse("2023-03-08T00:00:00Z"), site.entries().get(FOLLOW_UP).updated());

        assertEquals(site.entries().keySet(), feed("stadsdelar/gottsunda/flode.atom").entries().keySet());
        assertEquals(Set.of(), feed("stadsdelar/valsatra/flode.atom").entries().keySet(), "nothing concerns Valsätra");
        assertEquals(site.entries().keySet(), feed("organisationer/kommunstyrelsen/flode.atom").entries().keySet());
        for (String audited : List.of("kommunrevisionen", "socialnamnden", "utbildningsnamnden", "uppsalahem")) {
            assertEquals(Set.of(AUDIT), feed("organisationer/" + audited + "/flode.atom").entries().keySet(), audited);
        }
        assertEquals(Set.of(), feed("organisationer/kommunledningskontoret/flode.atom").entries().keySet());
    }

    @Test
    void statusChangesInAFollowUpAreNewsThatLinkToTheirEntry(@TempDir Path own) throws Exception {
        BuiltSite site = BuiltSite.of(own, BuiltSite::addDatesAndStatusChanges);
        String followUp = BASE + BuiltSite.FOLLOW_UP_WITH_ENTRIES_ADDRESS.substring(1);
        String one = followUp + "#krn-2022-00009-rekommendation-1-kommunstyrelsen";
        String three = followUp + "#krn-2022-00009-rekommendation-3-socialnamnden";
        Feed all = readAtom(site, site.site.resolve("flode.atom"), false);
        assertTrue(all.entries().keySet().containsAll(List.of(followUp, one, three)), all.entries().keySet().toString());
        assertEquals(OffsetDateTime.parse("2024-03-01T00:00:00Z"), all.updated());
        assertEquals(one, all.entries().get(one).link());
        Feed social = readAtom(site, site.site.resolve("organisationer/socialnamnden/flode.atom"), false);
        assertEquals(Set.of(three, AUDIT), social.entries().keySet());
        for (String anchored : List.of(one, three)) {
            org.jsoup.nodes.Document page = site.page(anchored);
            String id = anchored.substring(anchored.indexOf('#') + 1);
            assertNotNull(page.getElementById(id), "the feed links " + anchored + ", but the follow-up page has no element #" + id);
        }
        for (Path file : site.files(".atom")) {
            assertValidAtom(site, file);
        }
    }

    private static Feed feed(String relative) throws Exception {
        return assertValidAtom(real, real.site.resolve(relative));
    }

    /** Checks the feed against RFC 4287's musts, and that every link leads to a page and anchor of the site. */
    private static Feed assertValidAtom(BuiltSite site, Path file) throws Exception {
        return readAtom(site, file, true);
    }

    /** Checks the feed against RFC 4287's musts and returns what it says. */
    private static Feed readAtom(BuiltSite site, Path file, boolean resolveLinks) throws Exception {
        String name = site.site.relativize(file).toString();
        Element feed = parse(Files.readString(file, StandardCharsets.UTF_8)).getDocumentElement();
        assertEquals(ATOM, feed.getNamespaceURI(), name);
        assertEquals("feed", feed.getLocalName(), name);
        String id = iri(only(feed, "id", name).getTextContent(), name);
        assertFalse(only(feed, "title", name).getTextContent().isBlank(), name);
        OffsetDateTime updated = rfc3339(only(feed, "updated", name).getTextContent(), name);
        String self = null;
        for (Element link : children(feed, "link")) {
            assertFalse(link.getAttribute("href").isEmpty(), "a link without href in " + name);
            if (link.getAttribute("rel").equals("self")) {
                self = link.getAttribute("href");
            }
        }
        assertEquals(BASE + name.replace('\\', '/'), self, "the feed names its own address");
        String alternate = alternate(feed, name);
        assertTrue(Files.isRegularFile(site.fileFor(alternate)), "the feed's page " + alternate + " exists");
        boolean feedHasAuthor = !children(feed, "author").isEmpty();
        if (feedHasAuthor) {
            assertFalse(only(only(feed, "author", name), "name", name).getTextContent().isBlank(), name);
        }

        Map<String, Entry> entries = new LinkedHashMap<>();
        OffsetDateTime previous = null;
        for (Element entry : children(feed, "entry")) {
            String entryId = iri(only(entry, "id", name).getTextContent(), name);
            String title = only(entry, "title", name).getTextContent();
            assertFalse(title.isBlank(), "an entry without title in " + name);
            OffsetDateTime entryUpdated = rfc3339(only(entry, "updated", name).getTextContent(), name);
            String link = alternate(entry, name);
            assertTrue(link.startsWith(BASE), link);
            if (resolveLinks) {
                assertLinkResolves(site, link, name);
            }
            List<Element> authors = children(entry, "author");
            assertTrue(feedHasAuthor || !authors.isEmpty(), "an entry without author in a feed without author: " + name);
            String author = authors.isEmpty() ? null : only(authors.get(0), "name", name).getTextContent();
            assertTrue(entries.put(entryId, new Entry(entryId, entryUpdated, title, link, author)) == null,
                    "the entry id " + entryId + " occurs twice in " + name);
            assertFalse(entryUpdated.isAfter(updated), "an entry is newer than its feed in " + name);
            assertTrue(previous == null || !entryUpdated.isAfter(previous), "entries are newest first in " + name);
            previous = entryUpdated;
        }
        return new Feed(id, updated, entries);
    }

    private static void assertLinkResolves(BuiltSite site, String link, String feed) throws IOException {
        Path target = site.fileFor(link);
        assertTrue(Files.isRegularFile(target), link + " in " + feed + " leads nowhere");
        if (link.contains("#")) {
            String anchor = link.substring(link.indexOf('#') + 1);
            assertNotNull(Jsoup.parse(target.toFile(), "UTF-8").getElementById(anchor), link + " in " + feed + ": no such anchor");
        }
    }

    /** The single rel="alternate" link (rel defaults to alternate) of type text/html. */
    private static String alternate(Element parent, String name) {
        List<String> found = new ArrayList<>();
        for (Element link : children(parent, "link")) {
            String rel = link.getAttribute("rel");
            if ((rel.isEmpty() || rel.equals("alternate")) && (link.getAttribute("type").isEmpty()
                    || link.getAttribute("type").equals("text/html"))) {
                found.add(link.getAttribute("href"));
            }
        }
        assertEquals(1, found.size(), "one alternate link per " + parent.getLocalName() + " in " + name);
        return found.get(0);
    }

    private static String iri(String text, String name) {
        URI uri = URI.create(text.strip());
        assertTrue(uri.isAbsolute(), "an id must be an absolute IRI in " + name + ": " + text);
        return text.strip();
    }

    private static OffsetDateTime rfc3339(String text, String name) {
        assertTrue(RFC_3339.matcher(text).matches(), "not an RFC 3339 date-time in " + name + ": " + text);
        return OffsetDateTime.parse(text);
    }

    // ------------------------------------------------------------------ iCalendar

    @Test
    void theCalendarIsICalendarWithTheDeadlineAndTheExtension() throws IOException {
        byte[] bytes = real.bytes("svarsdatum.ics");
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(text.endsWith("\r\n"), "the last line ends in CRLF");
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                assertTrue(i > 0 && text.charAt(i - 1) == '\r', "a line ends in a bare LF at " + i);
            }
            if (text.charAt(i) == '\r') {
                assertTrue(i + 1 < text.length() && text.charAt(i + 1) == '\n', "a bare CR at " + i);
            }
        }
        List<String> physical = List.of(text.substring(0, text.length() - 2).split("\r\n", -1));
        for (String line : physical) {
            byte[] octets = line.getBytes(StandardCharsets.UTF_8);
            assertTrue(octets.length <= 75, "a line of " + octets.length + " octets: " + line);
            assertTrue(decodes(octets), "a folded line splits a UTF-8 character: " + line);
        }
        List<String> lines = unfold(physical);
        assertEquals("BEGIN:VCALENDAR", lines.get(0));
        assertEquals("END:VCALENDAR", lines.get(lines.size() - 1));
        assertTrue(lines.contains("VERSION:2.0"), "VERSION");
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("PRODID:") && l.length() > "PRODID:".length()), "PRODID");
        for (String line : lines) {
            assertTrue(line.matches("[A-Z][A-Z0-9-]*(;[^:]*)?:.*"), "not a content line: " + line);
        }

        List<Map<String, String>> events = new ArrayList<>();
        Map<String, String> event = null;
        for (String line : lines) {
            if (line.equals("BEGIN:VEVENT")) {
                assertEquals(null, event, "events do not nest");
                event = new LinkedHashMap<>();
            } else if (line.equals("END:VEVENT")) {
                assertNotNull(event);
                events.add(event);
                event = null;
            } else if (event != null) {
                event.put(line.substring(0, line.indexOf(':')), line.substring(line.indexOf(':') + 1));
            }
        }
        assertEquals(null, event, "every event ends");
        assertEquals(2, events.size(), "the deadline and kommunstyrelsen's extension");
        Set<String> uids = new HashSet<>();
        Map<String, String> summaryByDate = new LinkedHashMap<>();
        for (Map<String, String> e : events) {
            for (String property : List.of("UID", "DTSTAMP", "SUMMARY")) {
                assertTrue(e.containsKey(property) && !e.get(property).isBlank(), property + " in " + e);
            }
            String start = e.keySet().stream().filter(k -> k.equals("DTSTART") || k.startsWith("DTSTART;")).findFirst().orElse(null);
            assertNotNull(start, "DTSTART in " + e);
            assertTrue(uids.add(e.get("UID")), "UIDs are unique");
            assertTrue(e.get("DTSTAMP").matches("\\d{8}T\\d{6}Z"), "DTSTAMP is a UTC date-time: " + e.get("DTSTAMP"));
            assertEquals("DTSTART;VALUE=DATE", start);
            summaryByDate.put(e.get(start), e.get("SUMMARY"));
            assertEquals(AUDIT, e.get("URL"));
        }
        assertEquals(Set.of("20230428", "20230511"), summaryByDate.keySet());
        assertTrue(summaryByDate.get("20230428").contains("KRN-2022-00009"), summaryByDate.get("20230428"));
        assertTrue(summaryByDate.get("20230511").contains("Kommunstyrelsen"), "the extension names who got it");
        assertTrue(summaryByDate.get("20230428").contains("åtgärder"), "unfolding restores the whole summary");
    }

    @Test
    void textsWithPunctuationAndMarkupAreEscapedInTheCalendarAndTheFeeds(@TempDir Path own) throws Exception {
        String title = "Granskning av trygghet; del 1, 2 </script> & \\ \"citat\"";
        BuiltSite site = BuiltSite.of(own, content -> se.insyn.TestSites.replace(content.resolve("granskningar/krn-2022-00009.md"),
                "title: Granskning av kommunens arbete med trygghetsskapande åtgärder\n", "title: '" + title + "'\n"));
        List<String> lines = unfold(List.of(new String(site.bytes("svarsdatum.ics"), StandardCharsets.UTF_8).split("\r\n")));
        String summary = lines.stream().filter(l -> l.startsWith("SUMMARY:Sista dag")).findFirst().orElseThrow();
        String escaped = title.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,");
        assertTrue(summary.contains(escaped + " (KRN-2022-00009)"), "RFC 5545 escapes backslash, ';' and ',' in TEXT: " + summary);
        Feed feed = assertValidAtom(site, site.site.resolve("flode.atom"));
        assertTrue(feed.entries().get(AUDIT).title().contains(title), "the Atom title says the title as written");
    }

    private static boolean decodes(byte[] octets) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(octets));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** RFC 5545 §3.1: a line that starts with a space or tab continues the previous one. */
    private static List<String> unfold(List<String> physical) {
        List<String> lines = new ArrayList<>();
        for (String line : physical) {
            if (line.startsWith(" ") || line.startsWith("\t")) {
                assertFalse(lines.isEmpty(), "the first line cannot be a continuation");
                lines.set(lines.size() - 1, lines.get(lines.size() - 1) + line.substring(1));
            } else {
                lines.add(line);
            }
        }
        return lines;
    }

    // ------------------------------------------------------------------ sitemap and robots.txt

    @Test
    void theSitemapListsEveryPageButTheNotFoundPage() throws Exception {
        Element urlset = parse(real.text("sitemap.xml")).getDocumentElement();
        assertEquals(SITEMAP, urlset.getNamespaceURI());
        assertEquals("urlset", urlset.getLocalName());
        List<String> listed = new ArrayList<>();
        for (Element url : children(urlset, "url")) {
            listed.add(only(url, "loc", "sitemap.xml").getTextContent());
        }
        Set<String> expected = new TreeSet<>();
        for (Path page : real.htmlFiles()) {
            String address = real.addressOf(page);
            if (!address.equals("/404.html")) {
                expected.add(BASE + address.substring(1));
            }
        }
        assertEquals(listed.size(), new HashSet<>(listed).size(), "no address is listed twice");
        assertEquals(expected, new TreeSet<>(listed));
        assertTrue(listed.contains(BASE), "the home page");
        assertTrue(listed.contains(AUDIT + "rekommendation-3/svar/kommunstyrelsen/"), "an answer's own address");
    }

    @Test
    void robotsTxtNamesTheSitemap() {
        List<String> lines = real.text("robots.txt").lines().toList();
        assertTrue(lines.contains("Sitemap: " + BASE + "sitemap.xml"), lines.toString());
        assertTrue(lines.contains("User-agent: *"), lines.toString());
        assertFalse(lines.contains("Disallow: /"), "the site is open to crawlers");
    }

    // ------------------------------------------------------------------ XML helpers

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    /** Child elements (not deeper descendants) in the parent's namespace with this local name. */
    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node node = nodes.item(i);
            if (node instanceof Element element && name.equals(element.getLocalName())
                    && java.util.Objects.equals(parent.getNamespaceURI(), element.getNamespaceURI())) {
                found.add(element);
            }
        }
        return found;
    }

    private static Element only(Element parent, String name, String where) {
        List<Element> found = children(parent, name);
        assertEquals(1, found.size(), "exactly one " + name + " in " + parent.getLocalName() + " of " + where);
        return found.get(0);
    }
}
