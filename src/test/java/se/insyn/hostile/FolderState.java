package se.insyn.hostile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A fingerprint of a folder that never follows symbolic links (a link is recorded with its target,
 * not read through): path → SHA-256 of the bytes, {@code dir} for folders, {@code -> target} for links.
 */
final class FolderState {
    private FolderState() {
    }

    static Map<String, String> of(Path folder) {
        Map<String, String> state = new TreeMap<>();
        if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
            return state;
        }
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (!dir.equals(folder)) {
                        state.put(name(dir) + "/", "dir");
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    if (attrs.isSymbolicLink()) {
                        state.put(name(file), "-> " + Files.readSymbolicLink(file));
                    } else if (attrs.isRegularFile()) {
                        state.put(name(file), sha256(Files.readAllBytes(file)));
                    } else {
                        state.put(name(file), "other");
                    }
                    return FileVisitResult.CONTINUE;
                }

                private String name(Path path) {
                    return folder.relativize(path).toString().replace('\\', '/');
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return state;
    }

    /** The paths added, removed and changed between two states, for failure messages; empty when equal. */
    static String difference(Map<String, String> before, Map<String, String> after) {
        if (before.equals(after)) {
            return "";
        }
        List<String> added = after.keySet().stream().filter(f -> !before.containsKey(f)).toList();
        List<String> removed = before.keySet().stream().filter(f -> !after.containsKey(f)).toList();
        List<String> changed = before.keySet().stream().filter(f -> after.containsKey(f) && !before.get(f).equals(after.get(f))).toList();
        return "added " + limit(added) + ", removed " + limit(removed) + ", changed " + limit(changed);
    }

    private static String limit(List<String> paths) {
        return paths.size() <= 20 ? paths.toString() : paths.subList(0, 20) + " … (" + paths.size() + ")";
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
