package se.insyn.sample;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.insyn.build.Build;
import se.insyn.build.BuildOptions;
import se.insyn.build.BuildResult;
import se.insyn.cli.Main;

/** The generated sample builds cleanly, has the predicted number of pages, and is the same for the same seed. */
class SampleCorpusTest {
    private static final int CASES = 12;

    @TempDir
    Path temp;

    @Test
    void buildsWithoutProblemsAndHasThePredictedPages() throws IOException {
        Path content = temp.resolve("content");
        SampleCorpus.Summary summary = new SampleCorpus().write(content, CASES, 1);
        BuildResult result = new Build().run(new BuildOptions(content, null, temp.resolve("site")));

        // Counted from SitePlan: home, 404 and the open-data page; one list page per record kind (districts,
        // organisations, documents, audits, statements, case files, follow-ups); one page per record, per
        // recommendation and per answer (each statement answers all six recommendations).
        int districts = 8;
        int organisations = 6 + 2; // hugo_corpus.py's six, the audit office and the case office
        int followUps = (CASES + 2) / 3; // cases 0, 3, 6, 9
        int perCase = 1 + 6 + 6 + 1 + 1; // audit, its recommendations, their answers, statement, case file
        // And a page per year of each district, organisation, and of the lists of audits, statements and case files.
        long expected = 3 + 7 + districts + organisations + CASES * perCase + followUps + yearPages(temp.resolve("site"));
        assertEquals(followUps, summary.followUps());
        assertEquals(expected, result.pages());
        assertEquals(1 + districts + organisations + CASES * 3 + followUps, summary.files());
        assertEquals(summary.files(), result.records());
        try (Stream<Path> walk = Files.walk(temp.resolve("site"))) {
            assertEquals(expected, walk.filter(p -> p.toString().endsWith(".html")).count());
        }
    }

    @Test
    void sameSeedGivesIdenticalFilesAndAnotherSeedDiffers() throws IOException {
        SampleCorpus corpus = new SampleCorpus();
        corpus.write(temp.resolve("a"), CASES, 7);
        corpus.write(temp.resolve("b"), CASES, 7);
        new SampleCorpus().write(temp.resolve("c"), CASES, 8);
        Map<String, byte[]> a = files(temp.resolve("a"));
        Map<String, byte[]> b = files(temp.resolve("b"));
        Map<String, byte[]> c = files(temp.resolve("c"));
        assertEquals(a.keySet(), b.keySet());
        a.forEach((name, bytes) -> assertArrayEquals(bytes, b.get(name), name));
        List<String> differing = new ArrayList<>();
        a.forEach((name, bytes) -> {
            if (!c.containsKey(name) || !java.util.Arrays.equals(bytes, c.get(name))) {
                differing.add(name);
            }
        });
        assertTrue(differing.size() > CASES, "another seed should change most files, changed: " + differing);
    }

    @Test
    void commandRefusesAFolderThatIsNotEmpty() throws IOException {
        Path full = Files.createDirectories(temp.resolve("full"));
        Files.writeString(full.resolve("anteckning.txt"), "min fil");
        StringWriter err = new StringWriter();
        int code = Main.execute(new PrintWriter(new StringWriter()), new PrintWriter(err), "sample", "--cases", "2",
                "--output", full.toString());
        assertEquals(Main.USAGE, code);
        assertTrue(err.toString().contains("inte en tom mapp"), err.toString());
        assertEquals(List.of(full.resolve("anteckning.txt")), Files.list(full).toList());

        StringWriter out = new StringWriter();
        Path fresh = temp.resolve("ny");
        assertEquals(0, Main.execute(new PrintWriter(out), new PrintWriter(new StringWriter()), "sample", "--cases", "2",
                "--seed", "3", "--output", fresh.toString()));
        assertTrue(Files.isRegularFile(fresh.resolve("site.md")), out.toString());
        assertNotEquals(0, Main.execute(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
                "sample", "--output", temp.resolve("x").toString()));
    }

    /** The pages of one year in the site: which years each list has is ArchivePagesTest's to check. */
    private static long yearPages(Path site) throws IOException {
        try (Stream<Path> walk = Files.walk(site)) {
            return walk.filter(p -> p.getFileName().toString().equals("index.html") && p.getParent().getFileName().toString().matches("\\d{4}"))
                    .count();
        }
    }

    private static Map<String, byte[]> files(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString(), Files.readAllBytes(file));
            }
        }
        return files;
    }
}
