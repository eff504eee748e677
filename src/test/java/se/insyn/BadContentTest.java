package se.insyn;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static se.insyn.TestSites.build;
import static se.insyn.TestSites.replace;
import static se.insyn.TestSites.snapshot;
import static se.insyn.TestSites.write;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.insyn.TestSites.Run;
import se.insyn.load.ContentLoader;
import se.insyn.read.ContentReader;

/**
 * The bad-content contract: whatever is wrong with the content or the theme, {@code insyn build}
 * exits with 1, names every problem as {@code file:line: message} (file relative to the content
 * folder, forward slashes), leaves the previously published site byte for byte as it was, and never
 * touches the content folder. Each test first publishes the real content, then breaks a copy of it in
 * one way and builds again into the same output folder.
 */
class BadContentTest {
    private static final String AUDIT = "granskningar/krn-2022-00009.md";
    private static final String STATEMENT = "arenden/ksn-2023-00442/bilaga-1-yttrande.md";
    private static final String FOLLOW_UP = "uppfoljningar/2023-03-08-handlingsplan-gottsunda.md";
    private static final String GOTTSUNDA = "stadsdelar/gottsunda.md";
    private static final String VALSATRA = "stadsdelar/valsatra.md";
    private static final Pattern SUMMARY = Pattern.compile("(?m)^(\\d+) fel – inget skrevs; webbplatsen i .+ är oförändrad\\.$");

    @TempDir
    Path temp;

    private Path content;
    private Path site;
    private Map<String, String> previousSite;
    private byte[] previousHome;
    private String previousWarnings;

    @BeforeEach
    void publishTheRealContent() throws IOException {
        content = TestSites.copyContent(temp);
        site = temp.resolve("site");
        Run run = build(content, site);
        assertEquals(0, run.exitCode(), run::describe);
        previousSite = snapshot(site);
        previousHome = Files.readAllBytes(site.resolve("index.html"));
        previousWarnings = run.err();
        assertTrue(previousSite.size() > 10, "the previous site has its pages");
    }

    // ---------------------------------------------------------------- 1. missing required field

    @Test
    void missingTitleOfTheAuditIsReportedAtTheLineOfItsMapping() {
        replace(file(AUDIT), "title: Granskning av kommunens arbete med trygghetsskapande åtgärder\n", "");
        assertRejected(problem(at(AUDIT, "type: audit"), "fältet 'title' saknas", "title: Granskning av"));
    }

    @Test
    void missingFieldInANestedGroupIsReportedAtTheLineOfThatGroup() {
        replace(file(STATEMENT), "  - name: Erik Pelling\n    title: Ordförande\n", "  - title: Ordförande\n");
        assertRejected(problem(at(STATEMENT, "  - title: Ordförande"), "fältet 'name' saknas"));
    }

    @Test
    void missingKindOfAnOrganisationIsReported() {
        String organisation = "organisationer/socialnamnden.md";
        replace(file(organisation), "kind: nämnd\n", "");
        assertRejected(problem(at(organisation, "type: organisation"), "fältet 'kind' saknas"));
    }

    // ---------------------------------------------------------------- 2. unknown organisation

    @Test
    void misspeltOrganisationIsReportedWithTheLikelyIntendedOne() {
        replace(file(AUDIT), "audited: [kommunstyrelsen, socialnamnden, utbildningsnamnden, uppsalahem]",
                "audited: [kommunstyrelsen, socialnamden]");
        // References are checked per record, so the line is the audit's own (its mapping), not the line of 'audited'.
        assertRejected(problem(at(AUDIT, "type: audit"), "okänd organisation 'socialnamden'", "menade du 'socialnamnden'?"));
    }

    // ---------------------------------------------------------------- 3. answer to a recommendation the audit lacks

    @Test
    void answerToARecommendationTheAuditDoesNotHaveIsReportedAtItsHeading() {
        replace(file(STATEMENT), "## Rekommendation 4\n", "## Rekommendation 9\n");
        assertRejected(problem(at(STATEMENT, "## Rekommendation 9"),
                "granskningen KRN-2022-00009 har ingen rekommendation 9", "[1, 2, 3, 4, 5, 6]"));
    }

