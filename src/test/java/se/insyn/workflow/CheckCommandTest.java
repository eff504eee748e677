package se.insyn.workflow;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.insyn.TestSites.replace;
import static se.insyn.TestSites.snapshot;
import static se.insyn.TestSites.write;
import static se.insyn.workflow.Workflow.AUDIT;
import static se.insyn.workflow.Workflow.FOLLOW_UP;
import static se.insyn.workflow.Workflow.REGISTER;
import static se.insyn.workflow.Workflow.STATEMENT;
import static se.insyn.workflow.Workflow.assertSameFiles;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.insyn.TestSites;
import se.insyn.TestSites.Run;

/**
 * {@code insyn check}, end to end in a private copy of {@code content/}: clean content passes with its
 * warnings listed apart; {@code --strict} turns warnings into failure; errors are all listed at once,
 * sorted by file and line, with suggestions; usage errors exit 2; and nothing is ever written: no site
 * folder, no register, not a byte of the content.
 */
class CheckCommandTest {
    /** A date after every deadline of the real audit: three audited organisations have no published statement. */
    private static final String AFTER_DEADLINES = "2024-01-01";
    /** A date before every deadline: the real content has nothing to warn about. */
    private static final String BEFORE_DEADLINES = "2023-01-01";

    @TempDir
    Path temp;

    private Path content;

    @BeforeEach
    void copyTheRealContent() {
        content = TestSites.copyContent(temp);
    }

    private Run check(String... extra) {
        List<String> args = new ArrayList<>(List.of("check", "--content", content.toString()));
        args.addAll(List.of(extra));
        return TestSites.run(args.toArray(String[]::new));
    }

    private Path file(String relative) {
        return content.resolve(relative);
    }

    // ---------------------------------------------------------------- clean content

    @Test
    void cleanContentWithoutWarningsPassesAndSaysSo() {
        Map<String, String> before = snapshot(temp);
        Run run = check("--date", BEFORE_DEADLINES);
        assertAll(
                () -> assertEquals(0, run.exitCode(), run::describe),
                () -> assertTrue(run.out().contains("Inga problem."), run::describe),
                () -> assertFalse(run.out().contains("Fel ("), run::describe),
                () -> assertFalse(run.out().contains("Varningar"), run::describe));
        assertNothingWritten(before);
    }

    @Test
    void warningsAreListedUnderVarningarAndDoNotFail() {
        Map<String, String> before = snapshot(temp);
        Run run = check("--date", AFTER_DEADLINES);
        List<String> lines = run.out().lines().toList();
        assertAll(
                () -> assertEquals(0, run.exitCode(), run::describe),
                () -> assertFalse(run.out().contains("Fel ("), "no errors section\n" + run.describe()),
                () -> assertTrue(lines.contains("Varningar (3):"), run::describe),
                () -> assertTrue(run.out().contains("Inga fel; varningarna stoppar inte bygget (utom med --strict)."), run::describe));
        List<String> warnings = section(lines, "Varningar (3):");
        assertEquals(3, warnings.size(), run::describe);
        for (String organisation : List.of("Socialnämnden", "Uppsalahem", "Utbildningsnämnden")) {
            assertTrue(warnings.stream().anyMatch(w -> w.startsWith("  " + AUDIT + ":") && w.contains(": varning: ")
                            && w.contains(organisation + " har inget publicerat yttrande") && w.contains("2023-04-28")),
                    organisation + "\n" + run.describe());
        }
        assertFalse(warnings.stream().anyMatch(w -> w.contains("Kommunstyrelsen")), "kommunstyrelsen's statement is published");
        assertNothingWritten(before);
    }

    @Test
    void strictTurnsWarningsIntoFailure() {
        Map<String, String> before = snapshot(temp);
        Run run = check("--strict", "--date", AFTER_DEADLINES);
        assertAll(
                () -> assertEquals(1, run.exitCode(), run::describe),
                () -> assertTrue(run.out().contains("Varningar (3):"), run::describe),
                () -> assertTrue(run.out().contains("Innehållet kan inte publiceras."), run::describe));
        assertNothingWritten(before);

        Run clean = check("--strict", "--date", BEFORE_DEADLINES);
        assertEquals(0, clean.exitCode(), "--strict without warnings passes\n" + clean.describe());
    }

