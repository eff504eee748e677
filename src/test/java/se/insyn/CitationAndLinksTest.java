package se.insyn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What makes a page citable and findable, on the real content built end to end: canonical addresses,
 * the citation block and its JSON-LD, Open Graph tags, links to feeds and data, diarienummer in texts
 * linked to their records, and "Hänvisas från" backlinks.
 */
class CitationAndLinksTest {
    private static final String BASE = BuiltSite.BASE;
    private static final String AUDIT = "/granskningar/krn-2022-00009/";
    private static final String STATEMENT = AUDIT + "yttranden/kommunstyrelsen/";
    private static final String CASE = "/arenden/ksn-2023-00442/";
    private static final String FOLLOW_UP = "/uppfoljningar/2023-03-08-handlingsplan-gottsunda/";
    private static final String AUDIT_TITLE = "Granskning av kommunens arbete med trygghetsskapande åtgärder";
    private static final String STATEMENT_TITLE = "Yttrande gällande kommunrevisionens granskning av kommunens arbete med trygghetsskapande åtgärder";
    private static final String CASE_TITLE = "Yttrande över kommunrevisionens granskning av kommunens arbete med trygghetsskapande åtgärder";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path temp;
    static BuiltSite real;

    @BeforeAll
    static void buildTheRealContent() {
        real = BuiltSite.of(temp);
    }

    // ------------------------------------------------------------------ addresses

    @Test
    void everyRecordTypeHasItsCanonicalAddressItsJsonAndItsAnchors() throws IOException {
        Map<String, String> records = new java.util.LinkedHashMap<>();
        records.put(AUDIT, "audit");
        for (int n = 1; n <= 6; n++) {
            records.put(AUDIT + "rekommendation-" + n + "/", "recommendation");
            records.put(AUDIT + "rekommendation-" + n + "/svar/kommunstyrelsen/", "answer");
        }
        records.put(STATEMENT, "statement");
        records.put(CASE, "case");
        records.put(FOLLOW_UP, "follow-up");
        records.put("/stadsdelar/gottsunda/", "district");
        records.put("/stadsdelar/valsatra/", "district");
        for (String organisation : List.of("kommunledningskontoret", "kommunrevisionen", "kommunstyrelsen", "socialnamnden",
                "uppsalahem", "utbildningsnamnden")) {
            records.put("/organisationer/" + organisation + "/", "organisation");
        }
        for (String document : List.of("handlingsplan-gottsundaomradet-2021-2030", "mal-och-budget-2022",
                "program-trygghet-sakerhet-brottsforebyggande")) {
            records.put("/styrdokument/" + document + "/", "document");
        }
        for (Map.Entry<String, String> record : records.entrySet()) {
            String address = record.getKey();
            Document page = real.page(address);
            assertEquals(BASE + address.substring(1), page.selectFirst("link[rel=canonical]").attr("href"), address);
            String data = page.select("link[rel=alternate][type=application/json]").attr("href");
            assertEquals(address + "index.json", data, "the page names its JSON: " + address);
            JsonNode json = JSON.readTree(real.fileFor(data).toFile());
            assertEquals(record.getValue(), json.get("type").asText(), data);
            assertEquals(BASE + address.substring(1), json.get("url").asText(), data);
            assertFalse(page.select("ul.data-links a[href=" + data + "]").isEmpty(), "the JSON is linked for people too: " + address);
        }
        for (int n = 1; n <= 6; n++) {
            Document recommendation = real.page(AUDIT + "rekommendation-" + n + "/");
            assertNotNull(recommendation.getElementById("svar-kommunstyrelsen"), "answer anchor on recommendation " + n);
            assertNotNull(real.page(STATEMENT).getElementById("rekommendation-" + n), "answer anchor on the statement");
        }
        assertFalse(real.page(AUDIT).select("a[href=" + AUDIT + "rekommendation-3/svar/kommunstyrelsen/]").isEmpty(),
                "the audit page links the answer's own address");
    }

    @Test
    void everyPageHasOneCanonicalLinkToItsOwnAbsoluteAddress() {
        List<Path> pages = real.htmlFiles();
        assertTrue(pages.size() > 30, "only " + pages.size() + " pages");
        for (Path file : pages) {
            String address = real.addressOf(file);
            Document page = real.page(address);
            assertEquals(1, page.select("link[rel=canonical]").size(), address);
            assertEquals(BASE + address.substring(1), page.selectFirst("link[rel=canonical]").attr("href"), address);
        }
    }

