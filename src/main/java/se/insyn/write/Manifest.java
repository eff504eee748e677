package se.insyn.write;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What a complete build wrote: a fingerprint of its inputs, and the SHA-256 of every file. Kept as
 * a plain text file in the site ({@code .insyn-manifest}); a plain file cannot corrupt like a cache
 * database, and a missing or unreadable one only means the next build writes everything.
 */
record Manifest(Optional<String> inputs, Map<String, String> hashes) {
    static final String FILE = ".insyn-manifest";
    private static final String INPUTS = "inputs ";

    static Manifest read(Path site) {
        Path file = site.resolve(FILE);
        Map<String, String> hashes = new TreeMap<>();
        Optional<String> inputs = Optional.empty();
        if (!Files.isRegularFile(file)) {
            return new Manifest(inputs, hashes);
        }
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.startsWith(INPUTS)) {
                    inputs = Optional.of(line.substring(INPUTS.length()));
                } else if (line.length() > 65 && line.charAt(64) == ' ') {
                    hashes.put(line.substring(65), line.substring(0, 64));
                }
            }
        } catch (IOException e) {
            return new Manifest(Optional.empty(), Map.of());
        }
        return new Manifest(inputs, hashes);
    }

    /** Only the record of the inputs, its first line: a build with nothing to do need not read the hash of every file. */
    static Optional<String> readInputs(Path site) {
        try (java.io.BufferedReader reader = Files.newBufferedReader(site.resolve(FILE), StandardCharsets.UTF_8)) {
            String first = reader.readLine();
            return first != null && first.startsWith(INPUTS) ? Optional.of(first.substring(INPUTS.length())) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    void write(Path site) throws IOException {
        StringBuilder text = new StringBuilder();
        inputs.ifPresent(i -> text.append(INPUTS).append(i).append('\n'));
        new TreeMap<>(hashes).forEach((path, hash) -> text.append(hash).append(' ').append(path).append('\n'));
        Files.writeString(site.resolve(FILE), text, StandardCharsets.UTF_8);
    }

    static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(sha256().digest(bytes));
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 saknas i Java", e);
        }
    }

    static List<String> bookkeeping() {
        return List.of(FILE, SiteWriter.MARKER);
    }
}
