package se.insyn.workflow;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.insyn.TestSites.snapshot;
import static se.insyn.workflow.Workflow.AUDIT;
import static se.insyn.workflow.Workflow.REGISTER;
import static se.insyn.workflow.Workflow.assertSameFiles;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.Yaml;
import se.insyn.TestSites;
import se.insyn.TestSites.Run;

/**
 * {@code insyn new KIND}, end to end in a private copy of {@code content/}: each kind writes its
 * skeleton where the content convention puts it, as a draft; a statement gets one quoted section per
 * recommendation; nothing is ever overwritten; bad identifiers and unknown records are usage errors
 * with a suggestion; and after creating skeletons the public build still succeeds without them while
 * the preview shows them marked as drafts.
 */
class NewCommandTest {
    @TempDir
    Path temp;

    private Path content;

    @BeforeEach
    void copyTheRealContent() {
        content = TestSites.copyContent(temp);
    }

    private Run create(String kind, List<String> options) {
        List<String> args = new ArrayList<>(List.of("new", kind, "--content", content.toString()));
        args.addAll(options);
        return TestSites.run(args.toArray(String[]::new));
    }

    /** One kind of record: its command options, the file it creates, lines the file must have, and its preview page. */
    record Kind(String kind, List<String> options, String file, List<String> lines, String page) {
        @Override
        public String toString() {
            return kind + " " + String.join(" ", options);
        }
    }

    static final List<Kind> KINDS = List.of(
            new Kind("audit", List.of("--dnr", "krn-2024-00012"), "granskningar/krn-2024-00012.md",
                    List.of("type: audit", "dnr: KRN-2024-00012", "audit_office: kommunrevisionen"), "granskningar/krn-2024-00012/"),
            new Kind("statement", List.of("--answers", "KRN-2022-00009", "--by", "socialnamnden"),
                    "yttranden/krn-2022-00009-socialnamnden.md",
                    List.of("type: statement", "audit: KRN-2022-00009", "by: socialnamnden"),
                    "granskningar/krn-2022-00009/yttranden/socialnamnden/"),
            new Kind("follow-up", List.of("--id", "2024-03-01-uppfoljning", "--audit", "KRN-2022-00009"),
                    "uppfoljningar/2024-03-01-uppfoljning.md",
                    List.of("type: follow-up", "id: 2024-03-01-uppfoljning", "  - audit: KRN-2022-00009"),
                    "uppfoljningar/2024-03-01-uppfoljning/"),
            new Kind("case", List.of("--dnr", "KSN-2024-00100", "--audit", "KRN-2022-00009"), "arenden/ksn-2024-00100/index.md",
                    List.of("type: case", "dnr: KSN-2024-00100", "audit: KRN-2022-00009"), "arenden/ksn-2024-00100/"),
            new Kind("district", List.of("--id", "savja", "--name", "Sävja"), "stadsdelar/savja.md",
                    List.of("type: district", "id: savja", "name: \"Sävja\""), "stadsdelar/savja/"),
            new Kind("organisation", List.of("--id", "kulturnamnden", "--name", "Kulturnämnden", "--kind", "nämnd"),
                    "organisationer/kulturnamnden.md",
                    List.of("type: organisation", "id: kulturnamnden", "name: \"Kulturnämnden\"", "kind: nämnd"),
                    "organisationer/kulturnamnden/"));

    static Stream<Kind> kinds() {
        return KINDS.stream();
    }