    @Test
    void renumberedAnswerWithItsFrontMatterIsReportedAtItsHeading() {
        replace(file(STATEMENT), "## Rekommendation 6\n", "## Rekommendation 9\n");
        replace(file(STATEMENT), "  - recommendation: 6\n", "  - recommendation: 9\n");
        assertRejected(problem(at(STATEMENT, "## Rekommendation 9"), "granskningen KRN-2022-00009 har ingen rekommendation 9"));
    }

    @Test
    void renumberedHeadingLeavesTheFrontMatterOfTheOldNumberWithoutText() {
        // Only the heading is renamed: answers[recommendation: 6] in the front matter now has no text. The read stage
        // stops the build on that, so the link-stage problem (no recommendation 9) is not reached in this run.
        replace(file(STATEMENT), "## Rekommendation 6\n", "## Rekommendation 9\n");
        assertRejected(problem(at(STATEMENT, "  - recommendation: 6"),
                "svaret på rekommendation 6 har uppgifter i front matter men ingen text", "## Rekommendation 6"));
    }

    // ---------------------------------------------------------------- 4. duplicate identifier

    @Test
    void secondDistrictWithTheSameIdentifierNamesBothFiles() {
        String copy = "stadsdelar/sodra-gottsunda.md";
        write(file(copy), "---\ntype: district\nid: gottsunda\nname: Södra Gottsunda\n---\n");
        assertRejected(problem(at(copy, "type: district"), "stadsdelen 'gottsunda' finns redan i " + at(GOTTSUNDA, "type: district")));
    }

    // ---------------------------------------------------------------- 5. dates

