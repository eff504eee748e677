package se.insyn.a11y;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.insyn.TestSites;
import se.insyn.TestSites.Run;

/**
 * The record types {@code term} and {@code accessibility} and the field {@code easy_read}: what their
 * pages show, and the precise messages a communicator gets for each mistake.
 */
class HelpRecordsTest {
    @TempDir
    Path temp;

    private Path content() {
        Path content = TestSites.copyContent(temp);
        TestSites.write(temp.resolve("register.txt"), "");
        return content;
    }

    private Run build(Path content) {
        return TestSites.run("build", "--content", content.toString(), "--output", temp.resolve("site").toString(),
                "--register", temp.resolve("register.txt").toString());
    }

    private Document page(String address) throws IOException {
        return Jsoup.parse(temp.resolve("site").resolve(address + "index.html").toFile(), "UTF-8");
    }

    @Test
    void theStatementGroupsKnownGapsAsDiggDoesWithCriteriaAndPlannedFixes() throws IOException {
        Path content = content();
        TestSites.write(content.resolve("tillganglighet.md"), """
                ---
                type: accessibility
                organisation: Uppsala kommun
                service: Insyn Uppsala
                compliance: delvis
                gaps:
                  - text: Kontrasten i tabellhuvuden är för låg.
                    reason: brist
                    criteria: [1.4.3, 1.4.11]
                    fix_by: 2027-03-31
                  - text: Gamla protokoll som bilder.
                    reason: oskälig börda
                  - text: Kartor från en annan myndighet.
                    reason: utanför lagen
                method: Extern granskning.
                assessed: 2026-10-01
                prepared: 2026-10-02
                updated: 2026-11-01
                published: 2024-01-15
                phone: 018-727 00 00
                ---
                """);
        Run run = build(content);
        assertEquals(0, run.exitCode(), run.describe());
        Document statement = page("tillganglighet/");
        assertEquals(List.of("Bristande förenlighet med lagkraven", "Oskäligt betungande anpassning",
                "Innehåll som inte omfattas av lagen"), statement.select("section[aria-labelledby=h-gaps] h3").eachText());
        String text = statement.text();
        assertTrue(text.contains("Kontrasten i tabellhuvuden är för låg. (WCAG 2.1, kriterium 1.4.3, 1.4.11) "
                + "Vi planerar att åtgärda det senast 31 mars 2027."), text);
        assertTrue(text.contains("delvis förenlig"), text);
        assertTrue(text.contains("Telefon: 018-727 00 00"), text);
        assertNull(statement.selectFirst("a[href^=mailto:]"), "no e-mail was given");
        assertEquals(List.of("2026-10-01", "2024-01-15", "2026-10-02", "2026-11-01"),
                statement.select("section[aria-labelledby=h-method] time").eachAttr("datetime"));
    }

    @Test
    void wordsAreMarkedInTextButNotInHeadingsLinksCodeOrAttributes() throws IOException {
        Path content = content();
        TestSites.write(content.resolve("stadsdelar/valsatra.md"), """
                ---
                type: district
                id: valsatra
                name: Valsätra
                description: Område nära Gottsunda.
                ---
                ## Om EST

                Läs [om EST](https://example.org/est "EST") och `EST i kod`. Sedan står EST i text, och EST igen.
                Både <span lang="en">Business Improvement District</span> och Business Improvement District (BID).
                """);
        Run run = build(content);
        assertEquals(0, run.exitCode(), run.describe());
        org.jsoup.nodes.Element main = page("stadsdelar/valsatra/").selectFirst("main");
        List<org.jsoup.nodes.Element> est = main.select("abbr").stream().filter(a -> a.text().equals("EST")).toList();
        assertEquals(1, est.size(), main.html());
        assertEquals("p", est.get(0).parent().tagName(), "the first use in running text is marked, not the heading or the link");
        assertEquals("Om EST", main.selectFirst("h2").html());
        assertEquals("om EST", main.selectFirst("a[href^=https]").html());
        assertEquals("EST", main.selectFirst("a[href^=https]").attr("title"), "attributes are never changed");
        assertEquals("EST i kod", main.selectFirst("code").html());
        assertEquals(2, main.select("span[lang=en]").size(), "the phrase already marked is not wrapped again: " + main.html());
        assertTrue(main.select("span[lang=en] span[lang=en]").isEmpty());
        assertEquals("en", main.select("abbr").stream().filter(a -> a.text().equals("BID")).findFirst().orElseThrow().attr("lang"));
    }

    @Test
    void withoutGlossaryOrStatementTheFooterDoesNotLinkThem() throws IOException {
        Path content = content();
        Files.delete(content.resolve("tillganglighet.md"));
        try (var terms = Files.list(content.resolve("ordlista"))) {
            for (Path term : terms.toList()) {
                Files.delete(term);
            }
        }
        Run run = build(content);
        assertEquals(0, run.exitCode(), run.describe());
        assertEquals(List.of("/oppna-data/"), page("").select("footer a").eachAttr("href"));
        assertTrue(page("granskningar/krn-2022-00009/").select("abbr").isEmpty(), "no glossary, nothing marked");
    }

    @Test
    void mistakesInHelpRecordsNameFileLineAndFix() {
        Path content = content();
        TestSites.write(content.resolve("ordlista/fel.md"), """
                ---
                type: term
                id: fel
                term: Fel
                abbreviation: E S T
                lang: engelska
                ---
                """);
        TestSites.write(content.resolve("ordlista/est-igen.md"), """
                ---
                type: term
                id: est-igen
                term: Något annat
                abbreviation: EST
                definition: Två förklaringar av samma förkortning.
                ---
                """);
        TestSites.write(content.resolve("tillganglighet-2.md"), """
                ---
                type: accessibility
                organisation: Uppsala kommun
                service: Insyn Uppsala
                compliance: delvis
                method: Självskattning.
                assessed: 2026-11-24
                prepared: 2026-11-24
                ---
                """);
        TestSites.write(content.resolve("stadsdelar/valsatra.md"), """
                ---
                type: district
                id: valsatra
                name: Valsätra
                easy_read: Valsätra är ett område.
                lattlast: fel namn
                ---
                """);
        Run run = build(content);
        assertEquals(1, run.exitCode(), run.describe());
        for (String expected : List.of(
                "ordlista/fel.md:6: 'engelska' är ingen språkkod",
                "ordlista/fel.md:5: förkortningen 'E S T' innehåller mellanslag",
                "ordlista/fel.md:2: fältet 'definition' saknas",
                "tillganglighet-2.md:5: webbplatsen sägs vara delvis förenlig, men inga brister anges",
                "tillganglighet-2.md:2: redogörelsen anger inte hur man lämnar synpunkter på tillgängligheten",
                "tillganglighet.md:2: det finns mer än en tillgänglighetsredogörelse (även tillganglighet-2.md)",
                "stadsdelar/valsatra.md:6: okänt fält 'lattlast'")) {
            assertTrue(run.err().contains(expected), "missing '" + expected + "' in\n" + run.err());
        }
    }

    @Test
    void twoEntriesForOneAbbreviationAreAnError() {
        Path content = content();
        TestSites.write(content.resolve("ordlista/est-igen.md"), """
                ---
                type: term
                id: est-igen
                term: Något annat
                abbreviation: EST
                definition: Två förklaringar av samma förkortning.
                ---
                """);
        Run run = build(content);
        assertEquals(1, run.exitCode(), run.describe());
        assertTrue(run.err().contains("förkortningen 'EST' finns redan i ordlista/"), run.err());
    }
}
