package se.insyn.workflow;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.insyn.TestSites.replace;
import static se.insyn.TestSites.snapshot;
import static se.insyn.workflow.Workflow.AUDIT;
import static se.insyn.workflow.Workflow.REGISTER;
import static se.insyn.workflow.Workflow.STATEMENT;
import static se.insyn.workflow.Workflow.assertSameFiles;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import se.insyn.TestSites;
import se.insyn.TestSites.Run;

/**
 * The privacy guard end to end through {@code insyn build}: a personnummer or samordningsnummer anywhere
 * in a content file (body or front matter) stops the build with exit code 1, naming file and line and
 * never repeating the number whole, and leaves the published site and the register as they were. A
 * reviewed exception on the line above lets exactly that number through. Diarienummer, dates and
 * numbers that fail the check digit do not trip it.
 */
class PrivacyBuildTest {
    private static final String STATEMENT_PAGE = "granskningar/krn-2022-00009/yttranden/kommunstyrelsen/index.html";
    /** Where a new paragraph goes into the statement's body: at the start of its answer to recommendation 3. */
    private static final String ANSWER_3 = "## Rekommendation 3\n\n";

    @TempDir
    Path temp;

    private Path content;
    private Path site;
    private Map<String, String> publishedSite;
    private byte[] publishedRegister;

    @BeforeEach
    void publishTheRealContent() throws IOException {
        content = TestSites.copyContent(temp);
        site = temp.resolve("site");
        Run run = TestSites.build(content, site);
        assertEquals(0, run.exitCode(), run::describe);
        publishedSite = snapshot(site);
        publishedRegister = Files.readAllBytes(temp.resolve(REGISTER));
    }

    private void addToTheStatementBody(String paragraph) {
        replace(content.resolve(STATEMENT), ANSWER_3, ANSWER_3 + paragraph + "\n\n");
    }

    // ---------------------------------------------------------------- numbers that stop the build

    @ParameterizedTest(name = "{0} ({1})")
    @CsvSource({
        "19121212-1212, ett personnummer",
        "121212-1212, ett personnummer",
        "1212121212, ett personnummer",
        "191212121212, ett personnummer",
        "121212+1212, ett personnummer",
        "811218-9876, ett personnummer",
        "701063-2391, ett samordningsnummer",
        "19701063-2391, ett samordningsnummer",
        "7010632391, ett samordningsnummer"})
    void aNumberInAStatementBodyStopsTheBuildNamingFileAndLine(String number, String what) {
        addToTheStatementBody("Enligt en anmälan från " + number + " har frågan lyfts.");
        String where = Workflow.at(content, STATEMENT, "Enligt en anmälan från");
        Run run = assertRejected();
        String masked = number.substring(0, number.length() - 4) + "****";
        List<String> lines = run.err().lines().toList();
        assertAll(
                () -> assertEquals(2, lines.size(), "one problem and the summary\n" + run.describe()),
                () -> assertTrue(lines.get(0).startsWith(where + ": " + what + " (" + masked + ") får inte publiceras – "),
                        where + "\n" + run.describe()),
                () -> assertTrue(lines.get(0).contains("<!-- insyn:tillåt-personnummer"), "says how to allow a reviewed number\n"
                        + run.describe()),
                () -> assertTrue(lines.get(1).startsWith("1 fel – inget skrevs"), run::describe),
                () -> assertFalse(run.err().replace("tillåt-personnummer " + number, "").contains(number),
                        "the number is never repeated whole, except in the exception to copy\n" + run.describe()));
    }

    @Test
    void aNumberInAFrontMatterFieldIsCaughtToo() {
        replace(content.resolve(STATEMENT), "officer: Ida Wiking\n", "officer: Ida Wiking 19121212-1212\n");
        String where = Workflow.at(content, STATEMENT, "officer: Ida Wiking");
        Run run = assertRejected();
        assertTrue(run.err().startsWith(where + ": ett personnummer (19121212-****) får inte publiceras"), where + "\n" + run.describe());
    }

