package se.insyn.workflow;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.insyn.TestSites.replace;
import static se.insyn.workflow.Workflow.AUDIT;
import static se.insyn.workflow.Workflow.STATEMENT;
import static se.insyn.workflow.Workflow.at;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.insyn.TestSites;
import se.insyn.TestSites.Run;
import se.insyn.problem.Language;
import se.insyn.serve.PreviewSession;

/**
 * Messages in English with {@code --lang en} or an English environment, end to end in a private copy of
 * {@code content/}: the same problems at the same file and line, each with what to do, and the same exit
 * codes; Swedish, exactly as before, without either; an unknown language is a usage error.
 */
class LanguageTest {
    private static final Map<String, String> ENGLISH_LOCALE = Map.of("LANG", "en_US.UTF-8");
    private static final Map<String, String> SWEDISH_LOCALE = Map.of("LANG", "sv_SE.UTF-8");
    /** After every deadline of the real audit: three audited organisations have no published statement. */
    private static final String AFTER_DEADLINES = "2024-01-01";

    @TempDir
    Path temp;

    private Path content;

    @BeforeEach
    void copyTheRealContent() {
        content = TestSites.copyContent(temp);
    }

    /** Three mistakes the read stage finds in one run: a date that does not exist, an unknown field, a misspelt choice. */
    private void makeThreeMistakes() {
        replace(content.resolve(AUDIT), "deadline: 2023-04-28\n", "deadline: 2023-02-30\n");
        replace(content.resolve(AUDIT), "audit_plan_year: 2022\n", "audit_plan_year: 2022\nauditors: PwC\n");
        replace(content.resolve(STATEMENT), "  - recommendation: 3\n    position: hänvisar\n", "  - recommendation: 3\n    position: hanvisar\n");
    }

    private Run check(Map<String, String> environment, String... extra) {
        List<String> args = new ArrayList<>(List.of("check", "--content", content.toString()));
        args.addAll(List.of(extra));
        return TestSites.run(environment, args.toArray(String[]::new));
    }

    // ---------------------------------------------------------------- check

    @ParameterizedTest
    @ValueSource(strings = {"flag after the command", "flag before the command", "environment"})
    void checkSaysEveryProblemInEnglishWithItsFileLineAndFix(String how) {
        makeThreeMistakes();
        Run run = switch (how) {
            case "flag after the command" -> check(Map.of(), "--lang", "en");
            case "flag before the command" -> TestSites.run(Map.of(), "--lang", "en", "check", "--content", content.toString());
            default -> check(ENGLISH_LOCALE);
        };
        assertAll(
                () -> assertEquals(1, run.exitCode(), run::describe),
                () -> assertEquals(List.of(
                        "Errors (3):",
                        "  " + at(content, STATEMENT, "position: hanvisar")
                                + ": 'hanvisar' is not a valid value for 'position' – did you mean 'hänvisar'?",
                        "  " + at(content, AUDIT, "deadline: 2023-02-30")
                                + ": the date 2023-02-30 in the field 'deadline' does not exist"
                                + " – write a real date as YYYY-MM-DD, for example 2023-03-27",
                        "The content cannot be published."),
                        run.out().lines().filter(l -> !l.contains("auditors")).toList(), run::describe),
                () -> assertTrue(run.out().lines().anyMatch(l -> l.equals("  " + at(content, AUDIT, "auditors: PwC")
                        + ": unknown field 'auditors' – remove the field; fields allowed here: type, questions, question_tally, dnr, title,"
                        + " date, audit_office, performed_by, audit_plan_year, districts, audited, question_topics, overall_assessment,"
                        + " deadline, extensions, recommendations, documents, draft, publish_date, easy_read")), run::describe));
    }