    @Test
    void aStatementWithoutItsCaseIsAWarningTooAndFailsOnlyWithStrict() {
        // The README's other kind of warning: a statement whose case is not in the content.
        replace(file(STATEMENT), "case: KSN-2023-00442\n", "case: KSN-2023-00999\n");
        Run run = check("--date", BEFORE_DEADLINES);
        assertEquals(0, run.exitCode(), run::describe);
        assertTrue(run.out().lines().anyMatch(l -> l.startsWith("  " + STATEMENT + ":") && l.contains("varning")
                && l.contains("KSN-2023-00999")), run::describe);
        assertEquals(1, check("--strict", "--date", BEFORE_DEADLINES).exitCode());
    }

    // ---------------------------------------------------------------- errors

    @Test
    void everyErrorOfTheReadingStageIsListedAtOnceSortedByFileAndLine() {
        Path district = write(file("stadsdelar/savja.md"), "---\ntype: district\nid: savja\nnamn: Sävja\n---\n");
        replace(file(FOLLOW_UP), "date: 2023-03-08\n", "date: 2023-03-32\n");
        replace(file(AUDIT), "deadline: 2023-04-28\n", "deadline: 2023-02-30\n");
        replace(file(AUDIT), "audit_plan_year: 2022\n", "audit_plan_year: tjugo\n");
        Map<String, String> before = snapshot(temp);

        Run run = check("--date", AFTER_DEADLINES);

        List<String> expected = List.of(
                Workflow.at(content, AUDIT, "audit_plan_year: tjugo") + ": 'tjugo' i fältet 'audit_plan_year' är inte ett heltal",
                Workflow.at(content, AUDIT, "deadline: 2023-02-30") + ": datumet 2023-02-30 i fältet 'deadline' finns inte",
                "stadsdelar/savja.md:2: fältet 'name' saknas",
                "stadsdelar/savja.md:4: okänt fält 'namn' – menade du 'name'?",
                Workflow.at(content, FOLLOW_UP, "date: 2023-03-32") + ": datumet 2023-03-32 i fältet 'date' finns inte");
        List<String> errors = section(run.out().lines().toList(), "Fel (5):");
        assertAll(
                () -> assertEquals(1, run.exitCode(), run::describe),
                () -> assertTrue(run.out().contains("Fel (5):"), run::describe),
                () -> assertTrue(run.out().contains("Innehållet kan inte publiceras."), run::describe),
                () -> assertEquals(5, errors.size(), run::describe),
                () -> assertSortedByFileAndLine(errors, run));
        for (int i = 0; i < expected.size(); i++) {
            String line = errors.get(i);
            String wanted = expected.get(i);
            String where = wanted.substring(0, wanted.indexOf(": "));
            String message = wanted.substring(wanted.indexOf(": ") + 2);
            assertTrue(line.startsWith("  " + where + ": ") && line.contains(message), "error " + (i + 1) + " should be '"
                    + wanted + "'\n" + run.describe());
        }
        assertTrue(Files.exists(district));
        assertNothingWritten(before);
    }

    @Test
    void misspeltReferencesAreAllListedWithTheLikelyIntendedName() {
        replace(file(AUDIT), "audited: [kommunstyrelsen, socialnamnden, utbildningsnamnden, uppsalahem]",
                "audited: [kommunstyrelsen, socialnamden, utbildningsnamnden, uppsalahem]");
        replace(file("stadsdelar/gottsunda.md"), "neighbours: [valsatra]", "neighbours: [valsatr]");
        replace(file(FOLLOW_UP), "by: kommunstyrelsen\n", "by: kommunstyrelse\n");
        Map<String, String> before = snapshot(temp);

        Run run = check();

        List<String> errors = section(run.out().lines().toList(), "Fel (3):");
        assertAll(
                () -> assertEquals(1, run.exitCode(), run::describe),
                () -> assertEquals(3, errors.size(), run::describe),
                () -> assertSortedByFileAndLine(errors, run),
                () -> assertTrue(errors.get(0).startsWith("  " + AUDIT + ":")
                        && errors.get(0).contains("okänd organisation 'socialnamden'")
                        && errors.get(0).contains("menade du 'socialnamnden'?"), run::describe),
                () -> assertTrue(errors.get(1).startsWith("  stadsdelar/gottsunda.md:")
                        && errors.get(1).contains("'valsatr'") && errors.get(1).contains("menade du 'valsatra'?"), run::describe),
                () -> assertTrue(errors.get(2).startsWith("  " + FOLLOW_UP + ":")
                        && errors.get(2).contains("'kommunstyrelse'") && errors.get(2).contains("menade du 'kommunstyrelsen'?"),
                        run::describe));
        assertNothingWritten(before);
    }

