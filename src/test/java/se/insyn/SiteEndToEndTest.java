package se.insyn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.insyn.build.Build;
import se.insyn.build.BuildOptions;
import se.insyn.build.BuildResult;

/** Builds the real content/ (the Gottsunda case) and inspects the published site with Jsoup. */
class SiteEndToEndTest {
    private static final String AUDIT = "granskningar/krn-2022-00009/";

    @TempDir
    static Path temp;
    static Path site;
    static BuildResult result;

    @BeforeAll
    static void buildRealContent() {
        site = temp.resolve("site");
        result = new Build().run(new BuildOptions(Path.of("content"), null, site, temp.resolve("publicerade-adresser.txt")));
    }

    static Document page(String address) throws IOException {
        Path file = site.resolve(address.isEmpty() || address.endsWith("/") ? address + "index.html" : address);
        assertTrue(Files.isRegularFile(file), "the site has no page at /" + address);
        return Jsoup.parse(file.toFile(), "UTF-8", "https://insyn.example.se/" + address);
    }

    static List<Path> htmlFiles() throws IOException {
        try (Stream<Path> walk = Files.walk(site)) {
            return walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }

    @Test
    void everyRecordTypeHasItsReadableAddress() throws IOException {
        for (String address : List.of("", "404.html", "stadsdelar/", "stadsdelar/gottsunda/", "stadsdelar/valsatra/",
                "organisationer/", "organisationer/kommunstyrelsen/", "organisationer/socialnamnden/",
                "organisationer/utbildningsnamnden/", "organisationer/uppsalahem/", "organisationer/kommunrevisionen/",
                "granskningar/", AUDIT, "yttranden/", AUDIT + "yttranden/kommunstyrelsen/", "arenden/",
                "arenden/ksn-2023-00442/", "uppfoljningar/", "uppfoljningar/2023-03-08-handlingsplan-gottsunda/",
                "styrdokument/", "styrdokument/handlingsplan-gottsundaomradet-2021-2030/")) {
            page(address);
        }
        for (int n = 1; n <= 6; n++) {
            Document recommendation = page(AUDIT + "rekommendation-" + n + "/");
            assertEquals("Rekommendation " + n, recommendation.selectFirst("h1").text());
        }
        assertFalse(Files.exists(site.resolve(AUDIT + "rekommendation-7/index.html")));
        assertEquals(htmlFiles().size(), result.pages());
    }

    /** No sentence of the source document may be lost: every paragraph of the seed is on some page. */
    @Test
    void everyParagraphOfTheSeedDocumentIsPublished() throws IOException {
        StringBuilder corpus = new StringBuilder();
        for (Path file : htmlFiles()) {
            Document doc = Jsoup.parse(file.toFile(), "UTF-8");
            corpus.append(doc.body().text()).append(' ');
            doc.select("time[datetime]").forEach(t -> corpus.append(t.attr("datetime")).append(' '));
        }
        String published = corpus.toString();
        String publishedLower = published.toLowerCase();
        List<String> missing = new ArrayList<>();
        for (String unit : SeedDocument.units()) {
            boolean shortLine = unit.length() <= 60;
            boolean found = published.contains(unit) || (shortLine && publishedLower.contains(unit.toLowerCase()));
            if (!found) {
                missing.add(unit);
            }
        }
        assertTrue(SeedDocument.units().size() > 60, "the seed was split into too few units to mean anything");
        assertEquals(List.of(), missing, "seed text not found anywhere in the site");
    }

    @Test
    void statementsThatAreReferredToButNotPublishedAreNeverBrokenLinks() throws IOException {
        Document recommendation = page(AUDIT + "rekommendation-3/");
        Element answer = recommendation.getElementById("svar-kommunstyrelsen");
        assertNotNull(answer, "the answer has a stable anchor");
        String text = answer.text();
        assertTrue(text.contains("Hänvisar till yttranden från Socialnämnden: Ej publicerat"), text);
        assertTrue(text.contains("Utbildningsnämnden: Ej publicerat"), text);

        Document audit = page(AUDIT);
        Element socialRow = audit.select("table.slots tr").stream()
                .filter(tr -> tr.text().startsWith("Socialnämnden")).findFirst().orElseThrow();
        assertTrue(socialRow.text().contains("Ej publicerat"));
        assertEquals(1, socialRow.select("a").size(), "only the organisation is linked, not the missing statement");
        assertEquals("/organisationer/socialnamnden/", socialRow.selectFirst("a").attr("href"));
    }

    @Test
    void datesInRunningTextAreSwedishAndMachineReadable() throws IOException {
        Document caseFile = page("arenden/ksn-2023-00442/");
        Element date = caseFile.selectFirst("time[datetime=2023-03-27]");
        assertNotNull(date);
        assertEquals("27 mars 2023", date.text());
        Document audit = page(AUDIT);
        assertTrue(audit.select("time").eachText().containsAll(List.of("28 april 2023", "11 maj 2023")));
    }

    @Test
    void theAuditShowsQuestionsDeadlineExtensionAndWhatTheSourceDoesNotState() throws IOException {
        Document audit = page(AUDIT);
        String text = audit.text();
        assertTrue(text.contains("Granskningen bygger på 5 revisionsfrågor."));
        Elements tally = audit.select("section[aria-labelledby=h-questions] tbody tr");
        assertEquals(List.of("Uppfylld 2", "Delvis uppfylld 3"), tally.eachText());
        assertTrue(text.contains("Kommunstyrelsen: 11 maj 2023"), "the extension names who got it");
        assertEquals(6, audit.select("section.recommendation").size());
        assertTrue(audit.select("section.recommendation").first().text()
                .contains("Underlaget anger inte vilken av de granskade nämnderna och bolagen rekommendationen riktas till."));
        assertTrue(audit.selectFirst("dl.facts").text().contains("Datum anges inte i underlaget"));
    }

    @Test
    void aRecommendationPageShowsItsAnswersAndStatus() throws IOException {
        Document recommendation = page(AUDIT + "rekommendation-1/");
        Element status = recommendation.selectFirst("table.status-table");
        assertEquals("Kommunstyrelsen", status.selectFirst("tbody th").text());
        assertTrue(status.text().contains("Pågående"), "implementation status is written out in words");
        Element answer = recommendation.getElementById("svar-kommunstyrelsen");
        assertTrue(answer.text().contains("Hållbarhetsavdelningen på kommunledningskontoret"));
        assertEquals("/granskningar/krn-2022-00009/yttranden/kommunstyrelsen/",
                answer.selectFirst("p.source a").attr("href"));
    }

    @Test
    void theStatementQuotesEachRecommendationInBoldAndAnchorsEachAnswer() throws IOException {
        Document statement = page(AUDIT + "yttranden/kommunstyrelsen/");
        for (int n = 1; n <= 6; n++) {
            Element section = statement.getElementById("rekommendation-" + n);
            assertNotNull(section, "answer " + n + " has an anchor on the statement page");
            assertFalse(section.select("p.quote strong").text().isEmpty());
        }
        assertTrue(statement.text().contains("Erik Pelling Ordförande"));
        assertTrue(statement.text().contains("Ert dnr KRN-2022-00009"));
    }

    @Test
    void theCaseFileLinksItsDecisionBasisToTheAttachments() throws IOException {
        Document caseFile = page("arenden/ksn-2023-00442/");
        Map<String, String> basis = new HashMap<>();
        for (Element item : caseFile.select("section[aria-labelledby=h-basis] li")) {
            Element link = item.selectFirst("a");
            basis.put(item.text(), link == null ? null : link.attr("href"));
        }
        assertNull(basis.get("Tjänsteskrivelse daterad 27 mars 2023"));
        assertEquals("/granskningar/krn-2022-00009/yttranden/kommunstyrelsen/", basis.get("Bilaga 1, yttrande till kommunrevisionen"));
        assertEquals("/granskningar/krn-2022-00009/", basis.get("Bilaga 2, kommunrevisionens granskningsrapport"));
        assertEquals(List.of("Ärendet", "Beredning", "Föredragning", "Ekonomiska konsekvenser"),
                caseFile.select("div.sections h2").eachText());
    }

    @Test
    void theDistrictPageListsAuditsRecommendationsStatementsFollowUpsAndDocuments() throws IOException {
        Document district = page("stadsdelar/gottsunda/");
        assertEquals(6, district.select("table.recommendation-status tbody th[scope=row]").size());
        assertTrue(district.text().contains("Första uppföljningsrapporten av Handlingsplan för Gottsundaområdet 2021–2030"));
        assertTrue(district.select("section[aria-labelledby=h-documents] a").eachText()
                .contains("Handlingsplan för Gottsundaområdet 2021–2030"));
        assertTrue(district.select("a[href=/stadsdelar/valsatra/]").size() > 0, "neighbouring district is linked");
        assertEquals(List.of("Handlingsplan för Gottsundaområdet 2021–2030", "Mål och budget 2022 med plan för 2023–2024",
                "Program för trygghet, säkerhet och brottsförebyggande arbete"),
                district.select("section[aria-labelledby=h-documents] li a").eachText(), "governing documents in Swedish order");
    }

    @Test
    void listsSortBySwedishCollation() throws IOException {
        Document organisations = page("organisationer/");
        assertEquals(List.of("Kommunledningskontoret", "Kommunrevisionen", "Kommunstyrelsen", "Socialnämnden", "Uppsalahem",
                "Utbildningsnämnden"), organisations.select("ul.items > li > a").eachText());
    }

    @Test
    void everyPageIsSwedishWithAUniqueTitleLandmarksSkipLinkAndCanonicalAddress() throws IOException {
        Set<String> titles = new HashSet<>();
        for (Path file : htmlFiles()) {
            Document doc = Jsoup.parse(file.toFile(), "UTF-8");
            String name = site.relativize(file).toString();
            assertEquals("sv", doc.selectFirst("html").attr("lang"), name);
            assertTrue(titles.add(doc.title()), "duplicate title " + doc.title() + " on " + name);
            assertEquals(1, doc.select("main#main").size(), name);
            assertEquals(1, doc.select("h1").size(), name);
            Element skip = doc.body().child(0);
            assertEquals("#main", skip.attr("href"), "the skip link comes first on " + name);
            assertTrue(doc.selectFirst("link[rel=canonical]").attr("href").startsWith("https://insyn.example.se/"), name);
            assertTrue(doc.select("script:not([type=application/ld+json])").isEmpty(), "no JavaScript needed on " + name);
            assertHeadingsInOrder(doc, name);
        }
    }

    private static void assertHeadingsInOrder(Document doc, String name) {
        int previous = 0;
        for (Element heading : doc.select("h1, h2, h3, h4, h5, h6")) {
            int level = Integer.parseInt(heading.tagName().substring(1));
            assertTrue(level <= previous + 1, "heading " + heading.tagName() + " '" + heading.text() + "' skips a level on " + name);
            previous = level;
        }
    }

    @Test
    void everyInternalLinkAndAnchorOfTheBuiltSiteResolves() throws IOException {
        int checked = 0;
        for (Path file : htmlFiles()) {
            Document doc = Jsoup.parse(file.toFile(), "UTF-8");
            for (Element a : doc.select("a[href], link[href]:not([rel=canonical])")) {
                String href = a.attr("href");
                if (href.matches("[a-zA-Z][a-zA-Z0-9+.-]*:.*")) {
                    continue; // mailto: and links to other sites (e.g. Digg's report form) are not pages of this site
                }
                String path = href.contains("#") ? href.substring(0, href.indexOf('#')) : href;
                Path target = path.isEmpty() ? file : site.resolve(path.substring(1));
                if (Files.isDirectory(target)) {
                    target = target.resolve("index.html");
                }
                assertTrue(Files.isRegularFile(target), href + " on " + site.relativize(file));
                if (href.contains("#")) {
                    String id = href.substring(href.indexOf('#') + 1);
                    assertNotNull(Jsoup.parse(target.toFile(), "UTF-8").getElementById(id), href + " on " + site.relativize(file));
                }
                checked++;
            }
        }
        assertTrue(checked > 500, "only " + checked + " links checked");
    }

    @Test
    void theBuildLeavesNoStagingFolderAndMarksTheSite() throws IOException {
        assertTrue(Files.exists(site.resolve(".insyn-site")));
        try (Stream<Path> siblings = Files.list(temp)) {
            assertEquals(Set.of(".site.inputs", ".site.pages"), siblings.map(p -> p.getFileName().toString()).filter(name -> name.startsWith("."))
                    .collect(Collectors.toSet()), "no staging or previous folder is left behind; only the records of the inputs' hashes and of the pages");
        }
        assertTrue(Files.readString(site.resolve("css/insyn.css"), StandardCharsets.UTF_8).contains("@media print"));
    }
}
