package se.insyn.workflow;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.insyn.TestSites.write;
import static se.insyn.workflow.Workflow.REGISTER;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.insyn.TestSites;
import se.insyn.TestSites.Run;

/**
 * Drafts ({@code draft: true}) and embargoed records (a {@code publish_date} in the future) leak
 * nowhere in a public build: not in any page, feed, open-data file, sitemap or redirect map, and not in
 * the register of published addresses. The preview shows them, marked as drafts.
 */
class DraftsTest {
    /** A word that occurs only in the unpublished records. */
    private static final String MARKER = "Hemlighetsmarkor4711";
    private static final String DRAFT_STATEMENT_FILE = "yttranden/krn-2022-00009-socialnamnden.md";
    private static final String DRAFT_STATEMENT_PAGE = "granskningar/krn-2022-00009/yttranden/socialnamnden/";
    private static final String EMBARGO_ID = "embargouppfoljning-4711";
    private static final String DRAFT_DISTRICT_ID = "utkaststadsdel-4711";

    @TempDir
    Path temp;

    private Path content;
    private Path site;

    @BeforeEach
    void addDraftsToACopyOfTheRealContent() {
        content = TestSites.copyContent(temp);
        site = temp.resolve("site");
        write(content.resolve(DRAFT_STATEMENT_FILE), """
                ---
                type: statement
                draft: true
                audit: KRN-2022-00009
                by: socialnamnden
                title: Socialnämndens yttrande %1$s
                date: 2023-04-20
                answers:
                  - recommendation: 3
                    position: instämmer
                    implementation: pågående
                signatories:
                  - name: Anna %1$s
                    title: Ordförande
                ---
                Socialnämnden yttrar sig (%1$s).

                ## Rekommendation 3

                Socialnämnden instämmer och arbetar med %1$s på sociala medier.

                ## Rekommendation 6

                Rollen förtydligas (%1$s).
                """.formatted(MARKER));
        write(content.resolve("uppfoljningar/" + EMBARGO_ID + ".md"), """
                ---
                type: follow-up
                id: %2$s
                publish_date: 2999-01-01
                title: Uppföljning %1$s
                date: 2024-02-01
                by: kommunstyrelsen
                source: Kommunstyrelsens beslut %1$s
                districts: [gottsunda]
                documents: [handlingsplan-gottsundaomradet-2021-2030]
                entries:
                  - audit: KRN-2022-00009
                    recommendation: 1
                    organisation: kommunstyrelsen
                    implementation: genomförd
                    text: Översynen är klar (%1$s).
                ---
                Embargo till år 2999 (%1$s).
                """.formatted(MARKER, EMBARGO_ID));
        write(content.resolve("stadsdelar/" + DRAFT_DISTRICT_ID + ".md"), """
                ---
                type: district
                draft: true
                id: %2$s
                name: Stadsdel %1$s
                description: Beskrivning %1$s
                neighbours: [gottsunda]
                ---
                Text om stadsdelen (%1$s).
                """.formatted(MARKER, DRAFT_DISTRICT_ID));
    }

    @Test
    void draftsAndEmbargoedRecordsAppearInNoFileOfThePublicBuild() throws IOException {
        Run run = TestSites.build(content, site);
        assertEquals(0, run.exitCode(), run::describe);

        Map<String, String> files = Workflow.allFiles(site);
        assertTrue(files.keySet().stream().anyMatch(f -> f.endsWith(".atom")), "feeds are among the files checked: " + files.keySet());
        assertTrue(files.keySet().stream().anyMatch(f -> f.endsWith(".json")), "open data is among the files checked");
        assertTrue(files.containsKey("sitemap.xml"), "the sitemap is among the files checked: " + files.keySet());

        List<String> secrets = List.of(MARKER, EMBARGO_ID, DRAFT_DISTRICT_ID, "2999-01-01",
                "yttranden/socialnamnden", "svar/socialnamnden", "krn-2022-00009-socialnamnden",
                "Socialnämndens yttrande");
        List<String> leaks = new ArrayList<>();
        for (Map.Entry<String, String> file : files.entrySet()) {
            for (String secret : secrets) {
                if (file.getKey().contains(secret)) {
                    leaks.add("file name " + file.getKey());
                }
                if (file.getValue().contains(secret)) {
                    leaks.add(file.getKey() + " contains '" + secret + "'");
                }
            }
        }
        assertEquals(List.of(), leaks, "no trace of a draft or an embargoed record in the published site");

        String register = Files.readString(temp.resolve(REGISTER), StandardCharsets.UTF_8);
        assertTrue(register.contains("/granskningar/krn-2022-00009/"), "the register holds the published addresses\n" + register);
        for (String secret : secrets) {
            assertFalse(register.contains(secret), "the register does not hold '" + secret + "'\n" + register);
        }
    }

