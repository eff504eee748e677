package se.insyn.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.insyn.TestSites;

/**
 * A build keeps the previous site's page, without rendering it, only when the page's key (what it
 * is made of) is the one recorded for it and its file is still as written; the site is then the
 * one a clean build makes, byte for byte.
 */
class KeptPagesTest {
    private static final String STATEMENT = "arenden/ksn-2023-00442/bilaga-1-yttrande.md";
    private static final String ANSWER = "Att se över samverkans- och samordningsgrupper";
    private static final String EDITED = "Att se över alla samverkans- och samordningsgrupper";
    private static final String UNRELATED_PAGE = "granskningar/krn-2022-00009/rekommendation-2/index.html";

    @TempDir
    Path temp;
    private Path content;
    private Path site;
    private int builds;

    @BeforeEach
    void firstBuild() {
        content = TestSites.copyContent(temp);
        site = temp.resolve("site");
        BuildResult first = build(site);
        assertEquals(0, first.pagesKept(), "a first build has no page to keep");
    }

    private BuildResult build(Path output) {
        return new Build().run(new BuildOptions(content, null, output, temp.resolve("register-" + (builds++) + ".txt")));
    }

    /** The site a clean build makes of the content as it is now. */
    private void assertSameAsACleanBuild() throws IOException {
        Path clean = temp.resolve("clean-" + builds);
        build(clean);
        assertEquals(IncrementalBuildProperties.hashes(clean), IncrementalBuildProperties.hashes(site));
    }

    @Test
    void anEditedAnswerRendersOnlyThePagesThatShowIt() throws IOException {
        TestSites.replace(content.resolve(STATEMENT), ANSWER, EDITED);
        BuildResult edited = build(site);

        int rendered = edited.pages() - edited.pagesKept();
        assertTrue(rendered > 0 && rendered < edited.pages() / 4, "the pages that show the answer (its own, its recommendation's, the"
                + " audit's, the statement's, the lists'): " + rendered + " of " + edited.pages() + " rendered");
        assertTrue(Files.readString(site.resolve("granskningar/krn-2022-00009/rekommendation-1/index.html")).contains(EDITED));
        assertSameAsACleanBuild();
    }

    @Test
    void aPageChangedInTheSiteByHandIsRenderedAgain() throws IOException {
        Path page = site.resolve(UNRELATED_PAGE);
        Files.writeString(page, "<p>ändrad för hand</p>", StandardOpenOption.APPEND);
        TestSites.replace(content.resolve(STATEMENT), ANSWER, EDITED);
        build(site);

        assertTrue(!Files.readString(page).contains("ändrad för hand"), "the page is rendered and written again");
        assertSameAsACleanBuild();
    }

    @Test
    void aRecordOlderThanTheSiteKeepsNoPageThatChangedSince() throws IOException {
        Path record = PageRecord.fileFor(site);
        Path older = temp.resolve("older-record");
        Files.copy(record, older);
        TestSites.replace(content.resolve(STATEMENT), ANSWER, EDITED);
        build(site);
        // As if the build had stopped after putting its site in place, before saving its record.
        Files.copy(older, record, StandardCopyOption.REPLACE_EXISTING);
        TestSites.replace(content.resolve(STATEMENT), EDITED, ANSWER);
        BuildResult back = build(site);

        assertTrue(back.pagesKept() > 0, "pages that did not change are kept");
        assertTrue(Files.readString(site.resolve("granskningar/krn-2022-00009/rekommendation-1/index.html")).contains(ANSWER),
                "the page the older record describes with its old key, but which the site has in its newer version, is rendered");
        assertSameAsACleanBuild();
    }

    @Test
    void aDamagedRecordKeepsNothing() throws IOException {
        Path record = PageRecord.fileFor(site);
        byte[] bytes = Files.readAllBytes(record);
        Files.write(record, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        TestSites.replace(content.resolve(STATEMENT), ANSWER, EDITED);
        BuildResult edited = build(site);

        assertEquals(0, edited.pagesKept());
        assertSameAsACleanBuild();
    }

    @Test
    void aChangedTemplateRendersEveryPage() throws IOException {
        Path theme = temp.resolve("theme");
        Files.createDirectories(theme.resolve("templates"));
        String layout = Files.readString(Path.of("themes/default/templates/layout.ftlh"));
        Files.writeString(theme.resolve("templates/layout.ftlh"), layout.replace("</main>", "<p>Ny rad i temat</p></main>"));
        BuildResult themed = new Build().run(new BuildOptions(content, theme, site, temp.resolve("register-themed.txt")));

        assertEquals(0, themed.pagesKept(), "a page made with another theme is not the same page");
        assertTrue(Files.readString(site.resolve(UNRELATED_PAGE)).contains("Ny rad i temat"));
    }

    @Test
    void aRemovedFileKeepsNothing() throws IOException {
        Files.delete(content.resolve("uppfoljningar/2023-03-08-handlingsplan-gottsunda.md"));
        BuildResult removed = build(site);

        assertEquals(0, removed.pagesKept(), "a kept page's links were checked against files the site no longer has all of");
        assertSameAsACleanBuild();
    }
}
