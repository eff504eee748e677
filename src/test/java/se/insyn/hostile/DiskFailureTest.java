package se.insyn.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.insyn.TestSites;
import se.insyn.TestSites.Run;

/**
 * The output cannot be written: the staging folder cannot be created beside the output, or the disk
 * refuses a file halfway through the site, or the output's folder is read-only. Each time the build
 * ends with exit code 3 and one clean message (no stack trace), the previous site stays byte for
 * byte as it was, and no staging folder is left behind. Tests may run as root, where permissions are
 * not enforced, so the first two use limits the kernel enforces for everyone: a name longer than 255
 * bytes, and a path longer than 4 095 bytes.
 */
class DiskFailureTest {
    private static final int NAME_MAX = 255;
    private static final int PATH_MAX = 4095;

    @TempDir
    Path temp;

    private Path content;

    @BeforeEach
    void copyTheContent() {
        content = TestSites.copyContent(temp.resolve("in"));
    }

    @Test
    void stagingFolderThatCannotBeCreatedLeavesThePreviousSite() throws IOException {
        // The previous site is built under a short name and renamed; the staging folder's name, ".<name>.staging",
        // is then too long for the file system.
        Path built = temp.resolve("kort");
        assertBuilds(built);
        Path site = temp.resolve("s".repeat(NAME_MAX - 3));
        Files.move(built, site);
        assertFails(site, "the staging folder cannot be created");
    }

    @Test
    void diskThatFailsHalfwayThroughTheSiteLeavesThePreviousSite() throws IOException {
        // Measure the longest path in the site, then put the site so deep that exactly that path still fits below the
        // staging folder; a new district with an 80-character identifier then no longer does.
        Path scratch = temp.resolve("matt");
        assertBuilds(scratch);
        int longest;
        try (Stream<Path> walk = Files.walk(scratch)) {
            longest = walk.map(p -> scratch.relativize(p).toString().getBytes(StandardCharsets.UTF_8).length).max(Integer::compare).orElseThrow();
        }
        int parentLength = PATH_MAX - longest - 1 - "/.site.staging".length();
        Path parent = deepFolder(temp.resolve("d"), parentLength);
        Path site = parent.resolve("site");
        assertBuilds(site);
        assertTrue(site.resolveSibling(".site.staging").toString().length() + 1 + longest <= PATH_MAX, "the old site fit");

        String id = "x".repeat(80);
        TestSites.write(content.resolve("stadsdelar/" + id + ".md"), "---\ntype: district\nid: " + id + "\nname: Lång\n---\n");
        Map<String, String> before = FolderState.of(site);
        Run run = TestSites.build(content, site);
        assertCleanFailure(run, site);
        assertEquals("", FolderState.difference(before, FolderState.of(site)), "the previous site is as it was");
        assertTrue(run.err().contains("File name too long") || run.err().toLowerCase().contains("name too long")
                || run.err().contains("för lång"), "the message says what the disk refused:\n" + run.describe());
    }

    @Test
    void readOnlyFolderAroundTheOutputLeavesThePreviousSite() throws Exception {
        Path parent = temp.resolve("skrivskyddad");
        Path site = parent.resolve("site");
        assertBuilds(site);
        boolean root = "root".equals(System.getProperty("user.name"));
        if (!root) {
            Files.setPosixFilePermissions(parent, PosixFilePermissions.fromString("r-xr-xr-x"));
        } else {
            // Permissions do not stop root; the immutable attribute does, where the file system and capabilities allow it.
            Assumptions.assumeTrue(chattr("+i", parent), "neither permissions nor chattr +i can make a folder read-only here");
        }
        try {
            assertFalse(canCreateIn(parent), "the folder is read-only for this process");
            assertFails(site, "the output's folder is read-only");
        } finally {
            if (root) {
                chattr("-i", parent);
            } else {
                Files.setPosixFilePermissions(parent, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
        }
    }

    /** Changes the content (so the build has something to write), builds into {@code site} and expects a clean exit 3. */
    private void assertFails(Path site, String what) {
        TestSites.edit(content.resolve("stadsdelar/gottsunda.md"), text -> text + "\nÄndrad, så att bygget har något att skriva.\n");
        Map<String, String> before = FolderState.of(site);
        Run run = TestSites.build(content, site);
        assertCleanFailure(run, site);
        assertEquals("", FolderState.difference(before, FolderState.of(site)), what + ": the previous site is as it was");
    }

    private static void assertCleanFailure(Run run, Path site) {
        assertEquals(3, run.exitCode(), run::describe);
        assertEquals("", run.out(), "nothing reported as built");
        assertTrue(run.err().contains("kunde inte skriva webbplatsen") && run.err().contains("den tidigare webbplatsen är orörd"),
                run::describe);
        assertFalse(run.err().contains("Exception") || run.err().contains("\tat "), "no stack trace:\n" + run.describe());
        assertTrue(run.err().strip().lines().count() <= 2, "one clean message:\n" + run.describe());
        assertFalse(Files.exists(site.resolveSibling("." + site.getFileName() + ".staging"), LinkOption.NOFOLLOW_LINKS),
                "no staging folder left");
    }

    private void assertBuilds(Path site) {
        Run run = TestSites.build(content, site);
        assertEquals(0, run.exitCode(), run::describe);
    }

    /** A folder below {@code base} whose absolute path is exactly {@code length} bytes long. */
    private static Path deepFolder(Path base, int length) throws IOException {
        Path folder = base.toAbsolutePath();
        while (folder.toString().length() < length) {
            int missing = length - folder.toString().length() - 1;
            if (missing < 1) {
                folder = folder.resolveSibling(folder.getFileName() + "d");
                continue;
            }
            folder = folder.resolve("d".repeat(Math.min(200, missing)));
        }
        Files.createDirectories(folder);
        assertEquals(length, folder.toString().length(), "the deep folder's path length");
        return folder;
    }

    private static boolean canCreateIn(Path folder) {
        try {
            Files.delete(Files.createFile(folder.resolve("prov")));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean chattr(String flag, Path path) {
        try {
            Process process = new ProcessBuilder("chattr", flag, path.toString()).redirectErrorStream(true).start();
            return process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
