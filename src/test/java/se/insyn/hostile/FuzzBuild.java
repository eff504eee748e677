package se.insyn.hostile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.text.Normalizer;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import se.insyn.build.Build;
import se.insyn.build.BuildOptions;
import se.insyn.load.ContentLoader;
import se.insyn.problem.ContentException;
import se.insyn.problem.Problem;

/**
 * One in-process build of the {@link MinimalContent} plus one extra file, and the contract every
 * such build must keep: it succeeds, or it stops with a {@link ContentException} whose every problem
 * names an existing file of the content folder and, for a problem inside a readable text file, a line
 * of that file (1 … its number of lines); it writes nothing when it stops; it throws nothing else and
 * finishes in time. The one documented exception: a broken link is named by the page it is on. The build runs on a thread with the JVM's default stack size, like the preview's
 * rebuild thread.
 */
final class FuzzBuild {
    /** Where the extra file goes, below the content folder. */
    static final String FILE = "fuzz/post.md";
    private static final LocalDate TODAY = LocalDate.of(2024, 6, 1);
    private static final Duration PER_BUILD = Duration.ofSeconds(20);
    private static final AtomicInteger COUNT = new AtomicInteger();
    private static ExecutorService runner = newRunner();

    /** How a build ended that kept the contract. */
    enum Outcome { BUILT, STOPPED }

    private FuzzBuild() {
    }

    private static ExecutorService newRunner() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "insyn-fuzz");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Builds the minimal content plus {@code file} below {@code root}; fails on anything the contract forbids. */
    static Outcome check(Path root, byte[] file) {
        Path folder = root.resolve("try-" + COUNT.incrementAndGet());
        Path content = folder.resolve("content");
        Path output = folder.resolve("site");
        try {
            MinimalContent.write(content);
            Path target = content.resolve(FILE);
            Files.createDirectories(target.getParent());
            Files.write(target, file);
            Future<ContentException> build = runner.submit(() -> {
                try {
                    new Build().run(new BuildOptions(content, null, output, folder.resolve("register.txt"), TODAY));
                    return null;
                } catch (ContentException e) {
                    return e;
                }
            });
            ContentException stopped;
            try {
                stopped = build.get(PER_BUILD.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                // The hung build keeps its thread; later builds get a fresh one and never queue behind it.
                build.cancel(true);
                runner.shutdownNow();
                runner = newRunner();
                throw new AssertionError("the build took more than " + PER_BUILD + " on\n" + show(file), e);
            } catch (ExecutionException e) {
                throw new AssertionError("the build threw " + e.getCause() + " on\n" + show(file), e.getCause());
            }
            if (stopped == null) {
                return Outcome.BUILT;
            }
            assertProblemsArePlaced(stopped, content, file);
            if (Files.exists(output)) {
                throw new AssertionError("a build with errors wrote " + output + " on\n" + show(file));
            }
            return Outcome.STOPPED;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        } finally {
            delete(folder);
        }
    }

    private static void assertProblemsArePlaced(ContentException stopped, Path content, byte[] file) {
        List<Problem> problems = stopped.problems();
        if (problems.isEmpty()) {
            throw new AssertionError("a ContentException without problems on\n" + show(file));
        }
        String text = readableText(file);
        for (Problem problem : problems) {
            String where = problem + "\n on\n" + show(file);
            if (problem.file() == null) {
                throw new AssertionError("a problem without a file: " + where);
            }
            if (problem.line() == 0 && problem.file().toString().endsWith(".html") && problem.message().contains("trasig länk")) {
                continue; // documented: a broken link is named by the page it is on (the README's "When content is wrong")
            }
            if (problem.file().isAbsolute() || !Files.exists(content.resolve(problem.file()))) {
                throw new AssertionError("a problem that names no file of the content folder: " + where);
            }
            String relative = problem.file().toString().replace('\\', '/');
            String lines = relative.equals(FILE) ? text : MinimalContent.FILES.get(relative);
            if (lines == null) {
                continue; // not readable text: a problem with the whole file has no line
            }
            int count = lines.split("\n", -1).length - (lines.endsWith("\n") ? 1 : 0);
            if (problem.line() < 1 || problem.line() > Math.max(1, count)) {
                throw new AssertionError("a problem in a text file of " + count + " lines at line " + problem.line() + ": " + where);
            }
        }
    }

    /**
     * The text as the loader sees it, if the loader can read the file as text at all (UTF-8, no NUL,
     * not too large); null otherwise. Line ends and composition normalised the way the loader does.
     */
    static String readableText(byte[] file) {
        if (file.length > ContentLoader.MAX_FILE_BYTES) {
            return null;
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(file)).toString();
            if (text.indexOf('\0') >= 0) {
                return null;
            }
            String withoutBom = text.startsWith("\uFEFF") ? text.substring(1) : text;
            return Normalizer.normalize(withoutBom.replace("\r\n", "\n").replace('\r', '\n'), Normalizer.Form.NFC);
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** The file for a failure message: invisible characters (controls, separators, format characters) as \\uXXXX. */
    static String show(byte[] file) {
        String text = new String(file, StandardCharsets.UTF_8);
        String cut = text.length() > 1500 ? text.substring(0, 1500) : text;
        StringBuilder shown = new StringBuilder();
        cut.chars().forEach(c -> {
            int type = Character.getType(c);
            boolean invisible = c != '\n' && (type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR || type == Character.SURROGATE || type == Character.UNASSIGNED);
            shown.append(invisible ? String.format("\\u%04x", c) : String.valueOf((char) c));
        });
        return "----- " + FILE + " (invisible characters as \\uXXXX) -----\n" + shown
                + (text.length() > cut.length() ? "… (" + text.length() + " characters)" : "") + "\n-----";
    }

    /** Deletes a folder of tries as far as it can: a build that hung may still be writing into it. */
    static void delete(Path folder) {
        if (folder == null || !Files.exists(folder)) {
            return;
        }
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) {
                    try {
                        Files.deleteIfExists(dir);
                    } catch (IOException notEmpty) {
                        // Left for the operating system's temporary-file cleanup.
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
