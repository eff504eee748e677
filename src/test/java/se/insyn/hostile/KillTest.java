package se.insyn.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import se.insyn.TestSites;
import se.insyn.TestSites.Run;

/**
 * A build killed with SIGKILL at any moment — while the JVM starts, while it reads and renders,
 * while it writes the staging folder — leaves the output folder holding one complete site: the old
 * one or the new one, never a mix. The next normal build then succeeds and leaves no staging or
 * previous folder behind, also when it finds nothing to change in the site. The builds run as child JVMs ({@code se.insyn.cli.Main build}) on a
 * generated content folder big enough for a build to take a few seconds; two versions of it differ
 * in the site's title, which is on every page, so every build replaces the whole folder. (A build
 * that changes only a few files renames them into the site instead; a kill during those renames is
 * finished by the next build: {@code write.SiteWriterTest}.)
 */
class KillTest {
    private static final int CASES = 30;
    private static final int SPREAD_KILLS = 10;
    private static final double[] WRITE_PHASE_KILLS = {0.0, 0.25, 0.5, 0.75};
    private static final Duration BUILD_LIMIT = Duration.ofSeconds(90);

    @TempDir
    Path temp;

    private Path site;
    private Path staging;
    private Path previous;

    private record Build(int exitCode, long millis, long stagingAfterMillis, Path log) {
    }

    @Test
    @Timeout(value = 170, unit = TimeUnit.SECONDS)
    void killedBuildLeavesTheOldSiteOrTheNewNeverAMix() throws Exception {
        Path versionA = temp.resolve("innehall-a");
        Run sample = TestSites.run("sample", "--cases", String.valueOf(CASES), "--output", versionA.toString());
        assertEquals(0, sample.exitCode(), sample::describe);
        Path versionB = temp.resolve("innehall-b");
        copy(versionA, versionB);
        Path siteFile = versionB.resolve("site.md");
        String settings = Files.readString(siteFile);
        Files.writeString(siteFile, settings.replaceFirst("(?m)^title: .*$", Matcher.quoteReplacement("title: Version B av webbplatsen")));
        assertNotEquals(settings, Files.readString(siteFile), "version B has another title");

        site = temp.resolve("site");
        staging = temp.resolve(".site.staging");
        previous = temp.resolve(".site.previous");

        Build first = buildToTheEnd(versionA);
        Map<String, String> a = FolderState.of(site);
        Build second = buildToTheEnd(versionB);
        Map<String, String> b = FolderState.of(site);
        assertNotEquals(a, b, "the two versions give different sites");
        assertEquals(a.keySet(), b.keySet(), "the same files, with other bytes");
        assertTrue(a.size() > 200, "a site of some size: " + a.size());
        long duration = Math.max(first.millis(), second.millis());
        long writing = Math.max(50, second.millis() - second.stagingAfterMillis());

        List<String> outcomes = new ArrayList<>();
        Map<String, String> current = b;
        int interrupted = 0;
        int duringWrite = 0;
        List<Long> delays = new ArrayList<>();
        for (int i = 0; i < SPREAD_KILLS; i++) {
            delays.add(duration * (2L * i + 1) / (2L * SPREAD_KILLS));
        }
        for (int kill = 0; kill < SPREAD_KILLS + WRITE_PHASE_KILLS.length; kill++) {
            boolean inWritePhase = kill >= SPREAD_KILLS;
            Path version = current == a ? versionB : versionA;
            Map<String, String> old = current;
            Map<String, String> next = current == a ? b : a;
            Instant start = Instant.now();
            Process process = start(version, temp.resolve("kill-" + kill + ".log"));
            String when;
            if (inWritePhase) {
                double fraction = WRITE_PHASE_KILLS[kill - SPREAD_KILLS];
                boolean writingStarted = awaitStaging(start, process, duration * 3);
                Thread.sleep((long) (fraction * writing));
                when = writingStarted ? String.format("%.0f%% into writing", fraction * 100) : "after the build ended";
            } else {
                Thread.sleep(delays.get(kill));
                when = delays.get(kill) + " ms after start";
            }
            process.destroyForcibly();
            assertTrue(process.waitFor(30, TimeUnit.SECONDS), "the killed build ends");
            boolean wasRunning = process.exitValue() != 0;
            boolean stagingLeft = Files.exists(staging, LinkOption.NOFOLLOW_LINKS);
            interrupted += wasRunning ? 1 : 0;
            duringWrite += stagingLeft ? 1 : 0;

            Map<String, String> now = FolderState.of(site);
            String state;
            if (now.equals(old)) {
                state = "old site";
            } else if (now.equals(next)) {
                state = "new site";
                current = next;
            } else if (now.isEmpty() && !Files.exists(site) && FolderState.of(previous).equals(old)) {
                // Killed between the two renames of the swap: the old site waits complete in .site.previous, and the
                // next build puts it back before anything else.
                state = "old site in .site.previous (killed during the swap)";
            } else {
                fail("kill " + kill + " (" + when + ") left a mix in the output folder: against the old site "
                        + FolderState.difference(old, now) + "; against the new site " + FolderState.difference(next, now));
                return;
            }
            outcomes.add("kill " + kill + " at " + when + ": " + (wasRunning ? "killed" : "had finished") + ", " + state
                    + (stagingLeft ? ", staging left" : ""));
        }
        System.out.println("KillTest:\n  " + String.join("\n  ", outcomes));
        assertTrue(interrupted >= SPREAD_KILLS / 2, "most kills hit a running build:\n" + String.join("\n", outcomes));
        assertTrue(duringWrite >= 1, "at least one kill hit the writing of the staging folder:\n" + String.join("\n", outcomes));

        // One more kill just after the new site's staging folder appears, so that it is surely left behind; then a
        // normal build of what the site shows now, then of the other version: both succeed and clean up.
        Instant start = Instant.now();
        Process last = start(current == a ? versionB : versionA, temp.resolve("kill-last.log"));
        assertTrue(awaitStaging(start, last, duration * 3), "the last killed build started writing");
        last.destroyForcibly();
        assertTrue(last.waitFor(30, TimeUnit.SECONDS), "the killed build ends");
        assertEquals(current, FolderState.of(site), "the last kill left the site as it was");
        assertTrue(Files.exists(staging, LinkOption.NOFOLLOW_LINKS), "the last kill left its staging folder");
        Path shown = current == a ? versionA : versionB;
        Build same = buildToTheEnd(shown);
        assertEquals(current, FolderState.of(site), "the site after a normal build of the version it shows");
        assertNoLeftovers("after a normal build of the version the site shows");
        Build other = buildToTheEnd(current == a ? versionB : versionA);
        assertEquals(current == a ? b : a, FolderState.of(site), "the site after a normal build of the other version");
        assertNoLeftovers("after a normal build of the other version");
        assertTrue(same.exitCode() == 0 && other.exitCode() == 0);
    }

