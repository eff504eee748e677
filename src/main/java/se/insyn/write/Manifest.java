package se.insyn.write;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * What a complete build wrote: a fingerprint of its inputs, and for every file the hash (a
 * {@link ContentHash}) and size of its bytes. Kept as a plain text file in the site
 * ({@code .insyn-manifest}); a plain file cannot corrupt like a cache database, and a missing or
 * unreadable one only means the next build writes everything. It holds nothing that depends on when the build ran, so an incremental build and a
 * clean one write the same manifest.
 *
 * @param writtenAt when the manifest was written (its file's time stamp), or {@link Long#MIN_VALUE}
 */
record Manifest(Optional<String> inputs, Map<String, Entry> entries, long writtenAt) {
    static final String FILE = ".insyn-manifest";
    private static final String INPUTS = "inputs ";
    /** A hash in hexadecimal: 128 bits. */
    private static final int HASH_LENGTH = 32;

    Manifest(Optional<String> inputs, Map<String, Entry> entries) {
        this(inputs, entries, Long.MIN_VALUE);
    }

    /**
     * One file as written: its bytes' hash and size. The hash is held as two numbers rather than as
     * text: a large site has 300 000 entries, and as hexadecimal strings their hashes took tens of
     * megabytes of a heap that the pages need.
     */
    record Entry(long hash0, long hash1, long size) {
        static Entry parse(String hexHash, long size) {
            return new Entry(HexFormat.fromHexDigitsToLong(hexHash, 0, 16), HexFormat.fromHexDigitsToLong(hexHash, 16, 32), size);
        }

        boolean sameBytesAs(Entry other) {
            return hash0 == other.hash0 && hash1 == other.hash1 && size == other.size;
        }

        String hash() {
            HexFormat hex = HexFormat.of();
            return hex.toHexDigits(hash0) + hex.toHexDigits(hash1);
        }
    }

    /**
     * Whether a file of the site is surely as this manifest records it, without reading it: a
     * regular file of the recorded size, not modified after the manifest was written, like git's
     * index. Anything else (edited by hand since, replaced by a link) is read and hashed instead.
     */
    boolean untouchedSince(Entry entry, BasicFileAttributes attributes) {
        return attributes.isRegularFile() && attributes.size() == entry.size()
                && attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS) <= writtenAt;
    }

    /** The manifest of a site; its entries may be changed from several threads, each file's taken out as it is dealt with. */
    static Manifest read(Path site) {
        Path file = site.resolve(FILE);
        Map<String, Entry> entries = new ConcurrentHashMap<>();
        Optional<String> inputs = Optional.empty();
        if (!Files.isRegularFile(file)) {
            return new Manifest(inputs, entries);
        }
        long writtenAt;
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.startsWith(INPUTS)) {
                    inputs = Optional.of(line.substring(INPUTS.length()));
                } else if (line.length() > HASH_LENGTH + 1 && line.charAt(HASH_LENGTH) == ' ') {
                    addEntry(line, entries);
                }
            }
            writtenAt = Files.getLastModifiedTime(file).to(TimeUnit.NANOSECONDS);
        } catch (IOException e) {
            return new Manifest(Optional.empty(), new ConcurrentHashMap<>());
        }
        return new Manifest(inputs, entries, writtenAt);
    }

    /**
     * "hash size path"; a damaged line is left out, and its file written again. So are the lines of
     * manifests of earlier versions, whose SHA-256 is twice as long: after an update, every file is
     * written once more.
     */
    private static void addEntry(String line, Map<String, Entry> entries) {
        String hash = line.substring(0, HASH_LENGTH);
        String rest = line.substring(HASH_LENGTH + 1);
        int space = rest.indexOf(' ');
        if (space > 0 && space <= 18 && rest.chars().limit(space).allMatch(c -> c >= '0' && c <= '9')
                && hash.chars().allMatch(HexFormat::isHexDigit)) {
            entries.put(rest.substring(space + 1), Entry.parse(hash, Long.parseLong(rest.substring(0, space))));
        }
    }

    /** Only the record of the inputs, its first line: a build with nothing to do need not read the hash of every file. */
    static Optional<String> readInputs(Path site) {
        try (BufferedReader reader = Files.newBufferedReader(site.resolve(FILE), StandardCharsets.UTF_8)) {
            String first = reader.readLine();
            return first != null && first.startsWith(INPUTS) ? Optional.of(first.substring(INPUTS.length())) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** One line a file, sorted by path so that the same site always has the same manifest. */
    void write(Path site) throws IOException {
        // Sorted as an array: a tree of a large site's 300 000 paths took seconds at the end of a build.
        String[] paths = entries.keySet().toArray(String[]::new);
        Arrays.sort(paths);
        try (Writer text = Files.newBufferedWriter(site.resolve(FILE), StandardCharsets.UTF_8)) {
            if (inputs.isPresent()) {
                text.append(INPUTS).append(inputs.get()).append('\n');
            }
            for (String path : paths) {
                Entry entry = entries.get(path);
                text.append(entry.hash()).append(' ').append(Long.toString(entry.size())).append(' ').append(path).append('\n');
            }
        }
    }

    /** Files of the tool's own below the output or staging folder, which no page may take the name of. */
    static List<String> bookkeeping() {
        return List.of(FILE, SiteWriter.MARKER, Update.JOURNAL);
    }
}
