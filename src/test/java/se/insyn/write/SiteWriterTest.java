package se.insyn.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.insyn.render.RenderedPage;

class SiteWriterTest {
    @TempDir
    Path temp;

    private static RenderedPage page(String file, String html) {
        return new RenderedPage("/" + file, file, html.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> files(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).map(p -> folder.relativize(p).toString()).sorted().toList();
        }
    }

    @Test
    void aNewBuildReplacesTheOldSiteWhole() throws IOException {
        Path site = temp.resolve("site");
        new SiteWriter(site).write(List.of(page("index.html", "v1"), page("gammal/index.html", "old")), Map.of());
        new SiteWriter(site).write(List.of(page("index.html", "v2")), Map.of("css/insyn.css", new byte[] {1}));
        assertEquals(List.of(".insyn-manifest", ".insyn-site", "css/insyn.css", "index.html"), files(site));
        assertEquals("v2", Files.readString(site.resolve("index.html")));
        try (Stream<Path> siblings = Files.list(temp)) {
            assertEquals(List.of(site), siblings.toList(), "no staging or previous folder is left behind");
        }
    }

    @Test
    void unchangedFilesAreNotWrittenAgainAndKeepTheirTimeStamps() throws IOException {
        Path site = temp.resolve("site");
        new SiteWriter(site).write(List.of(page("a/index.html", "a1"), page("b/index.html", "b1")), Map.of());
        FileTime aBefore = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(site.resolve("a/index.html"), aBefore);
        Files.setLastModifiedTime(site.resolve("b/index.html"), aBefore);

        int written = new SiteWriter(site).write(List.of(page("a/index.html", "a1"), page("b/index.html", "b2")), Map.of());
        assertEquals(1, written, "only the changed file is written");
        assertEquals(aBefore, Files.getLastModifiedTime(site.resolve("a/index.html")), "the unchanged file keeps its time stamp");
        assertEquals("b2", Files.readString(site.resolve("b/index.html")));
        assertTrue(Files.getLastModifiedTime(site.resolve("b/index.html")).compareTo(aBefore) > 0);
    }

