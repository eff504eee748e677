package se.insyn.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.insyn.hostile.Vectors.yaml;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
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
 * Identifiers become folder and file names, so content must never be able to name a place outside
 * the output folder: identifiers and diarienummer with {@code ../}, absolute paths, backslashes,
 * NUL, Windows device names or absurd length; moves and withdrawals whose address climbs out or
 * leaves the site; attachments outside the case folder. Each is refused with exit code 1 and a
 * {@code file:line} message, and nothing at all changes around the build (the temp folder holds the
 * content two levels down, so a {@code ../../} lands in it). Symbolic links in the content that
 * lead outside it are refused; one that stays inside is read. Links planted beside or inside the
 * output are never followed when old sites are cleared away.
 */
class PathSafetyTest {
    private static final String LONG = "a".repeat(300);

    @TempDir
    Path temp;

    private Path content;
    private Path site;

    @BeforeEach
    void copyTheRealContentTwoLevelsDown() {
        Path work = temp.resolve("a/b");
        content = TestSites.copyContent(work);
        site = work.resolve("site");
    }

    static String district(String id) {
        return "---\ntype: district\nid: " + yaml(id) + "\nname: Namn\n---\n";
    }

    static String organisation(String id) {
        return "---\ntype: organisation\nid: " + yaml(id) + "\nname: Namn\nkind: nämnd\n---\n";
    }

    static String followUp(String id) {
        return "---\ntype: follow-up\nid: " + yaml(id) + "\ntitle: T\ndate: 2024-01-01\nby: kommunstyrelsen\ndocuments: [mal-och-budget-2022]\n---\n";
    }

    static String audit(String dnr) {
        return "---\ntype: audit\ndnr: " + yaml(dnr) + "\ntitle: T\naudit_office: kommunrevisionen\naudited: [kommunstyrelsen]\n"
                + "question_tally:\n  uppfylld: 1\nrecommendations:\n  - number: 1\n    text: T\n---\n";
    }

    static String statement(String by) {
        return "---\ntype: statement\naudit: KRN-2022-00009\nby: " + yaml(by) + "\ntitle: T\n---\n";
    }

    static String caseFile(String dnr) {
        return "---\ntype: case\ndnr: " + yaml(dnr) + "\ntitle: T\ndate: 2024-01-01\noffice: kommunledningskontoret\n---\n";
    }

    static String attachment(String file) {
        return "---\ntype: case\ndnr: KSN-2024-00001\ntitle: T\ndate: 2024-01-01\noffice: kommunledningskontoret\n"
                + "decision_basis:\n  - title: Bilaga\n    attachment: " + yaml(file) + "\n---\n";
    }

    static String moved(String from, String to) {
        return "---\ntype: moved\nfrom: " + yaml(from) + "\nto: " + yaml(to) + "\ndate: 2024-01-01\n---\n";
    }

    static String withdrawn(String address) {
        return "---\ntype: withdrawn\naddress: " + yaml(address) + "\ndate: 2024-01-01\nreason: Fel\n---\n";
    }

