package se.insyn.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A catalogue text in either language, the language an environment asks for, and a problem said in both. */
class TextTest {
    private static final Locale SV = Language.SWEDISH.locale();
    private static final Locale EN = Language.ENGLISH.locale();

    @Test
    void aTextInsideATextIsSaidInTheSameLanguage() {
        Text unknown = Text.of("link.unknown", Text.of("link.kind.district"), "gotsunda");
        assertEquals("okänd stadsdel 'gotsunda'", unknown.in(SV));
        assertEquals("unknown district 'gotsunda'", unknown.in(EN));
        Text hint = Suggestions.suggest("socialnamden", List.of("kommunstyrelsen", "socialnamnden"));
        assertEquals("menade du 'socialnamnden'?", hint.in(SV));
        assertEquals("did you mean 'socialnamnden'?", hint.in(EN));
        assertEquals("allowed values: a, b", Suggestions.suggest("xyzzy", List.of("a", "b")).in(EN));
    }

    @Test
    void swedishIsTheDefaultWhateverTheMachinesLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ENGLISH);
            Text text = Text.of("load.empty");
            assertEquals("filen är tom", text.toString());
            assertEquals("filen är tom", text.in(SV));
            assertEquals("filen är tom", text.in(Locale.GERMAN), "a language Insyn does not speak gets Swedish");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void numbersReadAsTheyAreWritten() {
        assertEquals("filen är 1048576 KiB, större än gränsen på 1024 KiB", Text.of("load.tooLarge", 1048576L, 1024L).in(SV));
        assertEquals("Klart: 12345 sidor på 2023 ms, 12345 varningar; varje sida görs när den visas",
                Text.of("serve.rebuilt", 12345, 2023L, Text.of("serve.rebuilt.warnings", 12345)).in(SV));
        assertEquals("Ready: 12345 pages in 2023 ms, 12345 warnings; each page is made when it is shown",
                Text.of("serve.rebuilt", 12345, 2023L, Text.of("serve.rebuilt.warnings", 12345)).in(EN));
        assertEquals(", 1 warning", Text.of("serve.rebuilt.warnings", 1).in(EN));
    }

    @Test
    void theEnvironmentChoosesEnglishOnlyWhenItsLanguageIsEnglish() {
        assertEquals(Language.SWEDISH, Language.fromEnvironment(Map.of()));
        assertEquals(Language.SWEDISH, Language.fromEnvironment(Map.of("LANG", "C.UTF-8")));
        assertEquals(Language.SWEDISH, Language.fromEnvironment(Map.of("LANG", "sv_SE.UTF-8")));
        assertEquals(Language.ENGLISH, Language.fromEnvironment(Map.of("LANG", "en_US.UTF-8")));
        assertEquals(Language.ENGLISH, Language.fromEnvironment(Map.of("LANG", "sv_SE.UTF-8", "LC_MESSAGES", "en_GB.UTF-8")));
        assertEquals(Language.SWEDISH, Language.fromEnvironment(Map.of("LANG", "en_US.UTF-8", "LC_ALL", "sv_SE.UTF-8")));
        assertEquals(Language.ENGLISH, Language.fromEnvironment(Map.of("LANG", "en_US.UTF-8", "LC_ALL", "")),
                "an empty variable counts as unset");
    }

    @Test
    void aProblemIsSaidInEitherLanguageAndInSwedishByDefault() {
        Problem warning = Problem.warning(Path.of("granskningar", "krn-2022-00009.md"), 2,
                Text.of("privacy.mobile", "070-123 45 67"), Text.of("privacy.mobile.fix"));
        assertEquals("granskningar/krn-2022-00009.md:2: varning: mobilnummer 070-123 45 67 – kontrollera att numret får publiceras;"
                + " använd hellre växelns eller funktionens nummer", warning.toString());
        assertEquals("granskningar/krn-2022-00009.md:2: warning: mobile number 070-123 45 67 – check that the number may be published;"
                + " preferably use the switchboard's or the office's number", warning.toString(EN));
        assertEquals("mobilnummer 070-123 45 67", warning.message());
        assertEquals("mobile number 070-123 45 67", warning.message(EN));
        Problem noFix = Problem.error(null, 0, Text.of("read.noSite"), null);
        assertEquals("the site settings are missing", noFix.toString(EN));
        assertNull(noFix.fix(EN));
    }

    @Test
    void theSameProblemFoundTwiceIsReportedOnce() {
        Set<Problem> problems = new LinkedHashSet<>();
        for (int i = 0; i < 2; i++) {
            problems.add(Problem.error(Path.of("a.md"), 3, Text.of("read.missing", "title"), Text.of("read.missing.fix", "title", "X")));
        }
        assertEquals(1, problems.size());
    }
}