    // ---------------------------------------------------------------- each kind

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void eachKindCreatesItsSkeletonAsADraftAndNothingElse(Kind kind) throws IOException {
        Map<String, String> before = snapshot(temp);
        Run run = create(kind.kind(), kind.options());
        Path created = content.resolve(kind.file());
        assertAll(
                () -> assertEquals(0, run.exitCode(), run::describe),
                () -> assertTrue(run.out().startsWith("Skapade " + created), run::describe),
                () -> assertTrue(run.out().contains("draft: true"), "tells how to publish\n" + run.describe()),
                () -> assertTrue(Files.isRegularFile(created), created + " exists"));
        String text = Files.readString(created, StandardCharsets.UTF_8);
        List<String> lines = text.lines().toList();
        assertEquals("---", lines.get(0), "starts with front matter\n" + text);
        int end = lines.subList(1, lines.size()).indexOf("---") + 1;
        assertTrue(end > 1, "the front matter ends\n" + text);
        List<String> frontMatter = lines.subList(1, end);
        assertTrue(frontMatter.contains("draft: true"), "a skeleton is a draft\n" + text);
        for (String line : kind.lines()) {
            assertTrue(lines.contains(line), "line '" + line + "' in\n" + text);
        }
        assertTrue(text.contains("FYLL I"), "what to fill in is marked\n" + text);

        Map<String, String> after = snapshot(temp);
        Map<String, String> expected = new LinkedHashMap<>(before);
        String relative = "content/" + kind.file();
        expected.put(relative, after.get(relative));
        for (Path folder = Path.of(relative).getParent(); folder != null; folder = folder.getParent()) {
            expected.putIfAbsent(folder.toString().replace('\\', '/') + "/", "");
        }
        assertSameFiles(new TreeMap<>(expected), after, "the temporary folder (only the new file is added)");
    }

    @Test
    void statementHasOneQuotedSectionPerRecommendationWhenTheAuditDoesNotSayWhomItAddresses() throws IOException {
        Run run = create("statement", List.of("--answers", "KRN-2022-00009", "--by", "socialnamnden"));
        assertEquals(0, run.exitCode(), run::describe);
        String text = Files.readString(content.resolve("yttranden/krn-2022-00009-socialnamnden.md"), StandardCharsets.UTF_8);

        Map<Integer, String> recommendations = recommendationsOfTheRealAudit();
        assertEquals(6, recommendations.size(), "the real audit has six recommendations");
        String body = text.substring(text.indexOf("\n---\n", 4) + 5);
        Matcher heading = Pattern.compile("(?m)^## Rekommendation (\\d+)$").matcher(body);
        List<Integer> numbers = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        while (heading.find()) {
            numbers.add(Integer.parseInt(heading.group(1)));
            starts.add(heading.start());
        }
        assertEquals(List.of(1, 2, 3, 4, 5, 6), numbers, "one section per recommendation, in order\n" + text);
        assertEquals(6, Pattern.compile("(?m)^## ").matcher(body).results().count(), "no other second-level headings\n" + text);
        for (int i = 0; i < numbers.size(); i++) {
            String section = body.substring(starts.get(i), i + 1 < starts.size() ? starts.get(i + 1) : body.length());
            String quoted = recommendations.get(numbers.get(i));
            assertTrue(section.contains(quoted), "section " + numbers.get(i) + " quotes its recommendation '" + quoted + "'\n" + section);
            for (int other : recommendations.keySet()) {
                if (other != numbers.get(i)) {
                    assertFalse(section.contains(recommendations.get(other)), "section " + numbers.get(i)
                            + " quotes only its own recommendation, not " + other);
                }
            }
        }
        assertTrue(body.contains("anger inte vem varje rekommendation riktas till"),
                "says why every recommendation is there\n" + text);
    }

    @Test
    void statementHasSectionsOnlyForTheRecommendationsAddressedToTheOrganisationWhenTheAuditSays() throws IOException {
        // The same audit, now stating that recommendations 3 and 6 are addressed to socialnämnden and the others to kommunstyrelsen.
        Path audit = content.resolve(AUDIT);
        String text = Files.readString(audit, StandardCharsets.UTF_8);
        for (int number = 1; number <= 6; number++) {
            String addressee = number == 3 || number == 6 ? "[socialnamnden, utbildningsnamnden]" : "[kommunstyrelsen]";
            text = text.replace("  - number: " + number + "\n", "  - number: " + number + "\n    addressed_to: " + addressee + "\n");
        }
        Files.writeString(audit, text, StandardCharsets.UTF_8);

        Run run = create("statement", List.of("--answers", "KRN-2022-00009", "--by", "socialnamnden"));
        assertEquals(0, run.exitCode(), run::describe);
        String statement = Files.readString(content.resolve("yttranden/krn-2022-00009-socialnamnden.md"), StandardCharsets.UTF_8);
        List<String> headings = statement.lines().filter(l -> l.startsWith("## ")).toList();
        assertEquals(List.of("## Rekommendation 3", "## Rekommendation 6"), headings, statement);
    }