    @Test
    void theAuditPageStillShowsSocialnamndensStatementAsNotPublished() throws IOException {
        Run run = TestSites.build(content, site);
        assertEquals(0, run.exitCode(), run::describe);
        Document audit = Jsoup.parse(site.resolve("granskningar/krn-2022-00009/index.html").toFile(), "UTF-8");
        Element row = statementRow(audit, "Socialnämnden");
        assertNotNull(row, "a row for Socialnämnden in the statements table\n" + audit.select("table"));
        assertEquals("Ej publicerat", row.select("td").first().text(), row::outerHtml);
        assertTrue(row.select("td a").isEmpty(), "no link to the draft statement\n" + row.outerHtml());

        // The embargoed follow-up's status (genomförd) is not the current status of recommendation 1.
        Document recommendation = Jsoup.parse(site.resolve("granskningar/krn-2022-00009/rekommendation-1/index.html").toFile(), "UTF-8");
        assertTrue(recommendation.select(".status-genomford").isEmpty(), "no status from the embargoed follow-up\n"
                + recommendation.select("main"));
        // Gottsunda does not list the draft district as its neighbour, or the embargoed follow-up.
        String gottsunda = Files.readString(site.resolve("stadsdelar/gottsunda/index.html"), StandardCharsets.UTF_8);
        assertFalse(gottsunda.contains(MARKER), gottsunda);
    }

    @Test
    void anEmbargoThatHasPassedIsPublished() throws IOException {
        TestSites.replace(content.resolve("uppfoljningar/" + EMBARGO_ID + ".md"), "publish_date: 2999-01-01", "publish_date: 2024-03-01");
        Run run = TestSites.build(content, site);
        assertEquals(0, run.exitCode(), run::describe);
        Path page = site.resolve("uppfoljningar/" + EMBARGO_ID + "/index.html");
        assertTrue(Files.isRegularFile(page), "the follow-up is published once its publish_date has come");
        String html = Files.readString(page, StandardCharsets.UTF_8);
        assertTrue(html.contains(MARKER), html);
        assertFalse(html.contains("draft-notice"), "a published page is not marked as a draft");
        // The drafts stay out.
        assertFalse(Files.exists(site.resolve(DRAFT_STATEMENT_PAGE)), "the draft statement is still not published");
        assertFalse(Files.exists(site.resolve("stadsdelar/" + DRAFT_DISTRICT_ID)), "the draft district is still not published");
    }

    @Test
    void aPublishedRecordThatNamesADraftIsAnErrorNotALeak() throws IOException {
        TestSites.replace(content.resolve("stadsdelar/gottsunda.md"), "neighbours: [valsatra]",
                "neighbours: [valsatra, " + DRAFT_DISTRICT_ID + "]");
        Run first = TestSites.build(content, site);
        assertEquals(1, first.exitCode(), first::describe);
        assertTrue(first.err().startsWith("stadsdelar/gottsunda.md:"), first::describe);
        assertTrue(first.err().contains("'" + DRAFT_DISTRICT_ID + "' är ett utkast"), first::describe);
        assertFalse(Files.exists(site), "nothing was written");
        assertFalse(first.err().contains(MARKER), "the draft's text is not repeated");
    }

    @Test
    void thePreviewShowsTheDraftsMarkedAsDrafts() throws IOException {
        try (Workflow.Preview preview = new Workflow.Preview(content, null)) {
            for (String page : List.of(DRAFT_STATEMENT_PAGE, "uppfoljningar/" + EMBARGO_ID + "/", "stadsdelar/" + DRAFT_DISTRICT_ID + "/")) {
                Workflow.Response response = preview.get(page);
                assertAll(page,
                        () -> assertEquals(200, response.status(), () -> response + "\n" + preview.console()),
                        () -> assertTrue(response.body().contains(MARKER), response::toString),
                        () -> assertTrue(Jsoup.parse(response.body()).select(".draft-notice").text().startsWith("Utkast"),
                                "marked as a draft\n" + response));
            }
            // In the preview the audit page links the draft statement instead of saying it is not published.
            Workflow.Response auditPage = preview.get("granskningar/krn-2022-00009/");
            assertEquals(200, auditPage.status(), auditPage::toString);
            Element row = statementRow(Jsoup.parse(auditPage.body()), "Socialnämnden");
            assertNotNull(row, auditPage::toString);
            assertFalse(row.select("a[href=\"/" + DRAFT_STATEMENT_PAGE + "\"]").isEmpty(), "the preview links the draft\n" + row.outerHtml());
            assertFalse(auditPage.body().contains("class=\"draft-notice\""), "the published audit is not marked as a draft");
        }
    }

    /** The row of the statements table (organisation in its row header) for one organisation, or null. */
    private static Element statementRow(Document page, String organisation) {
        for (Element row : page.select("tr")) {
            Element header = row.selectFirst("th[scope=row]");
            if (header != null && header.text().equals(organisation) && !row.select("td").isEmpty()) {
                return row;
            }
        }
        return null;
    }
}