    private void assertNoLeftovers(String when) {
        assertFalse(Files.exists(staging, LinkOption.NOFOLLOW_LINKS), "no .site.staging " + when);
        assertFalse(Files.exists(previous, LinkOption.NOFOLLOW_LINKS), "no .site.previous " + when);
    }

    /** Runs a child build to its end; records how long it took and when its staging folder appeared. */
    private Build buildToTheEnd(Path content) throws IOException, InterruptedException {
        Path log = temp.resolve("build-" + System.nanoTime() + ".log");
        Instant start = Instant.now();
        Process process = start(content, log);
        long stagingAt = -1;
        long deadline = System.nanoTime() + BUILD_LIMIT.toNanos();
        while (process.isAlive() && System.nanoTime() < deadline) {
            if (stagingAt < 0 && freshStaging(start)) {
                stagingAt = Duration.between(start, Instant.now()).toMillis();
            }
            Thread.sleep(5);
        }
        assertTrue(process.waitFor(5, TimeUnit.SECONDS), "the build ends within " + BUILD_LIMIT);
        long millis = Duration.between(start, Instant.now()).toMillis();
        assertEquals(0, process.exitValue(), () -> "build of " + content + " failed:\n" + read(log));
        return new Build(process.exitValue(), millis, stagingAt < 0 ? millis : stagingAt, log);
    }

    private Process start(Path content, Path log) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx512m",
                "-cp", System.getProperty("java.class.path"), "se.insyn.cli.Main",
                "build", "--content", content.toString(), "--output", site.toString())
                .directory(temp.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
    }

    /** Waits until the build has created its own staging folder (not a leftover of a killed one). */
    private boolean awaitStaging(Instant start, Process process, long limitMillis) throws InterruptedException {
        long deadline = System.nanoTime() + limitMillis * 1_000_000L;
        while (System.nanoTime() < deadline && process.isAlive()) {
            if (freshStaging(start)) {
                return true;
            }
            Thread.sleep(2);
        }
        return false;
    }

    private boolean freshStaging(Instant start) {
        Path marker = staging.resolve(".insyn-site");
        try {
            FileTime written = Files.getLastModifiedTime(marker);
            return !written.toInstant().isBefore(start.minusMillis(5));
        } catch (IOException e) {
            return false;
        }
    }

    private static String read(Path log) {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (var walk = Files.walk(from)) {
            for (Path source : walk.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }
}
