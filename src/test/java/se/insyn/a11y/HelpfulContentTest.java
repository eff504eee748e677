package se.insyn.a11y;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

/**
 * The content that helps people understand, as published: the glossary and the marking of its words,
 * text in another language, the summaries in easy Swedish linked both ways, the accessibility statement
 * with what Digg requires, and the page frame's guarantees (policy, footer links, tables, status in words).
 */
class HelpfulContentTest {
    private static final String AUDIT = "granskningar/krn-2022-00009/";
    private static final String STATEMENT = AUDIT + "yttranden/kommunstyrelsen/";

    static Document page(String address) throws IOException {
        Path file = BuiltSite.file(address);
        assertTrue(Files.isRegularFile(file), "no page /" + address);
        return Jsoup.parse(file.toFile(), "UTF-8", "http://localhost/");
    }

    static List<Document> allPages() throws IOException {
        List<Document> pages = new ArrayList<>();
        for (Path file : BuiltSite.htmlFiles()) {
            // The base URI doubles as the page's name in messages.
            pages.add(Jsoup.parse(file.toFile(), "UTF-8", BuiltSite.root().relativize(file).toString()));
        }
        return pages;
    }

    @Test
    void theGlossaryExplainsEveryTermOfTheContent() throws IOException {
        Document glossary = page("ordlista/");
        List<String> terms;
        try (Stream<Path> files = Files.list(Path.of("content/ordlista"))) {
            terms = files.map(p -> p.getFileName().toString().replace(".md", "")).sorted().toList();
        }
        for (String id : terms) {
            Element entry = glossary.getElementById("ord-" + id);
            assertNotNull(entry, "the glossary has no entry for " + id);
            assertNotNull(entry.selectFirst("dfn"), id + " is marked as the term defined");
            assertFalse(entry.nextElementSibling().text().isBlank(), id + " has a definition");
        }
        Element est = glossary.getElementById("ord-est");
        assertEquals("Effektiv Samordning för Trygghet", est.selectFirst("abbr[title]").attr("title"));
        assertEquals("en", glossary.getElementById("ord-bid").selectFirst("dfn").attr("lang"));
    }

    @Test
    void abbreviationsAreMarkedOnTheirFirstUseOnEachPageOnly() throws IOException {
        Document statement = page(STATEMENT);
        Element main = statement.selectFirst("main");
        assertTrue(main.text().split("\\bEST\\b").length > 3, "EST is used more than once on the statement page");
        List<Element> est = main.select("abbr").stream().filter(a -> a.text().equals("EST")).toList();
        assertEquals(1, est.size(), "EST is expanded once per page");
        assertEquals("Effektiv Samordning för Trygghet", est.get(0).attr("title"));
        assertTrue(main.text().indexOf("EST") >= main.text().indexOf(est.get(0).text()), "the first use is the marked one");
        Element bid = main.select("abbr").stream().filter(a -> a.text().equals("BID")).findFirst().orElseThrow();
        assertEquals("Business Improvement District", bid.attr("title"));
        for (Document doc : allPages()) {
            assertTrue(doc.select("main :is(h1, h2, h3, h4, h5, h6, a) abbr").isEmpty(), "no abbr in a heading or link on "
                    + doc.location());
            for (String abbreviation : List.of("EST", "BID", "dnr", "WCAG")) {
                long marked = doc.select("main abbr").stream().filter(a -> a.text().equals(abbreviation)).count();
                assertTrue(marked <= 1, abbreviation + " is marked " + marked + " times on " + doc.location());
            }
        }
    }

    @Test
    void englishTextIsMarkedEnglishWhereverItStands() throws IOException {
        int found = 0;
        for (Document doc : allPages()) {
            for (TextNode text : textsOf(doc)) {
                if (text.getWholeText().contains("Business Improvement District")) {
                    found++;
                    Element lang = ((Element) text.parent()).closest("[lang]");
                    assertEquals("en", lang.attr("lang"), "'Business Improvement District' is not marked as English on "
                            + doc.location());
                }
            }
        }
        assertTrue(found >= 4, "only " + found + " uses of Business Improvement District were found");
    }

    private static List<TextNode> textsOf(Document doc) {
        List<TextNode> texts = new ArrayList<>();
        Element main = doc.selectFirst("main");
        if (main != null) {
            main.traverse((node, depth) -> {
                if (node instanceof TextNode text) {
                    texts.add(text);
                }
            });
        }
        return texts;
    }

