package se.insyn.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.Random;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.insyn.TestSites;
import se.insyn.load.ContentLoader;
import se.insyn.model.Content;
import se.insyn.privacy.PrivacyGuard;
import se.insyn.problem.Problem;
import se.insyn.problem.Problems;
import se.insyn.read.ContentReader;
import se.insyn.read.ContentReader.FileReading;
import se.insyn.read.Publication;
import se.insyn.sample.SampleCorpus;

/**
 * The preview reads again only the files that changed, and what it reads is exactly what reading
 * every file from scratch gives: the same records and the same problems, after any edits.
 */
class PreviewReadingTest {
    private static final Publication PREVIEW = Publication.preview(LocalDate.of(2024, 6, 1));
    private static final String AUDIT = "granskningar/krn-2022-00009.md";

    @TempDir
    Path temp;

    /** What the preview read, and the problems it reported. */
    private record Reading(Content content, List<Problem> problems) {
    }

    private static Reading cached(PreviewReading reading, Path content) {
        Problems problems = new Problems();
        return new Reading(reading.read(content, PREVIEW, problems), problems.sorted());
    }

    private static PreviewReading readOnce(Path content) {
        PreviewReading reading = new PreviewReading();
        cached(reading, content);
        return reading;
    }

    /** As a build reads: every file loaded, scanned and read anew. */
    private static Reading fromScratch(Path content) {
        Problems problems = new Problems();
        PrivacyGuard privacy = new PrivacyGuard();
        ContentReader.Reading reading = new ContentReader().begin(problems, PREVIEW);
        new ContentLoader().load(content, problems, source -> {
            privacy.scan(source, problems);
            return source;
        }, reading::add);
        return new Reading(reading.finish(), problems.sorted());
    }