    // ---------------------------------------------------------------- never overwrite

    static Stream<Arguments> existingFiles() {
        return Stream.of(
                Arguments.of("audit", List.of("--dnr", "KRN-2022-00009"), AUDIT),
                Arguments.of("case", List.of("--dnr", "KSN-2023-00442"), "arenden/ksn-2023-00442/index.md"),
                Arguments.of("district", List.of("--id", "gottsunda"), "stadsdelar/gottsunda.md"),
                Arguments.of("organisation", List.of("--id", "socialnamnden"), "organisationer/socialnamnden.md"),
                Arguments.of("follow-up", List.of("--id", "2023-03-08-handlingsplan-gottsunda", "--audit", "KRN-2022-00009"),
                        "uppfoljningar/2023-03-08-handlingsplan-gottsunda.md"));
    }

    @ParameterizedTest(name = "{0} over {2}")
    @MethodSource("existingFiles")
    void anExistingFileIsNeverOverwritten(String kind, List<String> options, String file) throws IOException {
        byte[] original = Files.readAllBytes(content.resolve(file));
        Map<String, String> before = snapshot(temp);
        Run run = create(kind, options);
        assertAll(
                () -> assertEquals(1, run.exitCode(), run::describe),
                () -> assertTrue(run.err().contains("finns redan och skrivs inte över"), run::describe),
                () -> assertTrue(run.err().contains(content.resolve(file).toString()), "names the file\n" + run.describe()),
                () -> assertFalse(run.out().contains("Skapade"), run::describe));
        assertArrayEquals(original, Files.readAllBytes(content.resolve(file)), file + " is unchanged");
        assertSameFiles(before, snapshot(temp), "the temporary folder");
    }

    @Test
    void aSkeletonBeingFilledInIsNotOverwrittenByRunningTheSameCommandAgain() throws IOException {
        List<String> options = List.of("--answers", "KRN-2022-00009", "--by", "socialnamnden");
        assertEquals(0, create("statement", options).exitCode());
        Path file = content.resolve("yttranden/krn-2022-00009-socialnamnden.md");
        TestSites.replace(file, "FYLL I: svaret på rekommendation 1.", "Socialnämnden har inlett en översyn.");
        byte[] filledIn = Files.readAllBytes(file);

        Run again = create("statement", options);
        assertEquals(1, again.exitCode(), again::describe);
        assertTrue(again.err().contains("yttranden/krn-2022-00009-socialnamnden.md"), "names the existing file\n" + again.describe());
        assertArrayEquals(filledIn, Files.readAllBytes(file), "the communicator's text is kept");
    }

    // ---------------------------------------------------------------- usage errors

    static Stream<Arguments> usageErrors() {
        return Stream.of(
                Arguments.of("audit", List.of("--dnr", "KRN-22-9"), "'KRN-22-9' är inget diarienummer"),
                Arguments.of("audit", List.of("--dnr", "KRN 2024 00012"), "är inget diarienummer"),
                Arguments.of("audit", List.of("--dnr", "../../KRN-2024-00012"), "är inget diarienummer"),
                Arguments.of("audit", List.of(), "Missing required option: '--dnr"),
                Arguments.of("case", List.of("--dnr", "KSN-2024"), "är inget diarienummer"),
                Arguments.of("case", List.of("--dnr", "KSN-2024-00100", "--audit", "granskningen"), "'granskningen' är inget diarienummer"),
                Arguments.of("follow-up", List.of("--id", "Ny uppföljning", "--audit", "KRN-2022-00009"), "är ingen giltig identifierare"),
                Arguments.of("follow-up", List.of("--id", "2024-uppfoljning", "--audit", "2024"), "'2024' är inget diarienummer"),
                Arguments.of("district", List.of("--id", "Sävja"), "'Sävja' är ingen giltig identifierare"),
                Arguments.of("district", List.of("--id", "../../savja"), "är ingen giltig identifierare"),
                Arguments.of("district", List.of("--id", "-savja"), "är ingen giltig identifierare"),
                Arguments.of("organisation", List.of("--id", "kultur_namnden"), "är ingen giltig identifierare"),
                Arguments.of("organisation", List.of("--id", "kulturnamnden", "--kind", "styrelse"), "'styrelse' är ingen typ av organisation"),
                Arguments.of("statement", List.of("--answers", "KRN 2022", "--by", "socialnamnden"), "är inget diarienummer"),
                Arguments.of("statement", List.of("--answers", "KRN-2022-00009", "--by", "Socialnämnden"), "är ingen giltig identifierare"),
                Arguments.of("statement", List.of("--answers", "KRN-2022-00009"), "Missing required option: '--by"));
    }

