package se.insyn.problem;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import se.insyn.Catalogues;

/**
 * The message catalogue ({@code insyn/messages/Messages.properties} and {@code Messages_en.properties}):
 * English for every Swedish message, with the same placeholders; every key the program names exists;
 * every key is used by the program.
 */
class CatalogueTest {
    private static final Map<String, String> SWEDISH = Catalogues.load("insyn/messages/Messages.properties");
    private static final Map<String, String> ENGLISH = Catalogues.load("insyn/messages/Messages_en.properties");

    /** Values that read the same in both languages. */
    private static final Set<String> SAME_ON_PURPOSE = Set.of(
            "problem.withFix",          // "{0} – {1}": the dash is English too
            "link.kind.organisation");  // "organisation" is English too

    private static final Pattern KEY_IN_SOURCE = Pattern.compile("Text\\.of\\(\\s*\"([^\"]*)\"");
    private static final Pattern TEXT_OF_ANYTHING_ELSE = Pattern.compile("Text\\.of\\((?!\\s*\")([^\n]*)");
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");

    @Test
    void everyMessageIsInEnglishWithTheSamePlaceholders() {
        Catalogues.assertTranslated(SWEDISH, ENGLISH, SAME_ON_PURPOSE, CatalogueTest::arguments);
    }

    @Test
    void apostrophesAreWrittenTwiceSoThatMessageFormatKeepsThem() {
        // A single ' starts a quoted section in MessageFormat and silently swallows what follows, {0} included.
        for (Map<String, String> catalogue : Arrays.asList(SWEDISH, ENGLISH)) {
            catalogue.forEach((key, value) -> assertFalse(
                    value.replace("''", "").replace("'{'", "").replace("'}'", "").contains("'"),
                    key + ": a lone apostrophe in " + value));
        }
    }

    @Test
    void everyMessageFormatsInBothLanguagesWithoutGroupingNumbers() {
        Object[] numbers = new Object[10];
        Arrays.fill(numbers, 1234567);
        for (String key : SWEDISH.keySet()) {
            for (Language language : Language.values()) {
                String text = Text.of(key, numbers).in(language.locale());
                assertFalse(text.matches("(?s).*1\\D234.*"), key + " in " + language + " groups the digits of a number: " + text);
            }
        }
    }

    @Test
    void everyKeyTheProgramNamesIsInTheCatalogue() {
        assertEquals(Set.of(), Catalogues.foundInSources(TEXT_OF_ANYTHING_ELSE),
                "Text.of is called with a key written out, so that this test can find every key");
        Set<String> missing = new TreeSet<>(Catalogues.foundInSources(KEY_IN_SOURCE));
        missing.removeAll(SWEDISH.keySet());
        assertEquals(Set.of(), missing, "keys the program uses that the catalogue lacks");
    }

    @Test
    void everyKeyIsUsedByTheProgram() {
        Set<String> unused = new TreeSet<>(SWEDISH.keySet());
        unused.removeAll(Catalogues.foundInSources(KEY_IN_SOURCE));
        assertEquals(Set.of(), unused, "keys nothing uses: remove them from both catalogues");
    }

    /** The argument numbers of a MessageFormat pattern, nested ones (in a choice) included, quoted text left out. */
    private static Set<?> arguments(String pattern) {
        String unquoted = pattern.replace("''", "").replaceAll("'[^']*'", "");
        Set<Integer> found = new TreeSet<>();
        Matcher matcher = ARGUMENT.matcher(unquoted);
        while (matcher.find()) {
            found.add(Integer.valueOf(matcher.group(1)));
        }
        return found;
    }
}
