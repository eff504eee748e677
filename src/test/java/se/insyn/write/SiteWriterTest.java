package se.insyn.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
        return new RenderedPage("/" + file, file, html);
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
        assertEquals(List.of(".insyn-site", "css/insyn.css", "index.html"), files(site));
        assertEquals("v2", Files.readString(site.resolve("index.html")));
        try (Stream<Path> siblings = Files.list(temp)) {
            assertEquals(List.of(site), siblings.toList(), "no staging or previous folder is left behind");
        }
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
        assertEquals(List.of(".insyn-site", "index.html"), files(site));
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
        assertEquals(List.of(".insyn-site", "index.html"), files(site));
        try (Stream<Path> siblings = Files.list(temp)) {
            assertEquals(List.of(site), siblings.toList());
        }
    }
}