    /** Every file's time set an hour back, as content saved long before the preview started. */
    private static void ageAll(Path content) throws IOException {
        FileTime hourAgo = FileTime.from(Instant.now().minus(Duration.ofHours(1)));
        try (Stream<Path> files = Files.walk(content)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(file, hourAgo);
            }
        }
    }

    @Test
    void aSecondReadingParsesOnlyTheFileThatChanged() throws IOException {
        Path content = TestSites.copyContent(temp);
        ageAll(content);
        PreviewReading reading = new PreviewReading();
        Reading first = cached(reading, content);
        assertTrue(reading.parsedLastTime() > 10, "the first reading parses every file");
        assertEquals(fromScratch(content), first);

        assertEquals(fromScratch(content), cached(reading, content));
        assertEquals(0, reading.parsedLastTime(), "nothing changed, nothing parsed");

        Map<Path, FileReading> beforeEdit = reading.readings();
        TestSites.edit(content.resolve(AUDIT), text -> text.replaceFirst("(?m)^title: ", "title: Ändrad "));
        Reading edited = cached(reading, content);
        assertEquals(1, reading.parsedLastTime());
        assertEquals(fromScratch(content), edited);
        assertTrue(edited.content().audits().stream().anyMatch(a -> a.title().startsWith("Ändrad ")), "the edit is read");

        Set<Path> anew = reading.readAnewSince(beforeEdit).orElseThrow();
        assertEquals(1, anew.size(), anew::toString);
        assertTrue(anew.iterator().next().endsWith(AUDIT), anew::toString);
        assertEquals(Optional.empty(), reading.readAnewSince(new HashMap<>(beforeEdit)),
                "only the readings of the call before are known to differ in these files alone");
    }

    @Test
    void aFileAddedOrDeletedLeavesTheReadingsToBeComparedWhole() throws IOException {
        Path content = TestSites.copyContent(temp);
        ageAll(content);
        PreviewReading reading = readOnce(content);
        Map<Path, FileReading> before = reading.readings();
        Files.writeString(content.resolve("stadsdelar/ny.md"), Files.readString(content.resolve("stadsdelar/valsatra.md"))
                .replaceFirst("(?m)^id: .*$", "id: ny"), StandardCharsets.UTF_8);
        cached(reading, content);
        assertEquals(Optional.empty(), reading.readAnewSince(before), "a file was added");

        before = reading.readings();
        Files.delete(content.resolve("stadsdelar/valsatra.md"));
        cached(reading, content);
        assertEquals(Optional.empty(), reading.readAnewSince(before), "a file was deleted");

        before = reading.readings();
        cached(reading, content);
        assertEquals(Optional.of(Set.of()), reading.readAnewSince(before), "nothing changed");
    }

    @Test
    void aFileSavedAgainWithTheSameBytesIsReadButNotParsed() throws IOException {
        Path content = TestSites.copyContent(temp);
        PreviewReading reading = readOnce(content);
        Path audit = content.resolve(AUDIT);
        Files.write(audit, Files.readAllBytes(audit));
        Files.setLastModifiedTime(audit, FileTime.from(Instant.now().plusSeconds(5)));
        assertEquals(fromScratch(content), cached(reading, content));
        assertEquals(0, reading.parsedLastTime());
    }

    /**
     * A second save within the file system's tick keeps the size and the time stamp of the first:
     * a file modified just before it was read is read again each time, and the change is seen.
     */
    @Test
    void aFileChangedWithinTheTickOfItsLastReadingIsStillNoticed() throws IOException {
        Path content = TestSites.copyContent(temp);
        Path audit = content.resolve(AUDIT);
        FileTime tick = FileTime.from(Instant.now().minusMillis(500));
        Files.setLastModifiedTime(audit, tick);
        PreviewReading reading = new PreviewReading();
        cached(reading, content);
        String text = Files.readString(audit, StandardCharsets.UTF_8);
        Files.writeString(audit, text.replaceFirst("(?m)^title: Granskning", "title: Gransknång"), StandardCharsets.UTF_8);
        assertEquals(text.getBytes(StandardCharsets.UTF_8).length + 1, Files.size(audit), "å takes one byte more than i");
        Files.writeString(audit, text.replaceFirst("(?m)^title: Granskning", "title: Granskninx"), StandardCharsets.UTF_8);
        Files.setLastModifiedTime(audit, tick);
        Reading again = cached(reading, content);
        assertTrue(again.content().audits().stream().anyMatch(a -> a.title().startsWith("Granskninx")), "the second save is read");
        assertEquals(fromScratch(content), again);
    }

    @Test
    void aBrokenFileReportsItsProblemsUntilItIsFixedAndADeletedFileIsGone() throws IOException {
        Path content = TestSites.copyContent(temp);
        PreviewReading reading = readOnce(content);
        Path audit = content.resolve(AUDIT);
        String text = Files.readString(audit, StandardCharsets.UTF_8);
        Files.writeString(audit, text.replaceFirst("(?m)^title: ", "title: [oavslutad "), StandardCharsets.UTF_8);
        Reading broken = cached(reading, content);
        assertTrue(broken.problems().stream().anyMatch(p -> p.isError() && p.file().toString().equals(AUDIT)), broken.problems()::toString);
        assertEquals(fromScratch(content), broken);
        assertEquals(fromScratch(content), cached(reading, content), "the problems of an unchanged broken file are reported again");

        Files.writeString(audit, text, StandardCharsets.UTF_8);
        Reading fixed = cached(reading, content);
        assertFalse(fixed.problems().stream().anyMatch(Problem::isError), fixed.problems()::toString);

        Files.delete(content.resolve("stadsdelar/valsatra.md"));
        Reading deleted = cached(reading, content);
        assertTrue(deleted.content().districts().stream().noneMatch(d -> d.id().equals("valsatra")));
        assertEquals(fromScratch(content), deleted);
    }

    /** For random edits, additions, deletions and broken files, the preview reads what a reading from scratch reads. */
    @Property(tries = 6)
    void aCachedReadingEqualsAReadingFromScratch(@ForAll long seed, @ForAll @IntRange(min = 3, max = 8) int steps) throws IOException {
        Path folder = Files.createTempDirectory("insyn-preview-reading");
        try {
            Path content = folder.resolve("content");
            new SampleCorpus().write(content, 6, seed);
            ageAll(content);
            Random random = new Random(seed);
            PreviewReading reading = new PreviewReading();
            assertEquals(fromScratch(content), cached(reading, content));
            for (int step = 1; step <= steps; step++) {
                String change = random.nextInt(4) == 0 ? breakOne(content, random) : IncrementalBuildProperties.Edits.apply(content, random);
                Map<Path, FileReading> before = reading.readings();
                assertEquals(fromScratch(content), cached(reading, content), "after step " + step + " (" + change + ")");
                Map<Path, FileReading> after = reading.readings();
                Optional<Set<Path>> anew = reading.readAnewSince(before);
                if (anew.isPresent()) {
                    assertEquals(before.keySet(), after.keySet(), "the same files, after step " + step + " (" + change + ")");
                    Set<Path> differ = after.keySet().stream().filter(file -> before.get(file) != after.get(file)).collect(Collectors.toSet());
                    assertTrue(anew.get().containsAll(differ), "every file read anew is named, after step " + step + " (" + change + ")");
                } else {
                    assertFalse(before.keySet().equals(after.keySet()) && before.size() > 0,
                            "with the same files read, the files read anew are known, after step " + step + " (" + change + ")");
                }
            }
        } finally {
            IncrementalBuildProperties.delete(folder);
        }
    }

    /** A mistake a communicator makes: front matter that cannot be parsed. */
    private static String breakOne(Path content, Random random) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(content)) {
            files = walk.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        Path file = files.get(random.nextInt(files.size()));
        TestSites.edit(file, text -> text.replaceFirst("\n---\n", "\nfel: [\n---\n"));
        return "broke the front matter of " + content.relativize(file);
    }
}
