package se.insyn.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class SwedishTextTest {
    @Test
    void datesReadAsInRunningSwedishText() {
        assertEquals("27 mars 2023", SwedishText.date(LocalDate.of(2023, 3, 27)));
        assertEquals("1 januari 2024", SwedishText.date(LocalDate.of(2024, 1, 1)));
        assertEquals("11 maj 2023", SwedishText.date(LocalDate.of(2023, 5, 11)));
    }

    @Test
    void åÄÖSortAfterZ() {
        List<String> names = List.of("Östhammar", "Ärna", "Zeta", "Åby", "Alunda", "älvsbyn");
        List<String> sorted = names.stream().sorted(SwedishText.byText(Function.identity())).toList();
        assertEquals(List.of("Alunda", "Zeta", "Åby", "älvsbyn", "Ärna", "Östhammar"), sorted);
    }

    @Test
    void ordersAsTheCollatorDoes() {
        List<String> words = List.of("Östhammar", "östhammar", "Ärna", "ärna", "Zeta", "zeta", "Åby", "åby", "Alunda",
                "alunda", "Ångermanland", "Älvsbyn", "Övertorneå", "Émile", "emile", "Eskilstuna", "Ekerö", "Vällingby",
                "Wallin", "Västerås", "Müller", "Mueller", "Ørsted", "Æbelø", "Södertälje", "Sodertalje", "Gävle", "Gavle",
                "Köping", "Koping", "Kårböle", "Karlstad", "Malmö", "Malmo", "S:t Olof", "St Olof", "Sankt Olof", "Åre", "Are");
        Collator collator = SwedishTextProperties.collator();
        // Case is a tertiary difference: "Åby" and "åby" tie, and a stable sort keeps them as given.
        List<String> reversed = new ArrayList<>(words);
        Collections.reverse(reversed);
        for (List<String> given : List.of(words, reversed)) {
            assertEquals(given.stream().sorted(collator::compare).toList(),
                    given.stream().sorted(SwedishText.byText(Function.identity())).toList());
        }
    }

    @Test
    void oneComparatorServesSeveralThreads() {
        List<String> words = List.of("Östhammar", "Ärna", "Zeta", "Åby", "Alunda", "älvsbyn", "Émile", "emile");
        Comparator<String> byText = SwedishText.byText(Function.identity());
        List<String> expected = words.stream().sorted(SwedishTextProperties.collator()::compare).toList();
        for (int i = 0; i < 50; i++) {
            assertEquals(expected, words.parallelStream().sorted(byText).toList());
        }
    }
}
