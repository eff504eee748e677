package se.insyn.register;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.insyn.TestSites.build;
import static se.insyn.TestSites.snapshot;
import static se.insyn.TestSites.write;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.insyn.BuiltSite;
import se.insyn.TestSites.Run;

/**
 * The register of published addresses, end to end through the command line: the first build of a
 * copy of the real content records every address in {@code publicerade-adresser.txt} beside the
 * content folder; later builds may not lose one unless the content declares it moved (a redirect) or
 * withdrawn (a notice).
 */
class AddressRegisterTest {
    private static final String FOLLOW_UP_FILE = "uppfoljningar/2023-03-08-handlingsplan-gottsunda.md";
    private static final String FOLLOW_UP = "/uppfoljningar/2023-03-08-handlingsplan-gottsunda/";
    private static final String TARGET = "/styrdokument/handlingsplan-gottsundaomradet-2021-2030/";

    @TempDir
    Path temp;

    private BuiltSite first;
    private byte[] firstRegister;

    @BeforeEach
    void publishTheRealContentOnce() throws IOException {
        first = BuiltSite.of(temp);
        assertTrue(Files.isRegularFile(first.register), "the first build creates the register");
        firstRegister = Files.readAllBytes(first.register);
    }

    private List<String> registered() throws IOException {
        return Files.readAllLines(first.register, StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
    }

    private Run buildAgain() {
        return build(first.content, first.site);
    }

    private void deleteTheFollowUp() throws IOException {
        Files.delete(first.content.resolve(FOLLOW_UP_FILE));
    }

    private void declare(String file, String frontMatter) {
        write(first.content.resolve(file), "---\n" + frontMatter + "---\n");
    }

    @Test
    void theFirstBuildRegistersEveryPublishedAddressBesideTheContentFolder() throws IOException {
        assertEquals(temp.resolve("publicerade-adresser.txt"), first.register);
        assertEquals(first.content.getParent(), first.register.getParent(), "beside the content folder, not inside it or the site");
        assertFalse(Files.exists(first.site.resolve("publicerade-adresser.txt")), "the register is not published");
        Set<String> pages = first.htmlFiles().stream().map(first::addressOf).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(pages, new TreeSet<>(registered()), "every page address, and nothing else");
        assertEquals(registered().size(), new TreeSet<>(registered()).size(), "each address once");
        assertTrue(registered().containsAll(List.of("/", FOLLOW_UP, "/granskningar/krn-2022-00009/rekommendation-3/svar/kommunstyrelsen/")));
        assertTrue(Files.readString(first.register).startsWith("#"), "the register explains itself in a comment line");
    }

    @Test
    void removingAPublishedRecordFailsTheBuildNamingTheAddressAndItsRegisterLine() throws IOException {
        Map<String, String> site = snapshot(first.site);
        deleteTheFollowUp();
        Run run = buildAgain();

        assertEquals(1, run.exitCode(), run::describe);
        int line = BuiltSite.lineOf(first.register, FOLLOW_UP);
        assertTrue(run.err().contains("publicerade-adresser.txt:" + line + ": den publicerade adressen " + FOLLOW_UP
                + " finns inte längre"), run.describe());
        assertTrue(run.err().contains("type: moved") && run.err().contains("type: withdrawn"), "the message says what to do");
        assertTrue(run.err().contains("1 fel – inget skrevs"), run.describe());
        assertEquals(site, snapshot(first.site), "the published site is untouched");
        assertArrayEquals(firstRegister, Files.readAllBytes(first.register), "the register is untouched");
    }

    @Test
    void aDeclaredMoveWritesARedirectPageAndTheRedirectMaps() throws IOException {
        deleteTheFollowUp();
        declare("adresser/flyttad-uppfoljning.md", """
                type: moved
                from: %s
                to: %s
                date: 2024-01-15
                reason: Uppföljningen redovisas på handlingsplanens sida
                """.formatted(FOLLOW_UP, TARGET));
        Run run = buildAgain();
        assertEquals(0, run.exitCode(), run::describe);

        Document redirect = first.page(FOLLOW_UP);
        Element refresh = redirect.selectFirst("meta[http-equiv=refresh]");
        assertNotNull(refresh, "the old address redirects without JavaScript");
        assertEquals("0; url=" + TARGET, refresh.attr("content"));
        assertEquals(BuiltSite.BASE + TARGET.substring(1), redirect.selectFirst("link[rel=canonical]").attr("href"));
        assertEquals(TARGET, redirect.selectFirst("main a").attr("href"), "a link for people whose browser does not follow");
        assertEquals("noindex", redirect.selectFirst("meta[name=robots]").attr("content"));
        assertTrue(redirect.text().contains("Uppföljningen redovisas på handlingsplanens sida"), "the reason is shown");
        assertTrue(Files.isRegularFile(first.fileFor(TARGET)), "the target is a page of the site");

        assertTrue(first.text("_redirects").lines().toList().contains(FOLLOW_UP + " " + TARGET + " 301"), first.text("_redirects"));
        assertTrue(first.text(".htaccess").lines().toList().contains("Redirect 301 " + FOLLOW_UP + " " + TARGET), first.text(".htaccess"));
        assertTrue(first.text("nginx-redirects.conf").lines().toList()
                .contains("location = " + FOLLOW_UP + " { return 301 " + TARGET + "; }"), first.text("nginx-redirects.conf"));
        assertTrue(registered().contains(FOLLOW_UP), "a moved address stays in the register");
    }

    /** Declares that the follow-up's address moved to {@code TARGET}. */
    private void declareTheFollowUpMoved() {
        declare("adresser/flyttad-uppfoljning.md", """
                type: moved
                from: %s
                to: %s
                date: 2024-01-15
                """.formatted(FOLLOW_UP, TARGET));
    }

    @Test
    void aMovedAddressIsNotListedInTheSitemap() throws IOException {
        deleteTheFollowUp();
        declareTheFollowUpMoved();
        Run run = buildAgain();
        assertEquals(0, run.exitCode(), run::describe);
        List<String> sitemap = first.text("sitemap.xml").lines().map(String::strip).toList();
        assertTrue(sitemap.contains("<url><loc>" + BuiltSite.BASE + TARGET.substring(1) + "</loc></url>"));
        assertFalse(sitemap.contains("<url><loc>" + BuiltSite.BASE + FOLLOW_UP.substring(1) + "</loc></url>"),
                "a redirect (noindex, canonical elsewhere) is no page for search engines to index");
    }

    @Test
    void aWithdrawnRecordLeavesANoticeWithDateAndReason() throws IOException {
        deleteTheFollowUp();
        declare("adresser/tillbakadragen-uppfoljning.md", """
                type: withdrawn
                address: %s
                title: Första uppföljningsrapporten
                date: 2024-02-01
                reason: Publicerades av misstag
                """.formatted(FOLLOW_UP));
        Run run = buildAgain();
        assertEquals(0, run.exitCode(), run::describe);

        Document notice = first.page(FOLLOW_UP);
        assertEquals(BuiltSite.BASE + FOLLOW_UP.substring(1), notice.selectFirst("link[rel=canonical]").attr("href"));
        assertTrue(notice.selectFirst("h1").text().contains("Första uppföljningsrapporten"), notice.selectFirst("h1").text());
        Element date = notice.selectFirst("main time[datetime=2024-02-01]");
        assertNotNull(date, "the date of the withdrawal");
        assertEquals("1 februari 2024", date.text());
        assertTrue(notice.selectFirst("main").text().contains("Publicerades av misstag"), "the reason");
        assertTrue(notice.select("meta[http-equiv=refresh]").isEmpty(), "a notice, not a redirect");
        assertTrue(registered().contains(FOLLOW_UP));
    }

    @Test
    void aFollowUpWhoseIdIsAYearTakesThatYearsAddressFromTheListOfFollowUps() throws IOException {
        String year = "/uppfoljningar/2023/";
        assertTrue(registered().contains(year), "the list of follow-ups has published its page of 2023");
        write(first.content.resolve("uppfoljningar/2023.md"), """
                ---
                type: follow-up
                id: "2023"
                title: Uppföljningen som heter som ett år
                date: 2023-05-01
                by: kommunstyrelsen
                source: Kommunstyrelsens beslut
                documents: [handlingsplan-gottsundaomradet-2021-2030]
                ---
                Text.
                """);
        Run run = buildAgain();
        assertEquals(0, run.exitCode(), run::describe);

        assertEquals("Uppföljningen som heter som ett år", first.page(year).selectFirst("h1").text(), "the follow-up's page, not a list");
        List<String> listed = first.page("/uppfoljningar/").select("ul.items a").eachAttr("href");
        assertTrue(listed.containsAll(List.of(year, FOLLOW_UP)), "the follow-ups of 2023 are on the list's own page: " + listed);
        assertFalse(first.page("/uppfoljningar/").select("nav.years a").eachAttr("href").contains(year));
    }

    @Test
    void aYearsPageStaysWhenItsLastEntryIsWithdrawn() throws IOException {
        String year = "/stadsdelar/gottsunda/2023/";
        assertTrue(first.page(year).select("main a").eachAttr("href").contains(FOLLOW_UP), "the follow-up is the district's one entry of 2023");
        deleteTheFollowUp();
        declare("adresser/tillbakadragen-uppfoljning.md", """
                type: withdrawn
                address: %s
                date: 2024-02-01
                reason: Publicerades av misstag
                """.formatted(FOLLOW_UP));
        Run run = buildAgain();
        assertEquals(0, run.exitCode(), run::describe);

        Document emptied = first.page(year);
        assertFalse(emptied.select("main a").eachAttr("href").contains(FOLLOW_UP));
        assertTrue(emptied.select("main").text().contains("Inget från det här året finns publicerat."), emptied.select("main").text());
        assertTrue(emptied.select("nav.years [aria-current=page]").text().equals("2023"), "still the page of 2023, linked from the district");
        assertTrue(first.page("/stadsdelar/gottsunda/").select("nav.years a").eachAttr("href").contains(year));
    }

    @Test
    void aMoveFromAnAddressThatIsStillLiveIsAnError() throws IOException {
        Map<String, String> site = snapshot(first.site);
        declareTheFollowUpMoved();
        Run run = buildAgain();

        assertEquals(1, run.exitCode(), run::describe);
        String error = run.err().lines().filter(l -> l.startsWith("adresser/flyttad-uppfoljning.md:")).findFirst().orElse("");
        assertTrue(error.contains(FOLLOW_UP + " används av en post som är publicerad"), run.describe());
        assertEquals(site, snapshot(first.site), "nothing was written");
    }

    @Test
    void theRegisterIsNotRewrittenWhenNothingIsNew() throws IOException {
        FileTime long_ago = FileTime.fromMillis(946_684_800_000L); // 2000-01-01
        Files.setLastModifiedTime(first.register, long_ago);
        Run run = buildAgain();
        assertEquals(0, run.exitCode(), run::describe);
        assertArrayEquals(firstRegister, Files.readAllBytes(first.register));
        assertEquals(long_ago, Files.getLastModifiedTime(first.register), "the file was not written again");
        try (var siblings = Files.list(temp)) {
            assertEquals(Set.of("content", "site", "publicerade-adresser.txt", ".site.inputs", ".site.pages"),
                    siblings.map(p -> p.getFileName().toString()).collect(Collectors.toSet()), "no temporary file is left");
        }
    }

    @Test
    void theRegisterOnlyGrows() throws IOException {
        List<String> before = registered();
        write(first.content.resolve("stadsdelar/sunnersta.md"), """
                ---
                type: district
                id: sunnersta
                name: Sunnersta
                ---
                """);
        Run run = buildAgain();
        assertEquals(0, run.exitCode(), run::describe);
        List<String> after = registered();
        assertTrue(after.containsAll(before), "no address is ever dropped");
        assertEquals(Set.of("/stadsdelar/sunnersta/"), after.stream().filter(a -> !before.contains(a)).collect(Collectors.toSet()));

        Files.delete(first.content.resolve("stadsdelar/sunnersta.md"));
        run = buildAgain();
        assertEquals(1, run.exitCode(), "the new district's address is now published too: " + run.describe());
        assertTrue(run.err().contains("den publicerade adressen /stadsdelar/sunnersta/ finns inte längre"), run.describe());
    }
}