    @Test
    void everyPageHasOpenGraphTagsThatAgreeWithTheCanonicalAddress() {
        for (Path file : real.htmlFiles()) {
            String address = real.addressOf(file);
            Document page = real.page(address);
            String canonical = page.selectFirst("link[rel=canonical]").attr("href");
            assertEquals(canonical, og(page, "og:url"), address);
            assertFalse(og(page, "og:title").isBlank(), address);
            assertTrue(page.title().startsWith(og(page, "og:title")), "og:title is the page's title: " + address);
            assertEquals("Insyn Uppsala", og(page, "og:site_name"), address);
            assertEquals("sv_SE", og(page, "og:locale"), address);
            boolean cited = page.selectFirst("section.citation") != null;
            assertEquals(cited ? "article" : "website", og(page, "og:type"), address);
            Element description = page.selectFirst("meta[name=description]");
            if (description != null) {
                assertEquals(description.attr("content"), og(page, "og:description"), address);
            }
        }
        assertEquals("Stärk samverkan och det trygghetsskapande arbetet vad gäller otrygghetsskapande beteenden och händelser på "
                + "sociala medier med särskilt fokus på barn och unga.", og(real.page(AUDIT + "rekommendation-3/"), "og:description"));
    }

    // ------------------------------------------------------------------ citation and JSON-LD

    @Test
    void theRecommendationPageCanBeCitedAndSaysTheSameInJsonLd() throws IOException {
        String address = AUDIT + "rekommendation-3/";
        Document page = real.page(address);
        String citation = citation(page);
        assertTrue(citation.startsWith("Kommunrevisionen, Uppsala kommun. "), citation);
        assertContainsAll(citation, "Rekommendation i granskning", AUDIT_TITLE, "Rekommendation 3.", "KRN-2022-00009",
                "Datum anges inte i underlaget");
        assertTrue(citation.endsWith(" " + BASE + address.substring(1)), "the permanent address comes last: " + citation);
        assertFalse(citation.contains("Status senast ändrad"), "no status change has a date in the real content");

        JsonNode report = jsonLd(page);
        assertReport(report, BASE + address.substring(1), AUDIT_TITLE, "KRN-2022-00009", "Kommunrevisionen");
        assertNull(report.get("datePublished"), "the audit's date is not stated, so none is invented");
        assertEquals("Gottsunda", report.at("/about/name").asText());
        assertEquals(BASE + "stadsdelar/gottsunda/", report.at("/about/url").asText());
    }

    @Test
    void theAnswerPageCanBeCitedAndSaysTheSameInJsonLd() throws IOException {
        String address = AUDIT + "rekommendation-3/svar/kommunstyrelsen/";
        Document page = real.page(address);
        String citation = citation(page);
        assertTrue(citation.startsWith("Kommunstyrelsen, Uppsala kommun. "), citation);
        assertContainsAll(citation, "Svar på rekommendation", STATEMENT_TITLE, "Rekommendation 3.", "KSN-2023-00442",
                "Datum anges inte i underlaget");
        assertTrue(citation.endsWith(" " + BASE + address.substring(1)), citation);

        JsonNode report = jsonLd(page);
        assertReport(report, BASE + address.substring(1), STATEMENT_TITLE, "KSN-2023-00442", "Kommunstyrelsen");
        assertEquals(BASE + AUDIT.substring(1), report.at("/about/url").asText(), "the answer is about the audit");
        assertTrue(report.at("/about/name").asText().contains("KRN-2022-00009"));
    }

    @Test
    void theStatementPageCanBeCitedAndSaysTheSameInJsonLd() throws IOException {
        Document page = real.page(STATEMENT);
        String citation = citation(page);
        assertTrue(citation.startsWith("Kommunstyrelsen, Uppsala kommun. Yttrande: "), citation);
        assertContainsAll(citation, STATEMENT_TITLE, "KSN-2023-00442", "Datum anges inte i underlaget");
        assertFalse(citation.contains("Rekommendation "), "a whole statement concerns no single recommendation: " + citation);
        assertTrue(citation.endsWith(" " + BASE + STATEMENT.substring(1)), citation);

        JsonNode report = jsonLd(page);
        assertReport(report, BASE + STATEMENT.substring(1), STATEMENT_TITLE, "KSN-2023-00442", "Kommunstyrelsen");
        assertEquals(BASE + AUDIT.substring(1), report.at("/about/url").asText());
    }

