package se.insyn.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SuggestionsTest {
    private final List<String> organisations = List.of("kommunstyrelsen", "socialnamnden", "utbildningsnamnden", "uppsalahem");

    @Test
    void aTypoGetsTheIntendedWord() {
        assertEquals(Optional.of("socialnamnden"), Suggestions.closest("socialnamden", organisations));
        assertEquals("menade du 'uppsalahem'?", Suggestions.hint("upsalahem", organisations));
    }

    @Test
    void somethingUnrelatedGetsTheListOfAllowedValues() {
        assertEquals(Optional.empty(), Suggestions.closest("polisen", organisations));
        assertEquals("tillåtna värden: a, b", Suggestions.hint("xyzzy", List.of("a", "b")));
    }
}
