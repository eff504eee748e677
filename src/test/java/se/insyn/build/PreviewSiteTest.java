package se.insyn.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.insyn.TestSites;
import se.insyn.problem.ContentException;

/**
 * The preview makes each file when it is asked for, and makes it as a build does: every file of a
 * built site is served with the same bytes, and a page's own problems are reported when it is asked
 * for, without keeping the other pages from being served.
 */
class PreviewSiteTest {
    private static final LocalDate TODAY = LocalDate.of(2024, 6, 1);
    private static final String AUDIT_PAGE = "granskningar/krn-2022-00009/index.html";

    @TempDir
    Path temp;

    private static Build.Preview preview(Build build, Path content) {
        return build.preview(new BuildOptions(content, null, null, null, TODAY));
    }

    @Test
    void everyFileOfABuiltSiteIsServedWithTheSameBytes() throws IOException {
        Path content = TestSites.copyContent(temp);
        Path output = temp.resolve("site");
        new Build().run(new BuildOptions(content, null, output, temp.resolve("register.txt"), TODAY));
        PreviewSite site = preview(new Build(), content).site();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(output)) {
            files = walk.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith(".insyn")).sorted().toList();
        }
        assertTrue(files.size() > 50, "a whole site: " + files.size());
        // Pages first, then the data files: the dataset is made last, after single records' files were asked for.
        for (Path file : files.stream().sorted((a, b) -> Boolean.compare(!a.toString().endsWith(".html"), !b.toString().endsWith(".html"))).toList()) {
            String name = output.relativize(file).toString();
            Optional<byte[]> served = site.file(name);
            assertTrue(served.isPresent(), name);
            assertArrayEquals(Files.readAllBytes(file), served.get(), name);
        }
        assertEquals(Optional.empty(), site.file("granskningar/finns-inte/index.html"));
        assertEquals(Optional.empty(), site.file("ingen-fil.txt"));
    }

    @Test
    void aThemesOwnHtmlFileIsServedThoughItIsNoPage() throws IOException {
        Path content = TestSites.copyContent(temp);
        Path theme = temp.resolve("tema");
        byte[] html = "<!DOCTYPE html><title>Om</title>".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        TestSites.write(theme.resolve("static/om/extra.html"), html);
        PreviewSite site = new Build().preview(new BuildOptions(content, theme, null, null, TODAY)).site();
        assertArrayEquals(html, site.file("om/extra.html").orElseThrow());
    }

    @Test
    void aPageIsRenderedOnlyWhenItIsAskedForAndThenKept() {
        Path content = TestSites.copyContent(temp);
        PreviewSite site = preview(new Build(), content).site();
        assertTrue(site.pageCount() > 20, "pages planned: " + site.pageCount());
        assertEquals(0, site.pagesRendered());
        byte[] page = site.file(AUDIT_PAGE).orElseThrow();
        assertEquals(1, site.pagesRendered());
        assertArrayEquals(page, site.file(AUDIT_PAGE).orElseThrow());
        assertEquals(1, site.pagesRendered(), "asked again, served from what was made");
    }

    @Test
    void aPageWithABrokenLinkReportsItWhenAskedForAndTheOtherPagesAreServed() {
        Path content = TestSites.copyContent(temp);
        TestSites.edit(content.resolve("granskningar/krn-2022-00009.md"),
                text -> text + "\nSe [en sida som inte finns](/granskningar/finns-inte/).\n");
        PreviewSite site = preview(new Build(), content).site();
        ContentException broken = assertThrows(ContentException.class, () -> site.file(AUDIT_PAGE));
        assertTrue(broken.problems().stream().anyMatch(p -> p.message(Locale.ROOT).contains("/granskningar/finns-inte/")),
                broken.problems()::toString);
        assertTrue(site.file("index.html").isPresent(), "the home page has no broken link");
    }

    @Test
    void aSecondPreviewParsesOnlyTheFileThatChanged() {
        Path content = TestSites.copyContent(temp);
        Build build = new Build();
        preview(build, content);
        TestSites.edit(content.resolve("granskningar/krn-2022-00009.md"), text -> text.replaceFirst("(?m)^title: ", "title: Ändrad "));
        PreviewSite site = preview(build, content).site();
        assertEquals(1, build.previewParsed());
        assertTrue(new String(site.file(AUDIT_PAGE).orElseThrow(), java.nio.charset.StandardCharsets.UTF_8).contains("<h1>Ändrad "));
    }
}