    @Test
    void theCaseFileIsCitedWithItsDateAndDatePublished() throws IOException {
        Document page = real.page(CASE);
        String citation = citation(page);
        assertContainsAll(citation, "Kommunledningskontoret, Uppsala kommun.", "Tjänsteskrivelse", CASE_TITLE, "KSN-2023-00442",
                "27 mars 2023");
        JsonNode report = jsonLd(page);
        assertReport(report, BASE + CASE.substring(1), CASE_TITLE, "KSN-2023-00442", "Kommunledningskontoret");
        assertEquals("2023-03-27", report.get("datePublished").asText());
    }

    @Test
    void pagesThatAreNoRecordHaveNoCitation() {
        for (String address : List.of("/", "/granskningar/", "/stadsdelar/gottsunda/", "/organisationer/kommunstyrelsen/",
                "/styrdokument/mal-och-budget-2022/", "/oppna-data/", "/404.html")) {
            Document page = real.page(address);
            assertNull(page.selectFirst("section.citation"), address);
            assertTrue(page.select("script[type=application/ld+json]").isEmpty(), address);
        }
    }

    @Test
    void theCitationCarriesTheDateAndTheStatusChangeWhenTheyAreKnown(@TempDir Path own) throws IOException {
        BuiltSite site = BuiltSite.of(own, BuiltSite::addDatesAndStatusChanges);

        String recommendation = AUDIT + "rekommendation-1/";
        String citation = citation(site.page(recommendation));
        assertContainsAll(citation, "Rekommendation 1.", "Status senast ändrad 1 mars 2024.");
        JsonNode report = jsonLd(site.page(recommendation));
        assertEquals("2024-03-01", report.get("dateModified").asText());

        String answer = AUDIT + "rekommendation-1/svar/kommunstyrelsen/";
        citation = citation(site.page(answer));
        assertContainsAll(citation, "Datum 10 maj 2023.", "Status senast ändrad 1 mars 2024.");
        report = jsonLd(site.page(answer));
        assertEquals("2023-05-10", report.get("datePublished").asText());
        assertEquals("2024-03-01", report.get("dateModified").asText());

        citation = citation(site.page(STATEMENT));
        assertContainsAll(citation, "Datum 10 maj 2023.", "Status senast ändrad 1 mars 2024.");
        assertEquals("2023-05-10", jsonLd(site.page(STATEMENT)).get("datePublished").asText());

        String untouched = AUDIT + "rekommendation-2/";
        assertContainsAll(citation(site.page(untouched)), "Status senast ändrad 10 maj 2023.");
        assertEquals("2023-05-10", jsonLd(site.page(untouched)).get("dateModified").asText(),
                "recommendation 2's status dates from the statement, not the later follow-up");
    }

    @Test
    void markupInATitleCannotBreakOutOfTheJsonLdOrThePage(@TempDir Path own) throws IOException {
        String title = "Granskning av trygghet; del 1, 2 </script><script>alert(1)</script> & \"citat\"";
        BuiltSite site = BuiltSite.of(own, content -> TestSites.replace(content.resolve("granskningar/krn-2022-00009.md"),
                "title: " + AUDIT_TITLE + "\n", "title: '" + title + "'\n"));
        for (String address : List.of(AUDIT, AUDIT + "rekommendation-1/")) {
            Document page = site.page(address);
            assertEquals(1, page.select("script").size(), "no script was injected on " + address);
            assertEquals(title, jsonLd(page).get("name").asText(), "the JSON-LD still parses and says the title as written");
            assertTrue(citation(page).contains(title), "the citation quotes the title as written");
            assertTrue(og(page, "og:title").contains(title));
        }
    }

    // ------------------------------------------------------------------ feeds and data in the head

