package se.insyn.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
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
}