    @ParameterizedTest(name = "new {0} {1}")
    @MethodSource("usageErrors")
    void invalidDnrOrIdentifierIsAUsageErrorAndWritesNothing(String kind, List<String> options, String message) {
        Map<String, String> before = snapshot(temp);
        Run run = create(kind, options);
        assertAll(
                () -> assertEquals(2, run.exitCode(), run::describe),
                () -> assertTrue(run.err().contains(message), run::describe),
                () -> assertTrue(run.err().contains("Usage: insyn new"), run::describe),
                () -> assertEquals("", run.out(), run::describe));
        assertSameFiles(before, snapshot(temp), "the temporary folder");
    }

    @Test
    void newWithoutAKindOrWithAnUnknownKindIsAUsageError() {
        Map<String, String> before = snapshot(temp);
        Run none = TestSites.run("new", "--content", content.toString());
        assertEquals(2, none.exitCode(), none::describe);
        assertTrue(none.err().contains("audit, statement, follow-up, case, district eller organisation"), none::describe);

        Run unknown = create("blogginlagg", List.of());
        assertEquals(2, unknown.exitCode(), unknown::describe);
        assertTrue(unknown.err().contains("'blogginlagg'"), unknown::describe);
        assertSameFiles(before, snapshot(temp), "the temporary folder");
    }

    @Test
    void unknownAuditIsAUsageErrorWithTheLikelyIntendedDnr() {
        Map<String, String> before = snapshot(temp);
        Run run = create("statement", List.of("--answers", "KRN-2022-00010", "--by", "socialnamnden"));
        assertAll(
                () -> assertEquals(2, run.exitCode(), run::describe),
                () -> assertTrue(run.err().contains("granskningen KRN-2022-00010 finns inte"), run::describe),
                () -> assertTrue(run.err().contains("menade du 'KRN-2022-00009'?"), run::describe));
        assertSameFiles(before, snapshot(temp), "the temporary folder");
    }

    @Test
    void unknownOrganisationIsAUsageErrorWithTheLikelyIntendedOne() {
        Map<String, String> before = snapshot(temp);
        Run run = create("statement", List.of("--answers", "KRN-2022-00009", "--by", "socialnamden"));
        assertAll(
                () -> assertEquals(2, run.exitCode(), run::describe),
                () -> assertTrue(run.err().contains("okänd organisation 'socialnamden'"), run::describe),
                () -> assertTrue(run.err().contains("menade du 'socialnamnden'?"), run::describe));
        assertSameFiles(before, snapshot(temp), "the temporary folder");
    }

    static Stream<Arguments> unknownAuditOfFollowUpOrCase() {
        return Stream.of(
                Arguments.of("follow-up", List.of("--id", "2024-03-01-uppfoljning", "--audit", "KRN-2022-00010")),
                Arguments.of("case", List.of("--dnr", "KSN-2024-00100", "--audit", "KRN-2022-00010")));
    }

    /**
     * A follow-up or case skeleton names its audit; an audit that is not in the content would make the
     * skeleton break the preview (and every build that reads drafts), so it is refused like in {@code new statement}.
     */
    @ParameterizedTest(name = "new {0} {1}")
    @MethodSource("unknownAuditOfFollowUpOrCase")
    void unknownAuditOfAFollowUpOrCaseIsAUsageErrorWithTheLikelyIntendedDnr(String kind, List<String> options) {
        Map<String, String> before = snapshot(temp);
        Run run = create(kind, options);
        assertAll(
                () -> assertEquals(2, run.exitCode(), run::describe),
                () -> assertTrue(run.err().contains("KRN-2022-00010"), run::describe),
                () -> assertTrue(run.err().contains("menade du 'KRN-2022-00009'?"), run::describe));
        assertSameFiles(before, snapshot(temp), "the temporary folder");
    }