    @Test
    void pagesLinkTheirFeedsAndData() {
        Document district = real.page("/stadsdelar/gottsunda/");
        assertEquals(List.of("/stadsdelar/gottsunda/flode.atom", "/flode.atom"), atomLinks(district));
        Document organisation = real.page("/organisationer/kommunstyrelsen/");
        assertEquals(List.of("/organisationer/kommunstyrelsen/flode.atom", "/flode.atom"), atomLinks(organisation));
        assertEquals(List.of("/flode.atom"), atomLinks(real.page(AUDIT)));
        for (Path file : real.htmlFiles()) {
            Document page = real.page(real.addressOf(file));
            for (Element link : page.select("link[rel=alternate]")) {
                assertTrue(Files.isRegularFile(real.fileFor(link.attr("href"))), link.attr("href") + " on " + real.addressOf(file));
                assertTrue(List.of("application/atom+xml", "application/json").contains(link.attr("type")), link.outerHtml());
            }
        }
    }

    /** Autodiscovery both ways: each feed names the page it belongs to, and that page advertises the feed. */
    @Test
    void everyFeedIsAdvertisedOnThePageItBelongsTo() throws IOException {
        List<String> missing = new ArrayList<>();
        List<Path> feeds = real.files(".atom");
        assertEquals(1 + 2 + 6, feeds.size(), "the site's, each district's and each organisation's feed");
        for (Path feed : feeds) {
            String xml = Files.readString(feed);
            Matcher alternate = Pattern.compile("<link rel=\"alternate\" href=\"([^\"]+)\"").matcher(xml);
            assertTrue(alternate.find(), "the feed " + feed + " names its page");
            String feedAddress = real.addressOf(feed);
            if (!atomLinks(real.page(alternate.group(1))).contains(feedAddress)) {
                missing.add(alternate.group(1) + " does not advertise " + feedAddress);
            }
        }
        assertEquals(List.of(), missing);
    }

    // ------------------------------------------------------------------ diarienummer in texts, backlinks

    @Test
    void aDiarienummerInABodyBecomesALinkAndAnUnknownOneAWarningWithFileAndLine(@TempDir Path own) {
        String followUp = "uppfoljningar/2023-03-08-handlingsplan-gottsunda.md";
        String statement = "arenden/ksn-2023-00442/bilaga-1-yttrande.md";
        BuiltSite site = BuiltSite.of(own, content -> {
            TestSites.edit(content.resolve(followUp), text -> text + "\nSe KRN-2022-00009 och KSN-2099-00001.\n");
            TestSites.replace(content.resolve(statement), "\nKommunstyrelsen har den 8 mars 2023 fattat beslut",
                    "\nJämför KSN-2099-00003. Kommunstyrelsen har den 8 mars 2023 fattat beslut");
        });

        Document page = site.page(FOLLOW_UP);
        Element link = page.selectFirst("main a[href=" + AUDIT + "]:containsOwn(KRN-2022-00009)");
        assertNotNull(link, "the known diarienummer links to its audit");
        assertTrue(page.selectFirst("main").text().contains("KSN-2099-00001"), "the unknown one stays in the text");
        assertTrue(page.select("a:containsOwn(KSN-2099-00001)").isEmpty(), "the unknown one is not a link");

        int line = BuiltSite.lineOf(site.content.resolve(followUp), "KSN-2099-00001");
        assertTrue(site.run.err().contains(followUp + ":" + line + ": varning: diarienumret KSN-2099-00001 nämns i texten men finns "
                + "inte på webbplatsen"), site.run.describe());
        int answerLine = BuiltSite.lineOf(site.content.resolve(statement), "KSN-2099-00003");
        assertTrue(site.run.err().contains(statement + ":" + answerLine + ": varning: diarienumret KSN-2099-00003"), site.run.describe());
        assertFalse(site.run.err().contains("KRN-2022-00009 nämns"), "a diarienummer the site has is no warning");
        assertEquals(warnings(real) + 2, warnings(site), "two more warnings than the real content: " + site.run.out());
        Document recommendation = site.page(AUDIT + "rekommendation-4/");
        assertTrue(recommendation.select("a:containsOwn(KSN-2099-00003)").isEmpty());

        assertTrue(referencedBy(site.page(AUDIT)).contains(FOLLOW_UP), "the audit now lists the follow-up that mentions it");
    }