    @Test
    void aNumberInANestedFrontMatterTextOfTheAuditIsCaught() {
        replace(content.resolve(AUDIT), "      Stärk samverkan och det trygghetsskapande arbetet",
                "      Stärk (ärende 701063-2391) samverkan och det trygghetsskapande arbetet");
        String where = Workflow.at(content, AUDIT, "ärende 701063-2391");
        Run run = assertRejected();
        assertTrue(run.err().startsWith(where + ": ett samordningsnummer (701063-****) får inte publiceras"), where + "\n" + run.describe());
    }

    @Test
    void everyNumberInEveryFileIsListedInOneRun() {
        addToTheStatementBody("Sökande 19121212-1212.");
        replace(content.resolve(AUDIT), "performed_by: PwC\n", "performed_by: PwC 811218-9876\n");
        Run run = assertRejected();
        List<String> lines = run.err().lines().toList();
        assertEquals(3, lines.size(), run::describe);
        assertTrue(lines.get(0).startsWith(Workflow.at(content, STATEMENT, "Sökande 19121212-1212") + ": ")
                || lines.get(0).startsWith(Workflow.at(content, AUDIT, "performed_by: PwC") + ": "), run::describe);
        assertTrue(run.err().contains(Workflow.at(content, STATEMENT, "Sökande 19121212-1212") + ": ett personnummer"), run::describe);
        assertTrue(run.err().contains(Workflow.at(content, AUDIT, "performed_by: PwC") + ": ett personnummer (811218-****)"), run::describe);
        assertTrue(lines.get(2).startsWith("2 fel – inget skrevs"), run::describe);
    }

    // ---------------------------------------------------------------- the reviewed exception

    @Test
    void aReviewedExceptionOnTheLineAboveLetsTheNumberBePublished() throws IOException {
        addToTheStatementBody("<!-- insyn:tillåt-personnummer 19121212-1212 -->\nFöreningen med organisationsnummer 19121212-1212 deltar.");
        Run run = TestSites.build(content, site);
        assertEquals(0, run.exitCode(), run::describe);
        String page = Files.readString(site.resolve(STATEMENT_PAGE), StandardCharsets.UTF_8);
        String text = Jsoup.parse(page).select("main").text();
        assertTrue(text.contains("Föreningen med organisationsnummer 19121212-1212 deltar."), "the allowed text is published\n" + text);
        assertFalse(text.contains("insyn:tillåt-personnummer"), "the review comment is not shown\n" + text);
    }

    @Test
    void aReviewedExceptionInTheFrontMatterIsAYamlComment() throws IOException {
        replace(content.resolve(STATEMENT), "officer: Ida Wiking\n",
                "officer: Ida Wiking 19121212-1212 # insyn:tillåt-personnummer 19121212-1212\n");
        Run run = TestSites.build(content, site);
        assertEquals(0, run.exitCode(), run::describe);
        String page = Files.readString(site.resolve(STATEMENT_PAGE), StandardCharsets.UTF_8);
        assertTrue(page.contains("Ida Wiking 19121212-1212"), "the allowed value is published");
        assertFalse(page.contains("insyn:tillåt-personnummer"), "the comment is not");
    }

    @Test
    void anExceptionForAnotherNumberDoesNotAllowThisOne() {
        addToTheStatementBody("<!-- insyn:tillåt-personnummer 19121212-1212 -->\nSökande 811218-9876.");
        Run run = assertRejected();
        assertTrue(run.err().startsWith(Workflow.at(content, STATEMENT, "Sökande 811218-9876") + ": ett personnummer (811218-****)"),
                run::describe);
    }

    @Test
    void anExceptionThatDoesNotStandNextToTheNumberDoesNotAllowIt() {
        addToTheStatementBody("<!-- insyn:tillåt-personnummer 19121212-1212 -->\n\nSökande 19121212-1212.");
        Run run = assertRejected();
        assertTrue(run.err().startsWith(Workflow.at(content, STATEMENT, "Sökande 19121212-1212") + ": ett personnummer"), run::describe);
    }