    @Test
    void aBuildThatChangesNothingWritesNothingAndLeavesTheSiteInPlace() throws IOException {
        Path site = temp.resolve("site");
        new SiteWriter(site).write(List.of(page("index.html", "same")), Map.of("css/insyn.css", new byte[] {1}));
        Object folderBefore = Files.readAttributes(site, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
        try (Transaction transaction = new SiteWriter(site).begin()) {
            transaction.write("index.html", "same".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            transaction.write("css/insyn.css", new byte[] {1});
            Transaction.Result result = transaction.commit("");
            assertEquals(0, result.written());
            assertEquals(2, result.unchanged());
            assertFalse(result.replaced());
        }
        assertEquals(folderBefore, Files.readAttributes(site, java.nio.file.attribute.BasicFileAttributes.class).fileKey(),
                "the very same folder is still the site");
        assertFalse(Files.exists(temp.resolve(".site.staging")));
    }

    @Test
    void aStreamedFileIsPublishedLikeAWrittenOneAndKeptWhenUnchanged() throws IOException {
        Path site = temp.resolve("site");
        for (int build = 0; build < 2; build++) {
            try (Transaction transaction = new SiteWriter(site).begin()) {
                transaction.write("index.html", "sida".getBytes(java.nio.charset.StandardCharsets.UTF_8));
                try (java.io.OutputStream out = transaction.open("data/insyn.json")) {
                    out.write("{}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
                }
                Transaction.Result result = transaction.commit("");
                assertEquals(build == 0 ? 2 : 0, result.written(), "the second build finds both files unchanged");
            }
        }
        assertEquals("{}", Files.readString(site.resolve("data/insyn.json")));
        assertEquals(Files.getPosixFilePermissions(site.resolve("index.html")),
                Files.getPosixFilePermissions(site.resolve("data/insyn.json")), "a web server can read it like any page");
        try (Stream<Path> files = Files.list(site)) {
            assertEquals(List.of(), files.filter(f -> f.getFileName().toString().startsWith(".partial")).toList(),
                    "no partial file left");
        }
    }

    @Test
    void aDamagedLineOfTheManifestOnlyMeansItsFileIsWrittenAgain() throws IOException {
        Path site = temp.resolve("site");
        // Enough pages for one rewritten file to be put into the site in place.
        List<RenderedPage> pages = java.util.stream.IntStream.range(0, 12).mapToObj(i -> page("p" + i + "/index.html", "sida " + i)).toList();
        new SiteWriter(site).write(pages, Map.of());
        Path manifest = site.resolve(".insyn-manifest");
        List<String> lines = Files.readAllLines(manifest);
        Files.write(manifest, lines.stream().map(l -> l.endsWith(" p3/index.html") ? "zz" + l.substring(2) : l).toList());
        Files.setLastModifiedTime(manifest, FileTime.fromMillis(System.currentTimeMillis() + 60_000));
        Object folderBefore = Files.readAttributes(site, java.nio.file.attribute.BasicFileAttributes.class).fileKey();

        int written = new SiteWriter(site).write(pages, Map.of());
        assertEquals(1, written, "the file whose record is unreadable is written again, the others are kept");
        assertEquals(folderBefore, Files.readAttributes(site, java.nio.file.attribute.BasicFileAttributes.class).fileKey(),
                "put into the site in place");
        assertEquals("sida 3", Files.readString(site.resolve("p3/index.html")));
        assertEquals(lines, Files.readAllLines(manifest), "the manifest is whole again");
    }

    @Test
    void aManifestOfAnEarlierVersionMeansEveryFileIsWrittenOnceMore() throws IOException {
        Path site = temp.resolve("site");
        List<RenderedPage> pages = List.of(page("a/index.html", "a"), page("b/index.html", "b"));
        new SiteWriter(site).write(pages, Map.of());
        Path manifest = site.resolve(".insyn-manifest");
        // As versions before the hash of ContentHash wrote it: a SHA-256 of 64 hexadecimal digits.
        Files.write(manifest, List.of("inputs x",
                "ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb 1 a/index.html",
                "3e23e8160039594a33894f6564e1b1348bbd7a0088d42c4acb73eeaed59c009d 1 b/index.html"));

        assertEquals(2, new SiteWriter(site).write(pages, Map.of()), "an unreadable record is no record");
        assertEquals(0, new SiteWriter(site).write(pages, Map.of()), "the manifest is of this version again");
        assertEquals("a", Files.readString(site.resolve("a/index.html")));
    }

    @Test
    void aFileRemovedFromTheSiteIsGoneAfterTheNextBuild() throws IOException {
        Path site = temp.resolve("site");
        new SiteWriter(site).write(List.of(page("index.html", "x"), page("gammal/index.html", "old")), Map.of());
        assertEquals(0, new SiteWriter(site).write(List.of(page("index.html", "x")), Map.of()));
        assertEquals(List.of(".insyn-manifest", ".insyn-site", "index.html"), files(site));
    }

    @Test
    void aFailingWriteLeavesThePreviousSiteUntouched() throws IOException {
        Path site = temp.resolve("site");
        new SiteWriter(site).write(List.of(page("index.html", "v1")), Map.of());
        // A directory where a file must go makes the write throw half-way, like a full disk would.
        Iterable<RenderedPage> failing = List.of(page("a/index.html", "new"), page("a/index.html/x", "boom"));
        WriteException error = assertThrows(WriteException.class, () -> new SiteWriter(site).write(failing, Map.of()));
        assertTrue(error.getMessage().contains("den tidigare webbplatsen är orörd"), error.getMessage());
        assertEquals("v1", Files.readString(site.resolve("index.html")));
        assertEquals(List.of(".insyn-manifest", ".insyn-site", "index.html"), files(site));
        assertFalse(Files.exists(temp.resolve(".site.staging")));
    }

    @Test
    void nothingIsWrittenOutsideTheOutputFolder() throws IOException {
        Path site = temp.resolve("site");
        for (String evil : List.of("../utanfor.html", "a/../../utanfor.html", "/tmp/insyn-absolut.html")) {
            assertThrows(WriteException.class, () -> new SiteWriter(site).write(List.of(page(evil, "x")), Map.of()), evil);
        }
        assertFalse(Files.exists(temp.resolve("utanfor.html")));
        assertFalse(Files.exists(Path.of("/tmp/insyn-absolut.html")));
    }

    @Test
    void aFolderWithSomeoneElsesFilesIsNeverReplaced() throws IOException {
        Path documents = temp.resolve("dokument");
        Files.createDirectories(documents);
        Files.writeString(documents.resolve("viktigt.txt"), "behåll");
        assertThrows(WriteException.class, () -> new SiteWriter(documents).write(List.of(page("index.html", "x")), Map.of()));
        assertEquals("behåll", Files.readString(documents.resolve("viktigt.txt")));
        assertEquals(List.of("viktigt.txt"), files(documents));
    }

    @Test
    void aBuildKilledBetweenTheTwoRenamesIsRecoveredByTheNext() throws IOException {
        Path site = temp.resolve("site");
        new SiteWriter(site).write(List.of(page("index.html", "v1")), Map.of());
        // Simulate a kill after the old site was moved aside but before the new one was moved in.
        Files.move(site, temp.resolve(".site.previous"));
        Files.createDirectories(temp.resolve(".site.staging"));
        Files.writeString(temp.resolve(".site.staging/half.html"), "half");
        new SiteWriter(site).write(List.of(page("index.html", "v2")), Map.of());
        assertEquals("v2", Files.readString(site.resolve("index.html")));
        assertEquals(List.of(".insyn-manifest", ".insyn-site", "index.html"), files(site));
        try (Stream<Path> siblings = Files.list(temp)) {
            assertEquals(List.of(site), siblings.toList());
        }
    }

    /** Twenty pages, the n-th with the given text. */
    private static List<RenderedPage> pages(String... changed) {
        List<RenderedPage> pages = new java.util.ArrayList<>();
        for (int i = 0; i < 20; i++) {
            pages.add(page("p" + i + "/index.html", i < changed.length ? changed[i] : "sida " + i));
        }
        return pages;
    }

    private static Object fileKey(Path path) throws IOException {
        return Files.readAttributes(path, java.nio.file.attribute.BasicFileAttributes.class,
                java.nio.file.LinkOption.NOFOLLOW_LINKS).fileKey();
    }

    /** The twenty-page site, built. */
    private Path builtSite() {
        Path site = temp.resolve("site");
        new SiteWriter(site).write(pages(), Map.of());
        return site;
    }

    /** New files waiting in the staging folder, as a build leaves them before its moves: path, text, path, text … */
    private Path staged(String... pathsAndTexts) throws IOException {
        Path staging = temp.resolve(".site.staging");
        for (int i = 0; i < pathsAndTexts.length; i += 2) {
            Path file = staging.resolve(pathsAndTexts[i]);
            Files.createDirectories(file.getParent());
            Files.writeString(file, pathsAndTexts[i + 1]);
        }
        return staging;
    }

    private static void assertEmpty(Path folder, String why) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(List.of(), files.toList(), why);
        }
    }

    @Test
    void aFewChangedFilesArePutIntoTheSiteAndTheRestIsNotTouched() throws IOException {
        Path site = builtSite();
        Object folder = fileKey(site);
        Object unchanged = fileKey(site.resolve("p5/index.html"));
        Files.writeString(site.resolve("handlagd.txt"), "lagd här för hand");

        assertEquals(1, new SiteWriter(site).write(pages("ny sida 0"), Map.of()));
        assertEquals("ny sida 0", Files.readString(site.resolve("p0/index.html")));
        assertEquals(folder, fileKey(site), "the site's folder is the same folder: only the changed file was put into it");
        assertEquals(unchanged, fileKey(site.resolve("p5/index.html")), "an unchanged file is the very same file");
        assertFalse(Files.exists(site.resolve("handlagd.txt")), "a file no build wrote goes, as with a replaced folder");
        try (Stream<Path> siblings = Files.list(temp)) {
            assertEquals(List.of(site), siblings.toList(), "no staging folder is left behind");
        }
    }

    @Test
    void manyChangedFilesReplaceTheFolderWhole() throws IOException {
        Path site = builtSite();
        Object folder = fileKey(site);
        Object unchanged = fileKey(site.resolve("p19/index.html"));
        new SiteWriter(site).write(pages("a", "b", "c", "d", "e", "f"), Map.of());
        assertEquals("f", Files.readString(site.resolve("p5/index.html")));
        assertFalse(folder.equals(fileKey(site)), "a new folder took the site's place");
        assertEquals(unchanged, fileKey(site.resolve("p19/index.html")), "the unchanged file is linked into it, not written");
    }

    @Test
    void anUpdateKilledWhileMovingItsFilesIsFinishedByTheNextBuild() throws IOException {
        Path site = temp.resolve("site");
        new SiteWriter(site).write(pages(), Map.of("gammal.txt", new byte[] {1}));
        // What a build killed half-way through its moves leaves: p0 moved, p1 still waiting, the old file not yet removed.
        Files.writeString(site.resolve("p0/index.html"), "ny 0");
        Path staging = staged("p1/index.html", "ny 1", ".insyn-manifest", "inputs efter\n");
        Files.write(staging.resolve(".insyn-moves"), List.of("+ p0/index.html", "+ p1/index.html", "- gammal.txt"));

        assertEquals(java.util.Optional.of("efter"), new SiteWriter(site).lastInputs(), "the new manifest is in place");
        assertEquals("ny 0", Files.readString(site.resolve("p0/index.html")));
        assertEquals("ny 1", Files.readString(site.resolve("p1/index.html")));
        assertFalse(Files.exists(site.resolve("gammal.txt")));
        assertFalse(Files.exists(staging));
    }

    @Test
    void aHalfWrittenUpdateWithoutItsListOfMovesIsThrownAway() throws IOException {
        Path site = builtSite();
        Path staging = staged("p1/index.html", "halv");
        new SiteWriter(site).lastInputs();
        assertEquals("sida 1", Files.readString(site.resolve("p1/index.html")));
        assertFalse(Files.exists(staging));
    }

    @Test
    void anUpdateNeverMovesAFileThroughALinkInTheSite() throws IOException {
        Path site = builtSite();
        Path elsewhere = Files.createDirectories(temp.resolve("annanstans"));
        SiteWriter.deleteQuietly(site.resolve("p0"));
        Files.createSymbolicLink(site.resolve("p0"), elsewhere);
        new SiteWriter(site).write(pages("ny 0"), Map.of());
        assertEquals("ny 0", Files.readString(site.resolve("p0/index.html")));
        assertFalse(Files.isSymbolicLink(site.resolve("p0")), "the link is gone with the old site");
        assertEmpty(elsewhere, "nothing was written where the link led");
    }

    @Test
    void aFileReachedThroughALinkedFolderIsNotTakenForTheSitesOwn() throws IOException {
        Path site = builtSite();
        // The same bytes elsewhere, older than the manifest, behind a link that took the place of the page's folder.
        Path elsewhere = Files.createDirectories(temp.resolve("annanstans"));
        Files.writeString(elsewhere.resolve("index.html"), "sida 3");
        Files.setLastModifiedTime(elsewhere.resolve("index.html"), FileTime.fromMillis(1_000_000_000_000L));
        SiteWriter.deleteQuietly(site.resolve("p3"));
        Files.createSymbolicLink(site.resolve("p3"), elsewhere);

        new SiteWriter(site).write(pages("ny 0"), Map.of());
        assertFalse(Files.isSymbolicLink(site.resolve("p3")), "the page's folder is a folder of the site again");
        assertEquals("sida 3", Files.readString(site.resolve("p3/index.html")));
    }

    @Test
    void movesThatFailHalfWayAreKeptAndFinishedByTheNextBuild() throws IOException {
        Path site = builtSite();
        Path staging = staged("p0/index.html", "ny 0", "ny/index.html", "ny sida");
        Update.decide(staging, List.of("p0/index.html", "ny/index.html"), List.of());
        // A folder takes the new page's name while the moves run: the second move fails.
        Files.createDirectories(site.resolve("ny/index.html/i-vagen"));
        assertThrows(IOException.class, () -> Update.finish(site, staging));
        assertEquals("ny 0", Files.readString(site.resolve("p0/index.html")), "the first move was made");
        assertTrue(Update.decided(staging), "the list of moves is kept for the next build");

        SiteWriter.deleteQuietly(site.resolve("ny"));
        new SiteWriter(site).lastInputs();
        assertEquals("ny sida", Files.readString(site.resolve("ny/index.html")), "the next build made the rest");
        assertFalse(Files.exists(staging));
    }

    @Test
    void aMoveNeverGoesThroughALinkPlantedAfterItWasDecided() throws IOException {
        Path site = builtSite();
        Path staging = staged("ny/index.html", "ny sida");
        Update.decide(staging, List.of("ny/index.html"), List.of());
        Path elsewhere = Files.createDirectories(temp.resolve("annanstans"));
        Files.createSymbolicLink(site.resolve("ny"), elsewhere);

        Update.finish(site, staging);
        assertEmpty(elsewhere, "nothing was moved where the link leads");
    }
}