    @Test
    void withoutFlagOrEnglishEnvironmentCheckSpeaksSwedishAsBefore() {
        makeThreeMistakes();
        Run unset = check(Map.of());
        Run swedish = check(SWEDISH_LOCALE);
        Run flag = check(ENGLISH_LOCALE, "--lang", "sv");
        Run posix = check(Map.of("LANG", "C.UTF-8"));
        List<String> expected = List.of(
                "Fel (3):",
                "  " + at(content, STATEMENT, "position: hanvisar") + ": 'hanvisar' är inte ett giltigt värde för 'position'"
                        + " – menade du 'hänvisar'?",
                "  " + at(content, AUDIT, "auditors: PwC") + ": okänt fält 'auditors' – ta bort fältet; tillåtna fält här: type,"
                        + " questions, question_tally, dnr, title, date, audit_office, performed_by, audit_plan_year, districts, audited,"
                        + " question_topics, overall_assessment, deadline, extensions, recommendations, documents, draft, publish_date,"
                        + " easy_read",
                "  " + at(content, AUDIT, "deadline: 2023-02-30") + ": datumet 2023-02-30 i fältet 'deadline' finns inte"
                        + " – skriv ett verkligt datum som ÅÅÅÅ-MM-DD, till exempel 2023-03-27",
                "Innehållet kan inte publiceras.");
        assertAll(
                () -> assertEquals(1, unset.exitCode(), unset::describe),
                () -> assertEquals(expected, unset.out().lines().toList(), unset::describe),
                () -> assertEquals(unset, swedish, "LANG=sv_SE.UTF-8 speaks Swedish"),
                () -> assertEquals(unset, flag, "--lang sv wins over an English environment"),
                () -> assertEquals(unset, posix, "LANG=C.UTF-8 speaks Swedish"));
    }

    @Test
    void warningsAreSaidInEnglishAndStillDoNotFail() {
        Run run = check(Map.of(), "--lang", "en", "--date", AFTER_DEADLINES);
        assertAll(
                () -> assertEquals(0, run.exitCode(), run::describe),
                () -> assertTrue(run.out().contains("Warnings (3):"), run::describe),
                () -> assertTrue(run.out().lines().anyMatch(l -> l.startsWith("  " + AUDIT + ":")
                        && l.endsWith(": warning: Socialnämnden has no published statement, although the last day (2023-04-28) has passed"
                                + " – add the statement once it has come in")), run::describe),
                () -> assertTrue(run.out().contains("No errors; the warnings do not stop the build (except with --strict)."), run::describe));
    }

    // ---------------------------------------------------------------- build

    @Test
    void aBrokenLinkInAThemeIsSaidInEnglish() {
        Path theme = temp.resolve("tema");
        TestSites.write(theme.resolve("templates/404.ftlh"), "<#import \"layout.ftlh\" as l><@l.layout><a href=\"/saknas/\">x</a></@l.layout>");
        Run failed = TestSites.run(Map.of(), "build", "--lang", "en", "--content", content.toString(), "--output",
                temp.resolve("site").toString(), "--theme", theme.toString());
        assertAll(
                () -> assertEquals(1, failed.exitCode(), failed::describe),
                () -> assertTrue(failed.err().lines().anyMatch(l -> l.equals("404.html: broken link /saknas/: the page or file does not exist"
                        + " – correct the link in the content or in the theme's template")), failed::describe));
    }

    @Test
    void buildSaysItsProblemsAndItsSummaryInEnglish() {
        replace(content.resolve(AUDIT), "audited: [kommunstyrelsen, socialnamnden, utbildningsnamnden, uppsalahem]",
                "audited: [kommunstyrelsen, socialnamden]");
        Path site = temp.resolve("site");
        Run failed = TestSites.run(Map.of(), "build", "--lang", "en", "--content", content.toString(), "--output", site.toString());
        assertAll(
                () -> assertEquals(1, failed.exitCode(), failed::describe),
                () -> assertEquals(List.of(at(content, AUDIT, "type: audit") + ": unknown organisation 'socialnamden'"
                                + " – did you mean 'socialnamnden'?", "1 error – nothing was written; the site in " + site + " is unchanged."),
                        failed.err().lines().toList(), failed::describe),
                () -> assertFalse(Files.exists(site), "nothing was written"));

        replace(content.resolve(AUDIT), "audited: [kommunstyrelsen, socialnamden]",
                "audited: [kommunstyrelsen, socialnamnden, utbildningsnamnden, uppsalahem]");
        Run built = TestSites.run(ENGLISH_LOCALE, "build", "--content", content.toString(), "--output", site.toString(),
                "--date", AFTER_DEADLINES);
        assertAll(
                () -> assertEquals(0, built.exitCode(), built::describe),
                () -> assertTrue(built.out().startsWith("Done: "), built::describe),
                () -> assertTrue(built.out().strip().endsWith(" MB), 3 warnings"), built::describe),
                () -> assertEquals(3, built.err().lines().filter(l -> l.contains(": warning: ")).count(), built::describe));
    }

