package se.insyn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Shared checks of the two catalogues ({@code insyn/messages/Messages*} and {@code Help*}): a catalogue is
 * read as the program reads it (UTF-8), and its English must say everything its Swedish says.
 */
public final class Catalogues {
    /** The program's own sources, which the tests scan for the keys they use. */
    public static final Path MAIN_SOURCES = Path.of("src/main/java");

    private Catalogues() {
    }

    /** A catalogue file from the class path, key to value, sorted by key. */
    public static Map<String, String> load(String resource) {
        Properties properties = new Properties();
        try (InputStream in = Catalogues.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new AssertionError(resource + " is not on the class path");
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> values = new TreeMap<>();
        properties.stringPropertyNames().forEach(key -> values.put(key, properties.getProperty(key)));
        return values;
    }

    /**
     * Both catalogues have the same keys, every value has the same placeholders in both, and every
     * English value is written and differs from the Swedish one, except the keys allowed to be the same.
     */
    public static void assertTranslated(Map<String, String> swedish, Map<String, String> english, Set<String> sameOnPurpose,
                                        Function<String, Set<?>> placeholders) {
        Set<String> onlySwedish = new TreeSet<>(swedish.keySet());
        onlySwedish.removeAll(english.keySet());
        Set<String> onlyEnglish = new TreeSet<>(english.keySet());
        onlyEnglish.removeAll(swedish.keySet());
        assertEquals(Set.of(), onlySwedish, "keys in Swedish only");
        assertEquals(Set.of(), onlyEnglish, "keys in English only");
        swedish.forEach((key, sv) -> {
            String en = english.get(key);
            assertEquals(placeholders.apply(sv), placeholders.apply(en), key + ": the same placeholders in both languages");
            assertTrue(!en.isBlank(), key + ": the English is written");
            assertEquals(sameOnPurpose.contains(key), en.equals(sv),
                    key + (sameOnPurpose.contains(key) ? ": allowed to be the same, so it must be" : ": the English differs from the Swedish: " + en));
        });
    }

    /** Every text of a pattern found in the program's sources (group 1 of {@code pattern}), sorted. */
    public static Set<String> foundInSources(java.util.regex.Pattern pattern) {
        Set<String> found = new TreeSet<>();
        try (Stream<Path> files = Files.walk(MAIN_SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                java.util.regex.Matcher matcher = pattern.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (matcher.find()) {
                    found.add(matcher.group(1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }
}
