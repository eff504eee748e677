package se.insyn.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import se.insyn.load.Source;
import se.insyn.problem.Problem;
import se.insyn.problem.Problems;

class PrivacyGuardTest {

    @ParameterizedTest
    @ValueSource(strings = {"121212-1212", "19121212-1212", "1212121212", "191212121212", "121212+1212",
        "701063-2391", "19701063-2391", "7010632391"})
    void personalAndCoordinationNumbersAreFound(String number) {
        List<PersonalIdentityNumbers.Found> found = PersonalIdentityNumbers.find("Sökande: " + number + ", se bilaga.");
        assertEquals(1, found.size(), number);
        assertEquals(number, found.get(0).written());
    }

    @Test
    void aCoordinationNumberIsToldApart() {
        assertTrue(PersonalIdentityNumbers.find("701063-2391").get(0).coordinationNumber());
        assertFalse(PersonalIdentityNumbers.find("121212-1212").get(0).coordinationNumber());
    }

    @ParameterizedTest
    @ValueSource(strings = {"KSN-2023-00442", "KRN-2022-00009", "2023-03-27", "27 mars 2023", "121212-1213",
        "131312-1212", "121232-1214", "19121212-1213", "2021-2030", "uppdrag 2.8", "018-727 00 00", "1234567890123"})
    void diarienummerDatesAndNumbersFailingTheCheckAreNotReported(String text) {
        assertEquals(List.of(), PersonalIdentityNumbers.find("Text " + text + " text"), text);
    }

    private static List<Problem> scan(String text) {
        Problems problems = new Problems();
        Source source = new Source(Path.of("arenden/x/index.md"), null, "", 1, text);
        new PrivacyGuard().scan(List.of(source), problems);
        return problems.sorted();
    }

    @Test
    void aNumberStopsTheBuildNamingFileAndLineWithoutRepeatingIt() {
        List<Problem> problems = scan("---\ntype: case\n---\nHandläggaren\nPerson 19121212-1212 ansökte.\n");
        assertEquals(1, problems.size());
        Problem problem = problems.get(0);
        assertTrue(problem.isError());
        assertEquals(5, problem.line());
        assertEquals("arenden/x/index.md:5: ett personnummer (19121212-****) får inte publiceras", problem.toString().split(" – ")[0]);
    }

    @Test
    void aReviewedExceptionNextToTheTextAllowsExactlyThatNumber() {
        assertEquals(List.of(), scan("<!-- insyn:tillåt-personnummer 19121212-1212 -->\nPerson 19121212-1212.\n"));
        assertEquals(List.of(), scan("applicant: 19121212-1212 # insyn:tillåt-personnummer 19121212-1212\n"));
        assertEquals(1, scan("<!-- insyn:tillåt-personnummer 19121212-1212 -->\nPerson 701063-2391.\n").size(),
                "an exception names one number, not all");
        assertEquals(1, scan("<!-- insyn:tillåt-personnummer 19121212-1212 -->\n\nPerson 19121212-1212.\n").size(),
                "the exception must stand next to the text it allows");
    }

    @Test
    void privateMailAndMobileNumbersAreWarnings() {
        List<Problem> problems = scan("Kontakt: anna.andersson@gmail.com eller 070-123 45 67.\nkommunrevisionen@uppsala.se\n");
        assertEquals(2, problems.size());
        assertTrue(problems.stream().noneMatch(Problem::isError));
        assertTrue(problems.get(0).message().contains("anna.andersson@gmail.com") || problems.get(1).message().contains("anna.andersson@gmail.com"));
    }
}