    @Test
    void anUnknownDiarienummerInTheProposedDecisionIsReportedAtItsOwnLine(@TempDir Path own) {
        String caseFile = "arenden/ksn-2023-00442/index.md";
        BuiltSite site = BuiltSite.of(own, content -> TestSites.replace(content.resolve(caseFile),
                "avge yttrande till kommunrevisionen", "avge yttrande (jfr KSN-2099-00002) till kommunrevisionen"));
        int line = BuiltSite.lineOf(site.content.resolve(caseFile), "KSN-2099-00002");
        assertTrue(site.run.err().contains(caseFile + ":" + line + ": varning: diarienumret KSN-2099-00002"), site.run.describe());
        assertTrue(site.page(CASE).select("a:containsOwn(KSN-2099-00002)").isEmpty());
    }

    @Test
    void aDiarienummerTheSiteHasIsLinkedInTheRealContent() {
        Element link = real.page(AUDIT).selectFirst("main a:containsOwn(KSN-2023-00442)");
        assertNotNull(link, "the audit's body mentions the case file");
        assertEquals(CASE, link.attr("href"));
    }

    @Test
    void hanvisasFranListsWhatRefersToARecord() {
        assertEquals(List.of(STATEMENT, CASE), referencedBy(real.page(AUDIT)), "the statement and the case file refer to the audit");
        assertEquals(List.of(AUDIT, STATEMENT), referencedBy(real.page(CASE)));
        assertEquals(List.of(CASE), referencedBy(real.page(STATEMENT)));
        assertEquals(List.of(AUDIT, FOLLOW_UP), referencedBy(real.page("/styrdokument/handlingsplan-gottsundaomradet-2021-2030/")));
        assertEquals(List.of(AUDIT), referencedBy(real.page("/styrdokument/mal-och-budget-2022/")));
        assertEquals("Hänvisas från", real.page(AUDIT).selectFirst("#h-referenced-by").text());
        assertNull(real.page("/stadsdelar/valsatra/").selectFirst("section.referenced-by"), "nothing refers to Valsätra");
    }

    // ------------------------------------------------------------------ helpers

    /** The number of warnings the summary line counts. */
    private static int warnings(BuiltSite site) {
        Matcher count = Pattern.compile(", (\\d+) varning(ar)?$").matcher(site.run.out().strip());
        return count.find() ? Integer.parseInt(count.group(1)) : 0;
    }

    private static String og(Document page, String property) {
        Element meta = page.selectFirst("meta[property=" + property + "]");
        assertNotNull(meta, property + " on " + page.location());
        return meta.attr("content");
    }

    private static String citation(Document page) {
        Element section = page.selectFirst("main section.citation");
        assertNotNull(section, "no citation block on " + page.location());
        return section.selectFirst("p.citation-text").text();
    }

    private static JsonNode jsonLd(Document page) throws IOException {
        List<Element> scripts = page.select("script[type=application/ld+json]");
        assertEquals(1, scripts.size(), "one JSON-LD block");
        String data = scripts.get(0).data();
        assertFalse(data.contains("<"), "the JSON-LD cannot close its script element early");
        return JSON.readTree(data);
    }

    private static void assertReport(JsonNode report, String url, String name, String reportNumber, String publisher) {
        assertEquals("https://schema.org", report.get("@context").asText());
        assertEquals("Report", report.get("@type").asText());
        assertEquals(url, report.get("url").asText());
        assertEquals(name, report.get("name").asText());
        assertEquals(reportNumber, report.get("reportNumber").asText());
        assertEquals("sv", report.get("inLanguage").asText());
        assertEquals("GovernmentOrganization", report.at("/publisher/@type").asText());
        assertEquals(publisher, report.at("/publisher/name").asText());
        assertEquals("Uppsala kommun", report.at("/publisher/parentOrganization/name").asText());
    }

    private static void assertContainsAll(String text, String... parts) {
        for (String part : parts) {
            assertTrue(text.contains(part), "'" + part + "' is missing from: " + text);
        }
    }

    private static List<String> atomLinks(Document page) {
        return page.select("head link[rel=alternate][type=application/atom+xml]").eachAttr("href");
    }

    private static List<String> referencedBy(Document page) {
        return page.select("section.referenced-by li a").eachAttr("href");
    }
}