    @Test
    void checkAfterABuildChangesNeitherTheSiteNorTheRegister() {
        Path site = temp.resolve("site");
        Run build = TestSites.build(content, site);
        assertEquals(0, build.exitCode(), build::describe);
        assertTrue(Files.isRegularFile(temp.resolve(REGISTER)), "the build wrote the register beside the content folder");
        // A new, valid district: a build would publish its address and add it to the register. A check must not.
        write(file("stadsdelar/savja.md"), "---\ntype: district\nid: savja\nname: Sävja\n---\n");
        Map<String, String> before = snapshot(temp);

        Run passing = check();
        assertEquals(0, passing.exitCode(), passing::describe);
        assertSameFiles(before, snapshot(temp), "the folder holding content, site and register after a passing check");

        replace(file(AUDIT), "deadline: 2023-04-28\n", "deadline: 2023-02-30\n");
        Map<String, String> broken = snapshot(temp);
        Run failing = check();
        assertEquals(1, failing.exitCode(), failing::describe);
        assertSameFiles(broken, snapshot(temp), "the folder holding content, site and register after a failing check");
    }

    // ---------------------------------------------------------------- usage errors

    static Stream<Arguments> usageErrors() {
        return Stream.of(
                Arguments.of(List.of("--bogus"), "Unknown option: '--bogus'"),
                Arguments.of(List.of("--output", "site"), "'--output'"),
                Arguments.of(List.of("--date", "2023-13-01"), "Invalid value for option '--date'"),
                Arguments.of(List.of("--date", "28 april 2023"), "Invalid value for option '--date'"),
                Arguments.of(List.of("--theme", "finns-inte-tema"), "temamappen"),
                Arguments.of(List.of("extra-argument"), "extra-argument"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("usageErrors")
    void usageErrorsExitWithTwoAndWriteNothing(List<String> extra, String message) {
        Map<String, String> before = snapshot(temp);
        Run run = check(extra.stream().map(a -> a.equals("finns-inte-tema") ? temp.resolve(a).toString() : a)
                .toArray(String[]::new));
        assertAll(
                () -> assertEquals(2, run.exitCode(), run::describe),
                () -> assertTrue(run.err().contains(message), run::describe),
                () -> assertTrue(run.err().contains("Usage: insyn check"), run::describe));
        assertNothingWritten(before);
    }

    @Test
    void aMissingContentFolderIsAnErrorNamingTheFolder() {
        Path missing = temp.resolve("finns-inte");
        Map<String, String> before = snapshot(temp);
        Run run = TestSites.run("check", "--content", missing.toString());
        assertEquals(1, run.exitCode(), run::describe);
        assertTrue(run.out().contains(missing + ": innehållsmappen finns inte"), run::describe);
        assertNothingWritten(before);
        assertFalse(Files.exists(missing), "the missing folder is not created");
    }

    // ---------------------------------------------------------------- helpers

    /** The indented lines that follow a heading line such as {@code Fel (3):}, without the next heading. */
    private static List<String> section(List<String> lines, String heading) {
        int start = lines.indexOf(heading);
        if (start < 0) {
            return List.of();
        }
        List<String> items = new ArrayList<>();
        for (int i = start + 1; i < lines.size() && lines.get(i).startsWith("  "); i++) {
            items.add(lines.get(i));
        }
        return items;
    }

    /** Lines {@code "  file:line: …"} are in order of file, then line number. */
    private static void assertSortedByFileAndLine(List<String> problems, Run run) {
        record Place(String file, int line) {
        }
        List<Place> places = problems.stream().map(p -> {
            String[] parts = p.strip().split(":", 3);
            return new Place(parts[0], parts[1].matches("\\d+") ? Integer.parseInt(parts[1]) : 0);
        }).toList();
        List<Place> sorted = places.stream().sorted(Comparator.comparing(Place::file).thenComparingInt(Place::line)).toList();
        assertEquals(sorted, places, () -> "sorted by file and line\n" + run.describe());
    }

    /** No site folder, no staging folders, no register beside the content, and every file as it was. */
    private void assertNothingWritten(Map<String, String> before) {
        assertAll("check writes nothing",
                () -> assertSameFiles(before, snapshot(temp), "the folder holding the content"),
                () -> assertFalse(Files.exists(temp.resolve("site")), "no site folder"),
                () -> assertFalse(Files.exists(temp.resolve(".site.staging")), "no staging folder"),
                () -> assertFalse(Files.exists(temp.resolve(REGISTER)), "no register of published addresses"));
    }
}