    // ---------------------------------------------------------------- usage, help and the other commands

    @Test
    void anUnknownLanguageIsAUsageErrorThatNamesTheLanguagesThereAre() {
        Run swedish = TestSites.run(Map.of(), "check", "--lang", "de", "--content", content.toString());
        Run english = TestSites.run(ENGLISH_LOCALE, "--lang", "de", "check", "--content", content.toString());
        assertAll(
                () -> assertEquals(2, swedish.exitCode(), swedish::describe),
                () -> assertTrue(swedish.err().contains("okänt språk 'de'; skriv --lang sv (svenska) eller --lang en (engelska)"),
                        swedish::describe),
                () -> assertEquals(2, english.exitCode(), english::describe),
                () -> assertTrue(english.err().contains("unknown language 'de'; write --lang sv (Swedish) or --lang en (English)"),
                        english::describe),
                () -> assertTrue(english.err().contains("Exit codes:"), "the usage that follows is in English too\n" + english.describe()));
    }

    @Test
    void helpIsInEnglish() {
        Run top = TestSites.run(ENGLISH_LOCALE, "--help");
        Run build = TestSites.run(Map.of(), "--lang", "en", "build", "--help");
        assertAll(
                () -> assertEquals(0, top.exitCode(), top::describe),
                () -> assertTrue(top.out().contains("Builds an accessible website of audits, statements and follow-ups."), top::describe),
                () -> assertTrue(top.out().contains("1   the content or the theme has errors (nothing was written)"), top::describe),
                () -> assertTrue(top.out().contains("--lang=sv|en"), top::describe),
                () -> assertEquals(0, build.exitCode(), build::describe),
                () -> assertTrue(build.out().contains("Builds the site from the content folder."), build::describe),
                () -> assertTrue(build.out().contains("-o, --output=FOLDER"), build::describe),
                () -> assertTrue(build.out().contains("the folder the site is written to (default: site)"), build::describe),
                () -> assertFalse(build.out().contains("MAPP"), build::describe));
    }

    @Test
    void newWritesSwedishContentWithNotesAndMessagesInEnglish() throws IOException {
        Run run = TestSites.run(Map.of(), "new", "statement", "--lang", "en", "--answers", "KRN-2022-00009", "--by", "socialnamnden",
                "--content", content.toString());
        Path file = content.resolve("yttranden/krn-2022-00009-socialnamnden.md");
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertAll(
                () -> assertEquals(0, run.exitCode(), run::describe),
                () -> assertEquals("Created " + file + " (a draft: fill in what is marked FYLL I and remove the line draft: true"
                        + " when the record is to be published)", run.out().strip()),
                () -> assertTrue(text.contains("<!-- The audit does not say whom each recommendation is addressed to"), text),
                () -> assertTrue(text.contains("<!-- The recommendation: "), text),
                () -> assertTrue(text.contains("## Rekommendation 1\n"), "the content format stays Swedish\n" + text));

        Run again = TestSites.run(ENGLISH_LOCALE, "new", "organisation", "--id", "Kultur", "--content", content.toString());
        assertEquals(2, again.exitCode(), again::describe);
        assertTrue(again.err().contains("'Kultur' is not a valid identifier; use a–z, 0–9 and hyphens"), again::describe);
    }

    @Test
    void sampleAndPreviewSpeakEnglish() throws IOException {
        Run sample = TestSites.run(Map.of(), "sample", "--lang", "en", "--cases", "0", "--output", temp.resolve("sample").toString());
        assertEquals(2, sample.exitCode(), sample::describe);
        assertTrue(sample.err().startsWith("the number of cases must be between 1 and "), sample::describe);

        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        try (PreviewSession session = new PreviewSession(content, null, 0, LocalDate.parse(AFTER_DEADLINES),
                new PrintWriter(out, true), new PrintWriter(err, true), Language.ENGLISH)) {
            session.start();
        }
        assertTrue(out.toString().matches("Ready: \\d+ pages in \\d+ ms, 3 warnings; each page is made when it is shown\\R"), out + "\n" + err);
    }
}
