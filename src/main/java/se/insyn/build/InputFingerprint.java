package se.insyn.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import se.insyn.load.ContentLoader;

/**
 * One hash over everything a build's output depends on: every file of the content and theme
 * folders, the date (embargoes end), and the program itself. The address register is left out:
 * a build only ever adds to it, so it follows from the inputs. Equal
 * fingerprints mean an equal site, so a build with nothing changed can stop before rendering.
 */
final class InputFingerprint {
    private InputFingerprint() {
    }

    /**
     * The fingerprint of all the inputs, and that of what renders the pages apart from the content
     * (the program, the date and the theme's files): a page made of the same content as in the last
     * build is the same page only if the second is too.
     */
    record Fingerprints(String inputs, String themeAndProgram) {
    }

    /**
     * The fingerprints, reading only the files that {@code hashes} cannot vouch for. The record of
     * hashes is asked for only once the content folder has been walked, so that it can be loaded
     * meanwhile: at 10 000 cases each takes a tenth of a second or more. It is asked again for the
     * theme's folder, and must give the same record each time. The theme is walked once, for both.
     */
    static Fingerprints of(BuildOptions options, Supplier<InputHashes> hashes) {
        MessageDigest inputs = sha256();
        MessageDigest themeAndProgram = sha256();
        List<MessageDigest> both = List.of(inputs, themeAndProgram);
        add(both, "date " + options.today());
        add(both, "program " + program());
        folder(List.of(inputs), "content", options.content(), hashes);
        if (options.theme() != null) {
            folder(both, "theme", options.theme(), hashes);
        }
        return new Fingerprints(HexFormat.of().formatHex(inputs.digest()), HexFormat.of().formatHex(themeAndProgram.digest()));
    }

    private static void folder(List<MessageDigest> digests, String kind, Path given, Supplier<InputHashes> hashes) {
        if (!Files.isDirectory(given)) {
            return;
        }
        Path folder = ContentLoader.folderItself(given);
        try {
            List<Map.Entry<Path, BasicFileAttributes>> files = regularFiles(folder);
            InputHashes known = hashes.get();
            for (Map.Entry<Path, BasicFileAttributes> file : files) {
                String name = folder.relativize(file.getKey()).toString();
                add(digests, "file " + name);
                add(digests, known.hash(kind + "/" + name, file.getKey(), file.getValue(), InputFingerprint::contentHash));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The folder's files, sorted, each with the attributes the walk read: a content folder of
     * 10 000 cases is 33 000 files, and asking for each file's attributes again took a third of
     * a build with nothing changed. A link to a file counts as that file, as the loader reads it.
     */
    private static List<Map.Entry<Path, BasicFileAttributes>> regularFiles(Path folder) throws IOException {
        List<Map.Entry<Path, BasicFileAttributes>> files = new ArrayList<>();
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                BasicFileAttributes target = attributes.isSymbolicLink() ? linkTarget(file) : attributes;
                if (target != null && target.isRegularFile()) {
                    files.add(Map.entry(file, target));
                }
                return FileVisitResult.CONTINUE;
            }
        });
        files.sort(Map.Entry.comparingByKey());
        return files;
    }

    /** The attributes of the file a link points to; null for a broken link, which is no file. */
    private static BasicFileAttributes linkTarget(Path link) {
        try {
            return Files.readAttributes(link, BasicFileAttributes.class);
        } catch (IOException e) {
            return null;
        }
    }

    private static String contentHash(Path file) throws IOException {
        return HexFormat.of().formatHex(sha256().digest(Files.readAllBytes(file)));
    }

    /** The program's own jar (or class folder), by size and time: a new version of Insyn renders anew. */
    private static String program() {
        try {
            Path code = Path.of(Build.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return code + " " + Files.size(code) + " " + Files.getLastModifiedTime(code).toMillis();
        } catch (IOException | URISyntaxException | SecurityException | NullPointerException e) {
            return "unknown " + System.nanoTime();
        }
    }

    private static void add(List<MessageDigest> digests, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        for (MessageDigest digest : digests) {
            digest.update(bytes);
            digest.update((byte) 0);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