    // ---------------------------------------------------------------- what is not a personnummer

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"KSN-2023-00442", "KRN-2022-00009", "dnr KS-2023-001212", "2023-03-27", "20230327", "27 mars 2023",
        "2021-2030", "121212-1213", "19121212-1213", "701063-2392", "131312-1212", "121232-1214", "701093-2391", "120012-1212",
        "018-727 00 00", "1234567890123", "uppdrag 2.8"})
    void diarienummerDatesAndNumbersThatFailTheCheckDoNotStopTheBuild(String text) throws IOException {
        addToTheStatementBody("Se " + text + " i underlaget.");
        Run run = TestSites.build(content, site);
        assertEquals(0, run.exitCode(), run::describe);
        assertFalse(run.err().contains("personnummer") || run.err().contains("samordningsnummer"), run::describe);
        String page = Jsoup.parse(Files.readString(site.resolve(STATEMENT_PAGE), StandardCharsets.UTF_8)).text();
        assertTrue(page.contains("Se " + text + " i underlaget."), "the text is published as written");
    }

    @Test
    void privateContactDetailsAreWarningsThatDoNotStopTheBuild() {
        addToTheStatementBody("Kontakt: anna.andersson@gmail.com eller 070-123 45 67.");
        Run run = TestSites.build(content, site);
        assertEquals(0, run.exitCode(), run::describe);
        String where = Workflow.at(content, STATEMENT, "anna.andersson@gmail.com");
        assertTrue(run.err().contains(where + ": varning: privat e-postadress anna.andersson@gmail.com"), run::describe);
        assertTrue(run.err().contains(where + ": varning: mobilnummer 070-123 45 67"), run::describe);
        // Before the audit's deadlines the contact details are the only warnings, so they alone fail a strict check.
        Run strict = TestSites.run("check", "--content", content.toString(), "--strict", "--date", "2023-01-01");
        assertEquals(1, strict.exitCode(), strict::describe);
    }

    // ---------------------------------------------------------------- check and preview

    @Test
    void checkReportsTheNumberTooAndWritesNothing() {
        addToTheStatementBody("Sökande 19121212-1212.");
        Map<String, String> before = snapshot(temp);
        Run run = TestSites.run("check", "--content", content.toString());
        assertEquals(1, run.exitCode(), run::describe);
        assertTrue(run.out().contains("  " + Workflow.at(content, STATEMENT, "Sökande 19121212-1212")
                + ": ett personnummer (19121212-****) får inte publiceras"), run::describe);
        assertFalse(run.out().replace("tillåt-personnummer 19121212-1212", "").contains("19121212-1212"), run::describe);
        assertSameFiles(before, snapshot(temp), "the folder holding content, site and register");
    }

    @Test
    void thePreviewShowsTheErrorWithoutTheNumber() throws IOException {
        addToTheStatementBody("Sökande 19121212-1212.");
        String where = Workflow.at(content, STATEMENT, "Sökande 19121212-1212");
        try (Workflow.Preview preview = new Workflow.Preview(content, null)) {
            Workflow.Response page = preview.get("granskningar/krn-2022-00009/yttranden/kommunstyrelsen/");
            assertEquals(500, page.status(), page::toString);
            String text = Jsoup.parse(page.body()).text();
            assertTrue(text.contains(where + " ett personnummer (19121212-****) får inte publiceras"), text);
            assertFalse(text.replace("tillåt-personnummer 19121212-1212", "").contains("19121212-1212"), text);
        }
    }

    // ---------------------------------------------------------------- helpers

    /** Builds again: exit 1, nothing on stdout, and the published site, the register and the content exactly as before. */
    private Run assertRejected() {
        Map<String, String> contentBefore = snapshot(content);
        Run run = TestSites.build(content, site);
        assertAll(
                () -> assertEquals(1, run.exitCode(), run::describe),
                () -> assertEquals("", run.out(), run::describe),
                () -> assertSameFiles(publishedSite, snapshot(site), "the published site"),
                () -> assertEquals(new String(publishedRegister, StandardCharsets.UTF_8),
                        Files.readString(temp.resolve(REGISTER), StandardCharsets.UTF_8), "the register"),
                () -> assertSameFiles(contentBefore, snapshot(content), "the content folder"),
                () -> assertFalse(Files.exists(temp.resolve(".site.staging")), "no staging folder left"));
        return run;
    }
}