    static Stream<Arguments> badDates() {
        return Stream.of(
                Arguments.of("deadline: 2023-04-28", "deadline: 2023-02-30", "datumet 2023-02-30 i fältet 'deadline' finns inte"),
                Arguments.of("deadline: 2023-04-28", "deadline: 28 april 2023",
                        "'28 april 2023' i fältet 'deadline' är inte ett datum på formen ÅÅÅÅ-MM-DD"),
                Arguments.of("deadline: 2023-04-28", "deadline: 2023-4-28",
                        "'2023-4-28' i fältet 'deadline' är inte ett datum på formen ÅÅÅÅ-MM-DD"),
                Arguments.of("until: 2023-05-11", "until: 2023-05-32", "datumet 2023-05-32 i fältet 'until' finns inte"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("badDates")
    void impossibleOrWronglyWrittenDateIsReportedAtItsLine(String from, String to, String message) {
        replace(file(AUDIT), from + "\n", to + "\n");
        assertRejected(problem(at(AUDIT, to), message, "ÅÅÅÅ-MM-DD"));
    }

    // ---------------------------------------------------------------- 6. YAML syntax

    static Stream<Arguments> yamlSyntaxErrors() {
        return Stream.of(
                Arguments.of("indented too far", "performed_by: PwC\n", "  performed_by: PwC\n", "  performed_by: PwC",
                        "mapping values are not allowed here"),
                Arguments.of("indented with a tab", "performed_by: PwC\n", "\tperformed_by: PwC\n", "\tperformed_by: PwC",
                        "TAB"),
                Arguments.of("nested item indented wrongly", "    until: 2023-05-11\n", "   until: 2023-05-11\n", "   until: 2023-05-11",
                        "expected <block end>"),
                // The parser notices the unclosed '[' where the next field starts; that line is reported.
                Arguments.of("unclosed list", "uppsalahem]\n", "uppsalahem\n", "question_tally:", "expected ',' or ']'"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("yamlSyntaxErrors")
    void yamlSyntaxErrorIsReportedAtItsLineInTheFile(String what, String from, String to, String reportedLine, String parserWords) {
        replace(file(AUDIT), from, to);
        assertRejected(problem(at(AUDIT, reportedLine), "front matter kan inte läsas", parserWords, "kontrollera indrag"));
    }

    @Test
    void fieldWrittenTwiceIsReportedAtTheSecondLine() {
        replace(file(AUDIT), "performed_by: PwC\n", "performed_by: PwC\nperformed_by: KPMG\n");
        String first = at(AUDIT, "performed_by: PwC").replaceAll(".*:", "");
        assertRejected(problem(at(AUDIT, "performed_by: KPMG"), "fältet 'performed_by' står två gånger", "rad " + first));
    }

    @Test
    void unclosedQuoteIsReportedAsUnreadableFrontMatter() {
        replace(file(AUDIT), "title: Granskning av", "title: \"Granskning av");
        // The parser only notices at the end of the front matter; the file is named, the exact line is not checked here.
        assertRejected(problem(AUDIT, "front matter kan inte läsas", "end of stream"));
    }

    // ---------------------------------------------------------------- 7. unknown field

    @Test
    void misspeltFieldIsReportedWithTheIntendedName() {
        replace(file(AUDIT), "\ntitle: ", "\ntitel: ");
        assertRejected(
                problem(at(AUDIT, "type: audit"), "fältet 'title' saknas"),
                problem(at(AUDIT, "titel: "), "okänt fält 'titel'", "menade du 'title'?"));
    }

    @Test
    void misspeltFieldInANestedGroupIsReportedAtItsLine() {
        replace(file(STATEMENT), "  - recommendation: 1\n    implementation: pågående\n",
                "  - recommendation: 1\n    implementaion: pågående\n");
        assertRejected(problem(at(STATEMENT, "implementaion: "), "okänt fält 'implementaion'", "menade du 'implementation'?"));
    }

    // ---------------------------------------------------------------- 8. unknown record type

    @Test
    void misspeltRecordTypeIsReportedWithTheIntendedType() {
        replace(file(AUDIT), "type: audit\n", "type: audti\n");
        assertRejected(problem(at(AUDIT, "type: audti"), "okänd posttyp 'audti'", "menade du 'audit'?"));
    }

    @Test
    void unknownRecordTypeListsTheAllowedTypes() {
        replace(file(GOTTSUNDA), "type: district\n", "type: blogginlägg\n");
        assertRejected(problem(at(GOTTSUNDA, "type: blogginlägg"), "okänd posttyp 'blogginlägg'",
                "tillåtna värden: " + String.join(", ", ContentReader.TYPES.keySet().stream().sorted().toList())));
    }

    // ---------------------------------------------------------------- 9. wrong kind of value

    @Test
    void listWhereTextIsExpectedAndWordWhereNumberIsExpectedAreBothReported() {
        replace(file(AUDIT), "title: Granskning av kommunens arbete med trygghetsskapande åtgärder\n", "title: [a, b]\n");
        replace(file(AUDIT), "audit_plan_year: 2022\n", "audit_plan_year: tjugo\n");
        assertRejected(
                problem(at(AUDIT, "title: [a, b]"), "fältet 'title' ska vara en text, inte en lista"),
                problem(at(AUDIT, "audit_plan_year: tjugo"), "'tjugo' i fältet 'audit_plan_year' är inte ett heltal"));
    }

    // ---------------------------------------------------------------- 10. files that are not records

    static Stream<Arguments> unreadableFiles() {
        byte[] header = "---\ntype: district\nid: stor\nname: Stor\n---\n".getBytes(StandardCharsets.UTF_8);
        byte[] tooLarge = Arrays.copyOf(header, Math.toIntExact(ContentLoader.MAX_FILE_BYTES + 1));
        Arrays.fill(tooLarge, header.length, tooLarge.length, (byte) 'a');
        // Problems with the whole file have no line ("file: message"); problems with how it starts point at line 1.
        return Stream.of(
                Arguments.of("stadsdelar/latin1.md", "", "---\ntype: district\nid: x\nname: V\u00e4sby\n---\n"
                        .getBytes(StandardCharsets.ISO_8859_1), "filen är inte giltig UTF-8-text"),
                Arguments.of("stadsdelar/bild.md", "", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, '\r'},
                        "filen är inte giltig UTF-8-text"),
                Arguments.of("stadsdelar/binar.md", "", new byte[] {'-', '-', '-', '\n', 0, 0, 1, 2, 0, '\n'},
                        "filen innehåller NUL-tecken och ser ut att vara en binärfil"),
                Arguments.of("stadsdelar/stor.md", "", tooLarge,
                        "större än gränsen på " + ContentLoader.MAX_FILE_BYTES / 1024 + " KiB"),
                Arguments.of("stadsdelar/tom.md", ":1", new byte[0], "filen är tom"),
                Arguments.of("stadsdelar/blank.md", ":1", " \n\n".getBytes(StandardCharsets.UTF_8), "filen är tom"),
                Arguments.of("stadsdelar/anteckning.md", ":1", "Bara text, inga fält.\n".getBytes(StandardCharsets.UTF_8),
                        "filen börjar inte med front matter"),
                Arguments.of("stadsdelar/oavslutad.md", ":1", "---\ntype: district\nid: x\n".getBytes(StandardCharsets.UTF_8),
                        "front matter avslutas aldrig"));
    }

    @ParameterizedTest(name = "{0}: {3}")
    @MethodSource("unreadableFiles")
    void fileThatIsNotARecordIsReportedByName(String name, String line, byte[] bytes, String message) {
        write(file(name), bytes);
        String err = assertRejected(problem(name + line, message));
        if (line.isEmpty()) {
            assertTrue(err.contains(name + ": "), "no line for a problem with the whole file\n" + err);
        }
    }

    // ---------------------------------------------------------------- 11. theme

    static Stream<Arguments> brokenTemplates() {
        return Stream.of(
                Arguments.of("<#-- rad 1 -->\n<p>rad 2</p>\n<#if>\n<p>rad 4</p>\n", 3, "mallen har ett syntaxfel"),
                Arguments.of("<#-- rad 1 -->\n<p>${finnsInte}</p>\n", 2, "mallen kunde inte visa en sida"));
    }

    @ParameterizedTest(name = "line {1}: {2}")
    @MethodSource("brokenTemplates")
    void brokenThemeTemplateIsReportedWithItsFileAndLine(String template, int line, String message) {
        Path theme = temp.resolve("tema");
        Path templateFile = write(theme.resolve("templates").resolve("404.ftlh"), template);
        Map<String, String> themeBefore = snapshot(theme);
        assertRejected(theme, problem(templateFile.toString().replace('\\', '/') + ":" + line, message, "rätta mallen"));
        assertSameFiles(themeBefore, snapshot(theme), "the theme folder");
    }

    // ---------------------------------------------------------------- 12. many problems in one run

    @Test
    void everyProblemIsReportedInOneRunSortedByFileAndLine() {
        replace(file(AUDIT), "title: Granskning av kommunens arbete med trygghetsskapande åtgärder\n", "");
        replace(file(AUDIT), "audit_plan_year: 2022\n", "audit_plan_year: tjugo\n");
        write(file("stadsdelar/tom.md"), "");
        replace(file(FOLLOW_UP), "date: 2023-03-08\n", "date: 2023-03-32\n");
        String err = assertRejected(
                problem(at(AUDIT, "type: audit"), "fältet 'title' saknas"),
                problem(at(AUDIT, "audit_plan_year: tjugo"), "'tjugo' i fältet 'audit_plan_year' är inte ett heltal"),
                problem("stadsdelar/tom.md:1", "filen är tom"),
                problem(at(FOLLOW_UP, "date: 2023-03-32"), "datumet 2023-03-32 i fältet 'date' finns inte"));
        assertTrue(err.contains("4 fel – inget skrevs"), err);
    }

    // ---------------------------------------------------------------- other bad input

    @Test
    void missingContentFolderIsReported() {
        Path missing = temp.resolve("finns-inte");
        Run run = build(missing, site);
        assertEquals(1, run.exitCode(), run::describe);
        assertTrue(run.err().startsWith(missing + ": innehållsmappen finns inte"), run::describe);
        assertTrue(run.err().contains("\n1 fel – inget skrevs"), run::describe);
        assertSiteUntouched();
    }

    @Test
    void crlfLineEndingsDoNotShiftTheReportedLine() throws IOException {
        Path audit = file(AUDIT);
        replace(audit, "deadline: 2023-04-28\n", "deadline: 2023-02-30\n");
        String where = at(AUDIT, "deadline: 2023-02-30");
        write(audit, "\uFEFF" + Files.readString(audit).replace("\n", "\r\n"));
        assertRejected(problem(where, "datumet 2023-02-30 i fältet 'deadline' finns inte"));
    }

    // ---------------------------------------------------------------- normalisations that are not errors

    @Test
    void byteOrderMarkAndCrlfLineEndingsAreAccepted() throws IOException {
        Path district = file(GOTTSUNDA);
        write(district, "\uFEFF" + Files.readString(district).replace("\n", "\r\n"));
        byte[] bytes = Files.readAllBytes(district);
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3), "the file starts with a BOM");
        assertTrue(new String(bytes, StandardCharsets.UTF_8).contains("\r\n"), "the file has CRLF line endings");

        String page = assertBuildsTheSameSite("stadsdelar/gottsunda/index.html");
        assertTrue(page.contains("<h1>Gottsunda</h1>"), page);
        assertTrue(page.contains("Kommunen har en särskild handlingsplan för Gottsundaområdet 2021–2030."), page);
        assertFalse(page.contains("\uFEFF"), "no byte order mark in the page");
        assertFalse(page.contains("\r"), "no carriage returns in the page");
    }

    @Test
    void decomposedSwedishLettersArePublishedComposed() throws IOException {
        Path district = file(VALSATRA);
        String composed = Files.readString(district);
        String decomposed = Normalizer.normalize(composed, Normalizer.Form.NFD);
        assertTrue(decomposed.contains("a\u0308") && !decomposed.contains("ä"), "the file now has ä as a + combining diaeresis");
        write(district, decomposed);

        String page = assertBuildsTheSameSite("stadsdelar/valsatra/index.html");
        assertTrue(page.contains("<h1>Valsätra</h1>"), page);
        assertTrue(page.contains("Nämns i yttrandet tillsammans med Gottsunda"), page);
        assertFalse(Pattern.compile("[\\u0300-\\u036f]").matcher(page).find(), "no combining marks in the page");
    }

    @Test
    void fileOfExactlyTheSizeLimitIsAccepted() throws IOException {
        byte[] header = "---\ntype: district\nid: stor\nname: Stor\n---\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = Arrays.copyOf(header, Math.toIntExact(ContentLoader.MAX_FILE_BYTES));
        for (int i = header.length; i < bytes.length; i++) {
            bytes[i] = (byte) ((i - header.length) % 64 == 63 ? '\n' : 'a');
        }
        write(file("stadsdelar/stor.md"), bytes);
        Run run = build(content, site);
        assertEquals(0, run.exitCode(), run::describe);
        assertTrue(Files.isRegularFile(site.resolve("stadsdelar/stor/index.html")), "the large district is published");
    }

    // ---------------------------------------------------------------- usage errors

    @Test
    void unknownOptionIsAUsageError() {
        Run run = TestSites.run("build", "--content", content.toString(), "--output", site.toString(), "--bogus");
        assertEquals(2, run.exitCode(), run::describe);
        assertTrue(run.err().contains("Unknown option: '--bogus'"), run::describe);
        assertTrue(run.err().contains("Usage: insyn build"), run::describe);
        assertSiteUntouched();
    }

    @Test
    void missingCommandIsAUsageError() {
        Run run = TestSites.run();
        assertEquals(2, run.exitCode(), run::describe);
        assertTrue(run.err().contains("ange ett kommando, till exempel: insyn build"), run::describe);
    }

    @Test
    void helpPrintsUsageAndExitCodes() {
        Run run = TestSites.run("--help");
        assertEquals(0, run.exitCode(), run::describe);
        assertTrue(run.out().contains("Usage: insyn"), run::describe);
        assertTrue(run.out().contains("build"), run::describe);
        assertTrue(run.out().contains("1   innehållet eller temat har fel (inget skrevs)"), run::describe);
        assertEquals("", run.err());

        Run buildHelp = TestSites.run("build", "--help");
        assertEquals(0, buildHelp.exitCode(), buildHelp::describe);
        for (String option : List.of("--content=MAPP", "--output=MAPP", "--theme=MAPP")) {
            assertTrue(buildHelp.out().contains(option), buildHelp::describe);
        }
    }

    // ---------------------------------------------------------------- helpers

    /** One problem expected on stderr: a line starting with {@code where:} (e.g. {@code a/b.md:12:}) that contains every word. */
    private record Expected(String where, List<String> words) {
        boolean matches(String line) {
            return line.startsWith(where + ":") && words.stream().allMatch(line::contains);
        }

        @Override
        public String toString() {
            return where + ": …" + String.join("…", words) + "…";
        }
    }

    private static Expected problem(String where, String... words) {
        return new Expected(where, List.of(words));
    }

    private Path file(String relative) {
        return content.resolve(relative);
    }

    /** {@code file:line} for the one line of the (edited) content file that contains the text. */
    private String at(String relative, String text) {
        return TestSites.at(content, relative, text);
    }

    /** Builds the broken content: exactly these problems, in this order, and nothing else changed. Returns stderr. */
    private String assertRejected(Expected... expected) {
        return assertRejected(null, expected);
    }

    /** The same, building with the given theme folder. */
    private String assertRejected(Path theme, Expected... expected) {
        Map<String, String> contentBefore = snapshot(content);
        Map<String, String> everythingBefore = snapshot(temp);
        Run run = theme == null ? build(content, site) : build(content, site, theme);
        List<String> lines = run.err().lines().toList();
        Matcher summary = SUMMARY.matcher(run.err());
        assertAll(
                () -> assertEquals(1, run.exitCode(), run::describe),
                () -> assertEquals("", run.out(), "nothing is reported as built"),
                () -> assertTrue(summary.find(), () -> "summary line 'N fel – inget skrevs …'\n" + run.describe()),
                () -> assertEquals(expected.length, Integer.parseInt(summary.group(1)), run::describe),
                () -> assertProblemsInOrder(lines, expected, run),
                () -> assertSameFiles(contentBefore, snapshot(content), "the content folder"),
                () -> assertSameFiles(everythingBefore, snapshot(temp), "the folder holding content and site (nothing written beside them)"),
                this::assertSiteUntouched);
        return run.err();
    }

    private static void assertProblemsInOrder(List<String> lines, Expected[] expected, Run run) {
        int after = -1;
        List<String> missing = new ArrayList<>();
        for (Expected problem : expected) {
            int found = -1;
            for (int i = after + 1; i < lines.size() && found < 0; i++) {
                if (problem.matches(lines.get(i))) {
                    found = i;
                }
            }
            if (found < 0) {
                missing.add(problem.toString());
            } else {
                after = found;
            }
        }
        assertTrue(missing.isEmpty(), () -> "not reported (in this order): " + missing
                + "\n" + run.describe());
    }

    private void assertSiteUntouched() {
        assertAll("the previous site is untouched",
                () -> assertArrayEquals(previousHome, Files.readAllBytes(site.resolve("index.html")), "index.html"),
                () -> assertSameFiles(previousSite, snapshot(site), "the previous site"),
                () -> assertFalse(Files.exists(temp.resolve(".site.staging")), "no staging folder left"),
                () -> assertFalse(Files.exists(temp.resolve(".site.previous")), "no previous folder left"));
    }

    /** Fails with the files added, removed and changed when two {@link TestSites#snapshot}s differ. */
    private static void assertSameFiles(Map<String, String> before, Map<String, String> after, String folder) {
        if (before.equals(after)) {
            return;
        }
        List<String> added = after.keySet().stream().filter(f -> !before.containsKey(f)).toList();
        List<String> removed = before.keySet().stream().filter(f -> !after.containsKey(f)).toList();
        List<String> changed = before.keySet().stream()
                .filter(f -> after.containsKey(f) && !before.get(f).equals(after.get(f))).toList();
        fail(folder + " changed: added " + added + ", removed " + removed + ", changed " + changed);
    }

    /** Builds the normalised content: succeeds, publishes exactly the site the clean files gave, and leaves the files as they were. */
    private String assertBuildsTheSameSite(String page) throws IOException {
        Map<String, String> contentBefore = snapshot(content);
        Run run = build(content, site);
        assertEquals(0, run.exitCode(), run::describe);
        assertTrue(run.out().startsWith("Klart: "), run::describe);
        assertEquals(previousWarnings, run.err(), "no problems; the same warnings (if any) as for the clean files");
        assertSameFiles(contentBefore, snapshot(content), "the content folder (files are not rewritten)");
        // The manifest records what the site was built from (the files' bytes differ), not what it publishes.
        assertSameFiles(withoutManifest(previousSite), withoutManifest(snapshot(site)), "the site (the same as from the clean files)");
        return Files.readString(site.resolve(page));
    }

    private static Map<String, String> withoutManifest(Map<String, String> files) {
        Map<String, String> copy = new java.util.TreeMap<>(files);
        copy.remove(".insyn-manifest");
        return copy;
    }
}
