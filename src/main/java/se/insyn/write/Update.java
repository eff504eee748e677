package se.insyn.write;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Puts a build's few changed files into the existing site one by one, like {@code rsync
 * --delay-updates}: the new files wait complete in the staging folder until the whole site is
 * rendered and verified, and are then renamed into place, each atomically. Replacing the whole
 * folder instead would cost a link for every unchanged file and the removal of the old tree, which
 * on a site of hundreds of thousands of files takes longer than building it.
 *
 * <p>The moves are written down first ({@link #JOURNAL}, complete or absent); a build killed while
 * moving leaves the journal behind, and the next build finishes the moves before anything else.
 */
final class Update {
    static final String JOURNAL = ".insyn-moves";
    private static final String PUT = "+ ";
    private static final String REMOVE = "- ";

    private Update() {
    }

    /**
     * Whether every changed file can be renamed into place: none would replace a folder, and every
     * folder on the way is a real folder of the site, not a file or a link that leads elsewhere.
     */
    static boolean fits(Path output, Collection<String> changed) {
        for (String relative : changed) {
            Path target = output.resolve(relative);
            if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS) || !withinSite(output, target)) {
                return false;
            }
        }
        return true;
    }

    /** Whether every folder on the way from the site to the file that exists is a real folder inside the site. */
    private static boolean withinSite(Path output, Path target) {
        Path normal = target.normalize();
        if (!normal.startsWith(output) || normal.equals(output)) {
            return false;
        }
        for (Path folder = normal.getParent(); !folder.equals(output); folder = folder.getParent()) {
            if (Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            if (Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
                return false;
            }
        }
        return true;
    }

    /** Records the moves; from here on the update is finished even if this build is killed. */
    static void decide(Path staging, Collection<String> changed, Collection<String> removed) throws IOException {
        List<String> lines = new ArrayList<>();
        changed.forEach(relative -> lines.add(PUT + relative));
        removed.forEach(relative -> lines.add(REMOVE + relative));
        Path draft = staging.resolve(JOURNAL + ".draft");
        Files.write(draft, lines, StandardCharsets.UTF_8);
        Files.move(draft, staging.resolve(JOURNAL), StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * The files and links in the site that are not folders and that {@code wanted} accepts, by path
     * below it: the ones the last build did not write must go too, so that the site holds exactly
     * the new build's files, as a replaced folder would. Links are listed, never followed.
     */
    static Set<String> filesIn(Path output, Predicate<String> wanted) throws IOException {
        Set<String> files = new HashSet<>();
        Files.walkFileTree(output, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                String relative = output.relativize(file).toString();
                if (wanted.test(relative)) {
                    files.add(relative);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        return files;
    }

    static boolean decided(Path staging) {
        return Files.isRegularFile(staging.resolve(JOURNAL), LinkOption.NOFOLLOW_LINKS);
    }

    /**
     * Carries out the recorded moves, then the new manifest, then removes the staging folder. Safe
     * to repeat: a file already moved is not in the staging folder any more.
     */
    static void finish(Path output, Path staging) throws IOException {
        List<String> removed = new ArrayList<>();
        for (String line : Files.readAllLines(staging.resolve(JOURNAL), StandardCharsets.UTF_8)) {
            String relative = line.substring(PUT.length());
            if (line.startsWith(PUT)) {
                put(output, staging.resolve(relative), output.resolve(relative));
            } else if (line.startsWith(REMOVE)) {
                removed.add(relative);
            }
        }
        // New and changed pages first, so that no page links to one already removed.
        for (String relative : removed) {
            remove(output, output.resolve(relative));
        }
        Path manifest = staging.resolve(Manifest.FILE);
        if (Files.exists(manifest)) {
            Files.move(manifest, output.resolve(Manifest.FILE), StandardCopyOption.ATOMIC_MOVE);
        }
        SiteWriter.deleteQuietly(staging);
    }

    /**
     * Moves a file into the site, never through a link planted in it since the moves were decided:
     * a file not put is missing, and the next build, which finds it missing, writes it.
     */
    private static void put(Path output, Path from, Path to) throws IOException {
        if (Files.exists(from, LinkOption.NOFOLLOW_LINKS) && withinSite(output, to)) {
            Files.createDirectories(to.getParent());
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        }
    }

    /** Removes a file and the folders it leaves empty; never anything a link in the site leads to. */
    private static void remove(Path output, Path file) throws IOException {
        if (!withinSite(output, file)) {
            return;
        }
        Files.deleteIfExists(file);
        for (Path folder = file.getParent(); !folder.equals(output); folder = folder.getParent()) {
            try {
                Files.deleteIfExists(folder);
            } catch (DirectoryNotEmptyException e) {
                return;
            }
        }
    }
}
