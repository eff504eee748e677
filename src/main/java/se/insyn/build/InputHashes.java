package se.insyn.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The hash of each input file as of the last build, with its size and modification time, so that
 * a build need not read a file that has not changed: a large content folder is hundreds of
 * megabytes. Like git's index, a record is trusted only for a file last modified well before the
 * record was made, since a file changed in the same instant can keep its time and size. A missing
 * or unreadable record only means every file is read. Kept beside the output folder (as
 * {@code .site.inputs}), never in it: it names every content file, drafts included.
 */
final class InputHashes {
    /** Modification times closer than this to the moment of recording are not trusted. */
    private static final long RACY_MILLIS = 2_000;

    private record Entry(long size, long modified, String hash) {
    }

    private final long recordedAt;
    private final Map<String, Entry> known;
    private final Map<String, Entry> seen = new ConcurrentHashMap<>();
    private volatile boolean readAny;

    private InputHashes(long recordedAt, Map<String, Entry> known) {
        this.recordedAt = recordedAt;
        this.known = known;
    }

    static Path fileFor(Path output) {
        Path absolute = output.toAbsolutePath().normalize();
        return absolute.resolveSibling("." + absolute.getFileName() + ".inputs");
    }

    static InputHashes load(Path file) {
        Map<String, Entry> known = new HashMap<>();
        long recordedAt = 0;
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            recordedAt = Long.parseLong(lines.get(0));
            for (String line : lines.subList(1, lines.size())) {
                String[] parts = line.split(" ", 4);
                known.put(parts[3], new Entry(Long.parseLong(parts[0]), Long.parseLong(parts[1]), parts[2]));
            }
        } catch (IOException | RuntimeException e) {
            return new InputHashes(0, Map.of());
        }
        return new InputHashes(recordedAt, known);
    }

    /** The file's hash, read from disk unless the record vouches for it; {@code attributes} are the file's as just read. */
    String hash(String name, Path file, BasicFileAttributes attributes, FileHasher hasher) throws IOException {
        long modified = attributes.lastModifiedTime().toMillis();
        Entry entry = known.get(name);
        if (entry != null && entry.size() == attributes.size() && entry.modified() == modified && modified < recordedAt - RACY_MILLIS) {
            seen.put(name, entry);
            return entry.hash();
        }
        String hash = read(file, hasher);
        seen.put(name, new Entry(attributes.size(), modified, hash));
        return hash;
    }

    private String read(Path file, FileHasher hasher) throws IOException {
        readAny = true;
        return hasher.hash(file);
    }

    /** Computes a file's hash from its bytes. */
    @FunctionalInterface
    interface FileHasher {
        String hash(Path file) throws IOException;
    }

    /** Records what this build saw, unless the record already says it all; a failure to record costs only a slower next build. */
    void save(Path file) {
        // Nothing read means every file seen was one the record vouched for, with the record's own entry.
        if (!readAny && seen.size() == known.size()) {
            return;
        }
        List<String> lines = new ArrayList<>();
        lines.add(Long.toString(System.currentTimeMillis()));
        new TreeMap<>(seen).forEach((name, e) -> lines.add(e.size() + " " + e.modified() + " " + e.hash() + " " + name));
        try {
            Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
            Files.write(temporary, lines, StandardCharsets.UTF_8);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // Only a cache.
        }
    }
}