    /** name, file below content, its text, and the text of the line(s) a problem may point at. */
    static Stream<Arguments> hostilePaths() {
        String d = "stadsdelar/x.md";
        List<Arguments> cases = new ArrayList<>();
        for (String id : List.of("../../etc", "../../../../../../tmp/insyn-owned", "/etc/passwd", "..\\..\\windows", "a\u0000b", "a/b",
                ".", "..", "~root", "C:\\Windows", "%2e%2e%2f", "CON", "con", "nul", "aux", "prn", "com1", "lpt1", LONG)) {
            cases.add(Arguments.of("district id " + show(id), d, district(id), List.of("id: ")));
        }
        cases.add(Arguments.of("organisation id ../organisationer", "organisationer/x.md", organisation("../organisationer"), List.of("id: ")));
        cases.add(Arguments.of("organisation id nul", "organisationer/x.md", organisation("nul"), List.of("id: ")));
        cases.add(Arguments.of("follow-up id ../../../tmp/x", "uppfoljningar/x.md", followUp("../../../tmp/x"), List.of("id: ")));
        cases.add(Arguments.of("follow-up id aux", "uppfoljningar/x.md", followUp("aux"), List.of("id: ")));
        for (String dnr : List.of("../KRN-2022-1", "KRN-2022-00009/../../x", "KRN-2022-1\u0000", "KRN-2022-" + "1".repeat(300),
                "KRN-2022-1/..", "\\\\server\\share")) {
            cases.add(Arguments.of("audit dnr " + show(dnr), "granskningar/x.md", audit(dnr), List.of("dnr: ")));
        }
        cases.add(Arguments.of("case dnr KSN/../../2023-1", "arenden/x/index.md", caseFile("KSN/../../2023-1"), List.of("dnr: ")));
        for (String by : List.of("../../x", "/tmp", "a\\b")) {
            cases.add(Arguments.of("statement by " + show(by), "arenden/ksn-2023-00442/x.md", statement(by), List.of("by: ")));
        }
        for (String file : List.of("../../etc/passwd", "/etc/passwd", "..\\..\\hemlig.md", "bilaga\u0000.md",
                "../ksn-2023-00442/bilaga-1-yttrande.md", "./../../site.md", "x".repeat(5000) + ".md", "C:\\Windows\\win.ini",
                "file:///etc/passwd", "~/.ssh/id_rsa")) {
            cases.add(Arguments.of("attachment " + show(file), "arenden/ksn-2024-00001/index.md", attachment(file),
                    List.of("attachment: ", "  - title: Bilaga")));
        }
        for (String[] move : List.of(new String[] {"/../../etc/", "/granskningar/"}, new String[] {"/gammal/", "/../x/"},
                new String[] {"/gammal/", "//evil.example/"}, new String[] {"/gammal/", "https://evil.example/"},
                new String[] {"/gammal/", "/a/../../b/"}, new String[] {"/gammal/", "\\\\evil\\x"},
                new String[] {"/gammal/", "/granskningar/\r\nLocation: https://evil.example/"},
                new String[] {"/gammal/ /ny/ 200\n/x", "/granskningar/"}, new String[] {"/granskningar/..%2f..%2f/", "/granskningar/"},
                new String[] {"/gammal/", "/granskningar/ 302"})) {
            cases.add(Arguments.of("moved " + show(move[0]) + " → " + show(move[1]), "adresser/x.md", moved(move[0], move[1]),
                    List.of(move[0].contains("..") || move[0].contains(" ") || move[0].contains("%") ? "from: " : "to: ")));
        }
        // A move to an address the site does not have is a mistake in the move, not in the redirect page it makes.
        cases.add(Arguments.of("moved to an address the site lacks", "adresser/x.md", moved("/gammal/", "/granskningar/finns-inte/"),
                List.of("to: ", "type: moved")));
        for (String address : List.of("../../etc/passwd", "/a/../../b/", "/a\\..\\b/", "/granskningar/\u0000/")) {
            cases.add(Arguments.of("withdrawn " + show(address), "adresser/x.md", withdrawn(address), List.of("address: ")));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostilePaths")
    void identifierThatNamesAPlaceOutsideTheSiteIsRefused(String name, String file, String text, List<String> lines) {
        TestSites.write(content.resolve(file), text);
        Map<String, String> before = FolderState.of(temp);
        Run run = TestSites.build(content, site);
        List<Integer> expected = new ArrayList<>();
        List<String> fileLines = text.lines().toList();
        for (int i = 0; i < fileLines.size(); i++) {
            int line = i + 1;
            String written = fileLines.get(i).strip();
            if (lines.stream().anyMatch(l -> written.startsWith(l.strip()))) {
                expected.add(line);
            }
        }
        assertFalse(expected.isEmpty(), "the test names the line");
        assertEquals(1, run.exitCode(), run::describe);
        assertTrue(run.err().lines().anyMatch(l -> expected.stream().anyMatch(n -> l.startsWith(file + ":" + n + ": "))),
                () -> "a problem at " + file + ":" + expected + "\n" + run.describe());
        assertFalse(run.err().contains("Exception"), run::describe);
        assertEquals("", FolderState.difference(before, FolderState.of(temp)), "nothing changed anywhere around the build");
        assertFalse(Files.exists(Path.of("/tmp/insyn-owned")), "nothing written to /tmp");
    }

    @Test
    void successfulBuildWritesOnlyItsOutputFolderItsRecordsAndTheAddressRegister() {
        Map<String, String> before = FolderState.of(temp);
        Run run = TestSites.build(content, site);
        assertEquals(0, run.exitCode(), run::describe);
        Map<String, String> after = FolderState.of(temp);
        List<String> outside = after.keySet().stream()
                .filter(p -> !before.containsKey(p) || !before.get(p).equals(after.get(p)))
                .filter(p -> !p.startsWith("a/b/site/") && !p.equals("a/b/publicerade-adresser.txt") && !p.equals("a/b/.site.inputs")
                        && !p.equals("a/b/.site.pages"))
                .toList();
        assertTrue(outside.isEmpty(), () -> "written outside the output folder: " + outside);
        assertTrue(Files.isRegularFile(site.resolve("index.html")));
    }

    // ---------------------------------------------------------------- symbolic links in the content

    @Test
    void fileLinkToOutsideTheContentIsRefused() throws IOException {
        Path outside = TestSites.write(temp.resolve("hemligt/extern.md"), district("extern"));
        Files.createSymbolicLink(content.resolve("stadsdelar/extern.md"), outside);
        assertRefusedLink("stadsdelar/extern.md");
    }

    @Test
    void relativeFileLinkClimbingOutOfTheContentIsRefused() throws IOException {
        TestSites.write(temp.resolve("a/hemligt.md"), district("hemligt"));
        Files.createSymbolicLink(content.resolve("stadsdelar/hemligt.md"), Path.of("../../../hemligt.md"));
        assertTrue(Files.isRegularFile(content.resolve("stadsdelar/hemligt.md")), "the link resolves");
        assertRefusedLink("stadsdelar/hemligt.md");
    }

    @Test
    void folderLinkToOutsideTheContentIsRefused() throws IOException {
        Path outside = temp.resolve("hemligt");
        TestSites.write(outside.resolve("extern.md"), district("extern"));
        Files.createSymbolicLink(content.resolve("extern"), outside);
        assertRefusedLink("extern");
    }

    @Test
    void danglingLinkToOutsideTheContentIsRefused() throws IOException {
        Files.createSymbolicLink(content.resolve("stadsdelar/borta.md"), temp.resolve("finns-inte/borta.md"));
        assertRefusedLink("stadsdelar/borta.md");
    }

    @Test
    void linkThatStaysInsideTheContentIsRead() throws IOException {
        // The target is in a hidden folder, which is not read by itself, so the district exists once.
        TestSites.write(content.resolve(".delat/extra.md"), district("extra"));
        Files.createSymbolicLink(content.resolve("stadsdelar/extra.md"), Path.of("../.delat/extra.md"));
        Run run = TestSites.build(content, site);
        assertEquals(0, run.exitCode(), run::describe);
        assertTrue(Files.isRegularFile(site.resolve("stadsdelar/extra/index.html")), "the linked district is published");
    }

    private void assertRefusedLink(String link) {
        Map<String, String> before = FolderState.of(temp);
        Run run = TestSites.build(content, site);
        assertEquals(1, run.exitCode(), run::describe);
        assertTrue(run.err().lines().anyMatch(l -> l.startsWith(link + ":") && l.contains("symbolisk länk")),
                () -> "the link " + link + " is named as a symbolic link\n" + run.describe());
        assertEquals("", FolderState.difference(before, FolderState.of(temp)), "nothing changed");
    }

    // ---------------------------------------------------------------- links beside and inside the output

    @Test
    void linkPlantedInThePreviousSiteIsRemovedNotFollowed() throws IOException {
        Run first = TestSites.build(content, site);
        assertEquals(0, first.exitCode(), first::describe);
        Path precious = TestSites.write(temp.resolve("viktigt/data.txt"), "rör inte");
        Files.createSymbolicLink(site.resolve("planterad"), precious.getParent());
        Files.createSymbolicLink(site.resolve("stadsdelar/planterad.txt"), precious);
        Map<String, String> outside = FolderState.of(temp.resolve("viktigt"));
        changeTheContent();
        Run second = TestSites.build(content, site);
        assertEquals(0, second.exitCode(), second::describe);
        assertEquals("", FolderState.difference(outside, FolderState.of(temp.resolve("viktigt"))), "the folder the links led to");
        assertFalse(Files.exists(site.resolve("planterad"), LinkOption.NOFOLLOW_LINKS), "the old site's link is gone with it");
        assertFalse(Files.exists(site.resolve("stadsdelar/planterad.txt"), LinkOption.NOFOLLOW_LINKS), "the old site's link is gone with it");
    }

    @Test
    void leftoverStagingAndPreviousFoldersThatAreLinksAreNotFollowed() throws IOException {
        Run first = TestSites.build(content, site);
        assertEquals(0, first.exitCode(), first::describe);
        Path precious = TestSites.write(temp.resolve("viktigt/data.txt"), "rör inte");
        Files.createSymbolicLink(site.resolveSibling(".site.staging"), precious.getParent());
        Files.createSymbolicLink(site.resolveSibling(".site.previous"), precious.getParent());
        Map<String, String> outside = FolderState.of(temp.resolve("viktigt"));
        changeTheContent();
        Run second = TestSites.build(content, site);
        assertEquals(0, second.exitCode(), second::describe);
        assertEquals("", FolderState.difference(outside, FolderState.of(temp.resolve("viktigt"))), "the folder the links led to");
        assertTrue(Files.isRegularFile(site.resolve("index.html")));
        assertTrue(Files.readString(site.resolve("stadsdelar/gottsunda/index.html")).contains("Ändrad i testet"), "the new site is in place");
        assertFalse(Files.exists(site.resolveSibling(".site.staging"), LinkOption.NOFOLLOW_LINKS), "no staging left");
        assertFalse(Files.exists(site.resolveSibling(".site.previous"), LinkOption.NOFOLLOW_LINKS), "no previous left");
    }

    /**
     * A file of the published site that was changed by hand, or replaced by a link to a private
     * file, must not be carried into the next build: the site the build leaves is byte for byte the
     * site it rendered, never the old bytes or the linked file.
     */
    @Test
    void fileChangedOrLinkedInThePreviousSiteIsNotCarriedOver() throws IOException {
        Run first = TestSites.build(content, site);
        assertEquals(0, first.exitCode(), first::describe);
        Path secret = TestSites.write(temp.resolve("hemligt.txt"), "HEMLIGT LÖSENORD");
        Files.writeString(site.resolve("index.html"), "manipulerad");
        Files.delete(site.resolve("css/insyn.css"));
        Files.createSymbolicLink(site.resolve("css/insyn.css"), secret);
        Path json = site.resolve("stadsdelar/valsatra/index.json");
        Files.delete(json);
        Files.createSymbolicLink(json, secret);
        changeTheContent();
        Run second = TestSites.build(content, site);
        assertEquals(0, second.exitCode(), second::describe);

        Path fresh = temp.resolve("fresh/site");
        Run clean = TestSites.build(content, fresh);
        assertEquals(0, clean.exitCode(), clean::describe);
        Map<String, String> built = FolderState.of(site);
        Map<String, String> expected = FolderState.of(fresh);
        built.remove(".insyn-manifest");
        expected.remove(".insyn-manifest");
        assertEquals("", FolderState.difference(expected, built), "the site is exactly what a fresh build of the same content writes");
        assertFalse(Files.isSymbolicLink(site.resolve("css/insyn.css")), "no link to a private file is published");
        assertFalse(Files.readString(site.resolve("css/insyn.css")).contains("HEMLIGT"), "the private file is not published");
    }

    /** A visible change to one district, so that the next build writes a new site. */
    private void changeTheContent() {
        TestSites.edit(content.resolve("stadsdelar/gottsunda.md"), text -> text + "\nÄndrad i testet.\n");
    }

    private static String show(String value) {
        String shown = value.replace("\u0000", "\\0").replace("\r", "\\r").replace("\n", "\\n");
        return shown.length() > 40 ? shown.substring(0, 20) + "…(" + shown.length() + ")" : shown;
    }
}