    @Test
    void theSummaryInEasySwedishAndTheFullPageLinkToEachOther() throws IOException {
        Document audit = page(AUDIT);
        Element toSummary = audit.selectFirst("main .easy-read-link a");
        assertNotNull(toSummary, "the audit page links its summary in easy Swedish");
        assertEquals("/" + AUDIT + "lattlast/", toSummary.attr("href"));
        Document summary = page(AUDIT + "lattlast/");
        assertTrue(summary.selectFirst("h1").text().startsWith("Lättläst"), "the summary is marked as lättläst in its heading");
        assertTrue(summary.title().startsWith("Lättläst"), summary.title());
        assertEquals("/" + AUDIT, summary.selectFirst("main .easy-read-notice a").attr("href"), "the summary links the full page");
        assertTrue(summary.selectFirst(".easy-read").text().contains("sex råd"));
        assertTrue(page(STATEMENT).select(".easy-read-link").isEmpty(), "a page without a summary does not offer one");
    }

    @Test
    void theAccessibilityStatementHasWhatDiggRequires() throws IOException {
        Document statement = page("tillganglighet/");
        String text = statement.selectFirst("main").text();
        assertTrue(text.contains("Uppsala kommun står bakom webbplatsen Insyn Uppsala"), "organisation and service");
        assertTrue(text.contains("helt förenlig med lagen om tillgänglighet till digital offentlig service"), "compliance");
        assertTrue(text.contains("WCAG 2.1 på nivå AA"), "the standard and level");
        assertEquals(List.of("Innehåll som inte omfattas av lagen"),
                statement.select("section[aria-labelledby=h-gaps] h3").eachText(), "known gaps, grouped by reason");
        assertTrue(statement.selectFirst("section[aria-labelledby=h-gaps] li").text().startsWith("Filerna med öppna data"));
        assertTrue(text.contains("Vi har gjort en självskattning"), "assessment method");
        assertNotNull(statement.selectFirst("section[aria-labelledby=h-method] time[datetime]"), "assessment date");
        assertEquals("mailto:tillganglighet@insyn.example.se", statement.selectFirst("a[href^=mailto:]").attr("href"));
        assertNotNull(statement.selectFirst("a[href=https://www.digg.se/tdosanmalan]"), "the link to Digg's report form");
    }

    @Test
    void everyPageHasThePolicyTheFooterLinksAndNoInlineStyleOrScript() throws IOException {
        for (Document doc : allPages()) {
            String name = doc.location();
            Element csp = doc.selectFirst("head meta[http-equiv=Content-Security-Policy]");
            assertNotNull(csp, "no Content-Security-Policy on " + name);
            assertTrue(csp.attr("content").contains("script-src 'self'") && !csp.attr("content").contains("unsafe-inline"), name);
            assertTrue(doc.select("style, [style], script:not([type=application/ld+json]), script[src]").isEmpty(),
                    "inline style or script on " + name);
            assertTrue(doc.select("[onclick], [onload], [onerror]").isEmpty(), name);
            if (doc.selectFirst("meta[http-equiv=refresh]") == null) {
                List<String> footer = doc.select("footer a").eachAttr("href");
                assertTrue(footer.containsAll(List.of("/oppna-data/", "/ordlista/", "/tillganglighet/")),
                        "the footer of " + name + " links " + footer);
            }
        }
    }

    @Test
    void everyTableHasACaptionHeadersAndAScrollingRegionNamedByIt() throws IOException {
        int tables = 0;
        for (Document doc : allPages()) {
            for (Element table : doc.select("main table")) {
                tables++;
                String name = doc.location();
                Element caption = table.selectFirst("> caption");
                assertNotNull(caption, "a table without caption on " + name);
                assertFalse(table.select("th").isEmpty(), "a table without headers on " + name);
                Element region = table.parent();
                assertEquals("region", region.attr("role"), name);
                assertEquals(caption.id(), region.attr("aria-labelledby"), name);
            }
            List<String> captions = doc.select("main caption").eachText();
            assertEquals(captions.size(), captions.stream().distinct().count(), "two tables share a caption on " + doc.location());
        }
        assertTrue(tables > 10, "only " + tables + " tables");
    }

    @Test
    void everyPageHasAUniqueTitleOneMainHeadingAndHeadingsInOrder() throws IOException {
        java.util.Set<String> titles = new java.util.HashSet<>();
        for (Document doc : allPages()) {
            String name = doc.location();
            assertFalse(doc.title().isBlank(), "no title on " + name);
            assertTrue(titles.add(doc.title()), "the title '" + doc.title() + "' of " + name + " is not unique");
            assertEquals(1, doc.select("h1").size(), "one h1 on " + name);
            int previous = 0;
            for (Element heading : doc.select("h1, h2, h3, h4, h5, h6")) {
                int level = heading.tagName().charAt(1) - '0';
                assertTrue(level <= previous + 1, heading.tagName() + " '" + heading.text() + "' skips a level on " + name);
                previous = level;
            }
        }
    }

    @Test
    void statusIsAlwaysWrittenInWords() throws IOException {
        int statuses = 0;
        for (Document doc : allPages()) {
            for (Element status : doc.select(".status")) {
                statuses++;
                assertFalse(status.text().isBlank(), "a status shown without words on " + doc.location());
            }
        }
        assertTrue(statuses > 10);
    }
}
