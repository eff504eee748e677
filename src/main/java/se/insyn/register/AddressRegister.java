package se.insyn.register;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import se.insyn.problem.LocalisedIOException;
import se.insyn.problem.Text;

/**
 * The register of every address the site has published: a plain text file in the repository, one
 * address a line, that only grows. A build in which a registered address no longer exists fails,
 * naming the address, unless the content declares where it moved or that it was withdrawn.
 */
public final class AddressRegister {
    private static final String HEADER = "# Publicerade adresser. Skrivs av insyn build; en adress här får aldrig försvinna.";

    private final Path file;
    private final Map<String, Integer> published = new LinkedHashMap<>();

    private AddressRegister(Path file) {
        this.file = file;
    }

    /** A register that knows no address (the preview, which neither checks nor records addresses). */
    public static AddressRegister empty() {
        return new AddressRegister(null);
    }

    /** Reads the register; a missing file is an empty register (the first build creates it). */
    public static AddressRegister load(Path file) {
        AddressRegister register = new AddressRegister(file);
        if (Files.isRegularFile(file)) {
            try {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i).strip();
                    if (!line.isEmpty() && !line.startsWith("#")) {
                        register.published.putIfAbsent(line, i + 1);
                    }
                }
            } catch (IOException e) {
                throw new LocalisedIOException(Text.of("register.unreadable", file), e);
            }
        }
        return register;
    }

    public Path file() {
        return file;
    }

    /** Every published address. */
    public Set<String> addresses() {
        return Collections.unmodifiableSet(published.keySet());
    }

    /** The published addresses the new site no longer has, each with its line in the register. */
    public Map<String, Integer> missingFrom(Set<String> siteAddresses) {
        Map<String, Integer> missing = new LinkedHashMap<>();
        published.forEach((address, line) -> {
            if (!siteAddresses.contains(address)) {
                missing.put(address, line);
            }
        });
        return missing;
    }

    /** Adds the new site's addresses; rewrites the file only when something was added. */
    public void record(Collection<String> siteAddresses) {
        if (file == null) {
            return;
        }
        TreeSet<String> all = new TreeSet<>(published.keySet());
        if (all.containsAll(siteAddresses) && Files.isRegularFile(file)) {
            return;
        }
        all.addAll(siteAddresses);
        List<String> lines = new ArrayList<>();
        lines.add(HEADER);
        lines.addAll(all);
        try {
            Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
            Files.write(temporary, lines, StandardCharsets.UTF_8);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new LocalisedIOException(Text.of("register.unwritable", file), e);
        }
    }
}
