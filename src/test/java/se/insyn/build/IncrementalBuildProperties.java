package se.insyn.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import se.insyn.sample.SampleCorpus;

/**
 * Incremental builds are correct: after any sequence of edits, additions and deletions, building
 * over the previous site gives byte for byte the site a clean build gives, and a build with nothing
 * changed writes nothing.
 */
class IncrementalBuildProperties {

    @Property(tries = 4)
    void anIncrementalBuildEqualsACleanBuild(@ForAll long seed, @ForAll @IntRange(min = 3, max = 6) int steps) throws IOException {
        Path temp = Files.createTempDirectory("insyn-incremental");
        try {
            Path content = temp.resolve("content");
            new SampleCorpus().write(content, 8, seed);
            Path incremental = temp.resolve("site");
            Random random = new Random(seed);
            build(content, incremental, temp.resolve("register-0.txt"));
            for (int step = 1; step <= steps; step++) {
                String change = Edits.apply(content, random);
                BuildResult result = build(content, incremental, temp.resolve("register-" + step + ".txt"));
                Path clean = temp.resolve("clean-" + step);
                build(content, clean, temp.resolve("clean-register-" + step + ".txt"));
                assertEquals(hashes(clean), hashes(incremental), "after step " + step + " (" + change + ")");
                assertTrue(result.filesUnchanged() > 0, "unchanged pages are kept, not rewritten, after " + change);
            }
            BuildResult again = build(content, incremental, temp.resolve("register-" + steps + ".txt"));
            assertTrue(again.skipped(), "nothing changed, nothing done");
            assertEquals(0, again.filesWritten());
        } finally {
            delete(temp);
        }
    }

    private static BuildResult build(Path content, Path output, Path register) {
        return new Build().run(new BuildOptions(content, null, output, register));
    }

    /** Every file of a site with the SHA-256 of its bytes. */
    static Map<String, String> hashes(Path site) throws IOException {
        Map<String, String> hashes = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(site)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                hashes.put(site.relativize(file).toString(), sha256(Files.readAllBytes(file)));
            }
        }
        return hashes;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static void delete(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    /** The changes a communicator makes between two builds, chosen at random. */
    static final class Edits {
        private Edits() {
        }

        static String apply(Path content, Random random) throws IOException {
            List<Path> statements = files(content, "type: statement");
            List<Path> audits = files(content, "type: audit");
            List<Path> followUps = files(content, "type: follow-up");
            switch (random.nextInt(5)) {
                case 0 -> {
                    Path statement = pick(statements, random);
                    append(statement, "\nEn ny mening " + random.nextInt(1000) + " i yttrandet.\n");
                    return "edited the body of " + content.relativize(statement);
                }
                case 1 -> {
                    Path audit = pick(audits, random);
                    String text = Files.readString(audit, StandardCharsets.UTF_8);
                    Files.writeString(audit, text.replaceFirst("(?m)^title: (.*)$", "title: \"Ändrad granskning " + random.nextInt(1000) + "\""),
                            StandardCharsets.UTF_8);
                    return "renamed " + content.relativize(audit);
                }
                case 2 -> {
                    if (followUps.isEmpty()) {
                        return apply(content, random);
                    }
                    Path followUp = pick(followUps, random);
                    Files.delete(followUp);
                    return "deleted " + content.relativize(followUp);
                }
                case 3 -> {
                    int n = random.nextInt(100_000);
                    Files.writeString(content.resolve("stadsdelar").resolve("ny-" + n + ".md"),
                            "---\ntype: district\nid: ny-" + n + "\nname: Ny stadsdel " + n + "\n---\nEn ny stadsdel.\n", StandardCharsets.UTF_8);
                    return "added district ny-" + n;
                }
                default -> {
                    Path audit = pick(audits, random);
                    append(audit, "\nTillägg " + random.nextInt(1000) + " om granskningen.\n");
                    return "edited the body of " + content.relativize(audit);
                }
            }
        }

        private static Path pick(List<Path> files, Random random) {
            return files.get(random.nextInt(files.size()));
        }

        private static void append(Path file, String text) throws IOException {
            Files.writeString(file, Files.readString(file, StandardCharsets.UTF_8) + text, StandardCharsets.UTF_8);
        }

        static List<Path> files(Path content, String marker) throws IOException {
            try (Stream<Path> walk = Files.walk(content)) {
                return walk.filter(p -> p.toString().endsWith(".md")).filter(p -> {
                    try {
                        return Files.readString(p, StandardCharsets.UTF_8).contains("\n" + marker + "\n");
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }).sorted().toList();
            }
        }
    }
}