    /**
     * Kommunstyrelsen has already answered KRN-2022-00009 (the statement is bilaga 1 of the case folder). A
     * second statement by the same organisation on the same audit cannot exist, so {@code new} must refuse,
     * naming the existing file, instead of writing a skeleton that breaks the preview.
     */
    @Test
    void aStatementThatAlreadyExistsElsewhereIsNotCreatedAgain() {
        Map<String, String> before = snapshot(temp);
        Run run = create("statement", List.of("--answers", "KRN-2022-00009", "--by", "kommunstyrelsen"));
        assertAll(
                () -> assertEquals(1, run.exitCode(), run::describe),
                () -> assertTrue(run.err().contains("arenden/ksn-2023-00442/bilaga-1-yttrande.md"), "names the existing statement\n"
                        + run.describe()),
                () -> assertFalse(run.out().contains("Skapade"), run::describe));
        assertSameFiles(before, snapshot(temp), "the temporary folder");
    }

    // ---------------------------------------------------------------- skeletons in build and preview

    @Test
    void afterEveryKindOfNewTheBuildSucceedsWithoutThemAndThePreviewShowsThemAsDrafts() throws IOException {
        for (Kind kind : KINDS) {
            Run run = create(kind.kind(), kind.options());
            assertEquals(0, run.exitCode(), run::describe);
        }
        Path site = temp.resolve("site");
        Run build = TestSites.build(content, site);
        assertEquals(0, build.exitCode(), build::describe);
        assertTrue(build.out().startsWith("Klart: "), build::describe);

        Map<String, String> published = Workflow.allFiles(site);
        String register = Files.readString(temp.resolve(REGISTER), StandardCharsets.UTF_8);
        for (Kind kind : KINDS) {
            assertFalse(published.containsKey(kind.page() + "index.html"), kind + ": no page " + kind.page());
            assertFalse(register.contains("/" + kind.page()), kind + ": not in the register");
        }
        List<String> leaks = new ArrayList<>();
        for (Map.Entry<String, String> file : published.entrySet()) {
            for (String secret : List.of("krn-2024-00012", "KRN-2024-00012", "ksn-2024-00100", "KSN-2024-00100", "savja", "Sävja",
                    "kulturnamnden", "Kulturnämnden", "2024-03-01-uppfoljning", "FYLL I", "yttranden/socialnamnden")) {
                if (file.getValue().contains(secret)) {
                    leaks.add(file.getKey() + " contains '" + secret + "'");
                }
            }
        }
        assertEquals(List.of(), leaks, "no skeleton leaks into the public site");

        try (Workflow.Preview preview = new Workflow.Preview(content, null)) {
            for (Kind kind : KINDS) {
                Workflow.Response page = preview.get(kind.page());
                assertEquals(200, page.status(), () -> kind + ": " + page + "\n" + preview.console());
                assertTrue(page.body().contains("class=\"draft-notice\""), kind + " is marked as a draft\n" + page);
                assertTrue(page.body().contains("Utkast"), kind + " says 'Utkast'\n" + page);
            }
            Workflow.Response published1 = preview.get("granskningar/krn-2022-00009/");
            assertEquals(200, published1.status(), published1::toString);
            assertFalse(published1.body().contains("class=\"draft-notice\""), "a published page is not marked as a draft");
        }
    }

    // ---------------------------------------------------------------- helpers

    /** Number → text of each recommendation of the real audit, read from its front matter with a YAML parser. */
    @SuppressWarnings("unchecked")
    private Map<Integer, String> recommendationsOfTheRealAudit() throws IOException {
        String text = Files.readString(content.resolve(AUDIT), StandardCharsets.UTF_8);
        String frontMatter = text.substring(4, text.indexOf("\n---\n", 4));
        Map<String, Object> fields = new Yaml().load(frontMatter);
        Map<Integer, String> recommendations = new LinkedHashMap<>();
        for (Map<String, Object> recommendation : (List<Map<String, Object>>) fields.get("recommendations")) {
            recommendations.put((Integer) recommendation.get("number"), ((String) recommendation.get("text")).strip());
        }
        return recommendations;
    }
}
