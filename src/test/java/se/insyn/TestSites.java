package se.insyn;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import se.insyn.cli.Main;

/**
 * Shared helpers for tests that build whole sites through the command line: a private copy of the
 * real {@code content/} folder, a CLI run with captured output, small edits of content files, and a
 * fingerprint of a folder to prove that it did (not) change.
 */
public final class TestSites {
    /** The real content of the project (tests run with the project folder as working directory). */
    public static final Path CONTENT = Path.of("content").toAbsolutePath().normalize();

    private TestSites() {
    }

    /** What one run of the command line did. */
    public record Run(int exitCode, String out, String err) {
        /** Both streams, for assertion messages. */
        public String describe() {
            return "exit code " + exitCode + "\n--- stdout ---\n" + out + "--- stderr ---\n" + err;
        }
    }

    /** Copies the real content folder to {@code tempDir/content} and returns the copy. */
    public static Path copyContent(Path tempDir) {
        Path target = tempDir.resolve("content");
        try (Stream<Path> walk = Files.walk(CONTENT)) {
            for (Path source : walk.sorted().toList()) {
                Path copy = target.resolve(CONTENT.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(source, copy);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    /** {@code insyn build --content content --output output}. */
    public static Run build(Path content, Path output) {
        return run("build", "--content", content.toString(), "--output", output.toString());
    }

    /** {@code insyn build --content content --output output --theme theme}. */
    public static Run build(Path content, Path output, Path theme) {
        return run("build", "--content", content.toString(), "--output", output.toString(), "--theme", theme.toString());
    }

    /** Runs the command line in this JVM with the given arguments, capturing both streams. */
    public static Run run(String... args) {
        return run(Map.of(), args);
    }

    /** Runs the command line as {@link #run(String...)}, as if the process's environment were {@code environment} (LANG …). */
    public static Run run(Map<String, String> environment, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode;
        try (PrintWriter o = new PrintWriter(out, true); PrintWriter e = new PrintWriter(err, true)) {
            exitCode = Main.execute(o, e, environment, args);
        }
        return new Run(exitCode, out.toString(), err.toString());
    }

    /**
     * Changes a text file (UTF-8) with the given function. Fails when the change leaves the file as it
     * was, so that a test cannot silently break nothing because the content it edits has moved on.
     */
    public static void edit(Path file, UnaryOperator<String> change) {
        try {
            String before = Files.readString(file, StandardCharsets.UTF_8);
            String after = change.apply(before);
            if (after.equals(before)) {
                throw new AssertionError("the edit changed nothing in " + file);
            }
            Files.writeString(file, after, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces the one occurrence of {@code from} in a text file; fails unless it occurs exactly once. */
    public static void replace(Path file, String from, String to) {
        edit(file, text -> {
            int at = text.indexOf(from);
            if (at < 0 || text.indexOf(from, at + 1) >= 0) {
                throw new AssertionError("expected exactly one '" + from + "' in " + file);
            }
            return text.substring(0, at) + to + text.substring(at + from.length());
        });
    }

    /** Writes a file (creating its folders), replacing any file already there. */
    public static Path write(Path file, byte[] bytes) {
        try {
            Files.createDirectories(file.getParent());
            return Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a text file as UTF-8 (creating its folders), replacing any file already there. */
    public static Path write(Path file, String text) {
        return write(file, text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A fingerprint of everything below a folder, hidden files included: each file's path (relative,
     * forward slashes; folders end with {@code /}) mapped to the SHA-256 of its bytes. Equal
     * fingerprints mean the same files with the same bytes.
     */
    public static Map<String, String> snapshot(Path folder) {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            List<Path> paths = new ArrayList<>(walk.filter(p -> !p.equals(folder)).toList());
            for (Path path : paths) {
                String relative = folder.relativize(path).toString().replace('\\', '/');
                if (Files.isDirectory(path)) {
                    files.put(relative + "/", "");
                } else {
                    files.put(relative, sha256(Files.readAllBytes(path)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code file:line} for the one line of a content file that contains the text; fails unless exactly one does. */
    public static String at(Path content, String relative, String text) {
        List<String> lines;
        try {
            lines = Files.readString(content.resolve(relative)).replace("\uFEFF", "").replace("\r\n", "\n").lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int found = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                if (found >= 0) {
                    fail("'" + text + "' is on more than one line of " + relative);
                }
                found = i + 1;
            }
        }
        if (found < 0) {
            fail("'" + text + "' is not in " + relative);
        }
        return relative + ":" + found;
    }
}
