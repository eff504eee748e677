package se.insyn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Inputs found in review that once crashed, lost text or made two outputs collide. */
class EdgeCasesTest {
    private static final String STATEMENT = "arenden/ksn-2023-00442/bilaga-1-yttrande.md";

    @TempDir
    Path temp;
    Path content;
    Path site;

    @BeforeEach
    void copy() {
        content = TestSites.copyContent(temp);
        site = temp.resolve("site");
    }

    private TestSites.Run failsWith(String where, String words) {
        TestSites.Run run = TestSites.build(content, site);
        assertEquals(1, run.exitCode(), run::describe);
        assertTrue(run.err().contains(where) && run.err().contains(words), run::describe);
        assertFalse(run.err().contains("Exception"), run::describe);
        assertFalse(Files.exists(site), "nothing written");
        return run;
    }

    /** content -> /data/insyn: a content folder given as a link builds the site of the folder it leads to, and a rebuild sees an edit there. */
    @Test
    void aContentFolderThatIsALinkIsBuiltFromWhereItLeads() throws IOException {
        Path link = Files.createSymbolicLink(temp.resolve("lank"), content);
        TestSites.Run first = TestSites.build(link, site);
        assertEquals(0, first.exitCode(), first::describe);
        assertTrue(Files.isRegularFile(site.resolve("granskningar/krn-2022-00009/index.html")), first::describe);
        TestSites.edit(content.resolve("granskningar/krn-2022-00009.md"), text -> text.replaceFirst("(?m)^title: ", "title: Ändrad "));
        TestSites.Run second = TestSites.build(link, site);
        assertEquals(0, second.exitCode(), second::describe);
        assertTrue(Files.readString(site.resolve("granskningar/krn-2022-00009/index.html")).contains("<h1>Ändrad "), second::describe);
    }

    @Test
    void anAnswerUnderRecommendationZeroIsAnErrorNotLostText() {
        TestSites.replace(content.resolve(STATEMENT), "## Rekommendation 4", "## Rekommendation 0");
        failsWith(TestSites.at(content, STATEMENT, "## Rekommendation 0") + ":", "har inget giltigt nummer");
    }

    @Test
    void aControlCharacterInAListIsReportedNotACrash() {
        TestSites.replace(content.resolve("stadsdelar/gottsunda.md"), "neighbours: [valsatra]", "neighbours: \"valsatra\\x01\"");
        failsWith("stadsdelar/gottsunda.md:6:", "styrtecken");
    }

    @Test
    void aMoveFromOutsideTheBasePathIsReportedNotACrash() {
        TestSites.replace(content.resolve("site.md"), "base_url: https://insyn.example.se/", "base_url: https://insyn.example.se/uppsala/");
        TestSites.write(content.resolve("flytt.md"), "---\ntype: moved\nfrom: /gammal/\nto: /uppsala/\ndate: 2024-01-15\n---\n");
        failsWith("flytt.md:2:", "utanför webbplatsens sökväg");
    }

    @Test
    void twoDiarienummerThatShareAnAddressAreReported() throws IOException {
        String audit = Files.readString(content.resolve("granskningar/krn-2022-00009.md"));
        TestSites.write(content.resolve("granskningar/kra-1.md"), audit.replace("dnr: KRN-2022-00009", "dnr: KRA-2022-00009"));
        TestSites.write(content.resolve("granskningar/kra-2.md"), audit.replace("dnr: KRN-2022-00009", "dnr: KRÅ-2022-00009"));
        failsWith("granskningar/kra-2.md:2:", "får samma adress som KRA-2022-00009");
    }

    @Test
    void aMoveCannotTakeTheAddressOfAFileTheSiteWrites() {
        TestSites.write(content.resolve("flytt.md"), "---\ntype: moved\nfrom: /flode.atom\nto: /\ndate: 2024-01-15\n---\n");
        failsWith("flytt.md:2:", "är en fil som webbplatsen själv skriver");
    }

    @Test
    void aFollowUpCannotReportTheSameRecommendationTwiceForOneOrganisation() {
        TestSites.write(content.resolve("uppfoljningar/dubbel.md"), """
                ---
                type: follow-up
                id: dubbel
                title: Dubbel
                date: 2024-01-15
                by: kommunstyrelsen
                entries:
                  - audit: KRN-2022-00009
                    recommendation: 1
                    organisation: kommunstyrelsen
                    implementation: pågående
                  - audit: KRN-2022-00009
                    recommendation: 1
                    organisation: kommunstyrelsen
                    implementation: genomförd
                ---
                """);
        failsWith("uppfoljningar/dubbel.md:12:", "står två gånger i uppföljningen");
    }

    @Test
    void linksThatMeanSomethingElseOnEveryPageAndIdsInTextAreDropped() throws IOException {
        TestSites.replace(content.resolve(STATEMENT), "Kommunstyrelsen yttrar sig över kommunrevisionens rekommendationer",
                "Se [grannen](../valsatra/) och <span id=\"main\">detta</span>. Kommunstyrelsen yttrar sig över kommunrevisionens rekommendationer");
        TestSites.Run run = TestSites.build(content, site);
        assertEquals(0, run.exitCode(), run::describe);
        Document page = Jsoup.parse(site.resolve("granskningar/krn-2022-00009/yttranden/kommunstyrelsen/index.html").toFile(), "UTF-8");
        assertTrue(page.text().contains("Se grannen och detta."), "the text stays");
        assertTrue(page.select("a[href=../valsatra/]").isEmpty(), "a link relative to the page is not kept");
        assertEquals(1, page.select("#main").size(), "only the layout's own main has that id");
    }
}
