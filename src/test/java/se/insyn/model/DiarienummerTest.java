package se.insyn.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

class DiarienummerTest {
    /** The numbers the regular expression finds, as "start:number". */
    static List<String> regexFinds(String text) {
        List<String> found = new ArrayList<>();
        Matcher m = Diarienummer.IN_TEXT.matcher(text);
        while (m.find()) {
            found.add(m.start() + ":" + m.group());
            assertEquals(m.start() + m.group().length(), m.end());
        }
        return found;
    }

    /** The numbers the finder finds, as "start:number". */
    static List<String> finderFinds(String text) {
        List<String> found = new ArrayList<>();
        Diarienummer.Finder f = Diarienummer.in(text);
        while (f.find()) {
            found.add(f.start() + ":" + f.group());
            assertEquals(f.start() + f.group().length(), f.end());
        }
        return found;
    }

    private static void finds(String text, String... expected) {
        assertEquals(List.of(expected), regexFinds(text), "the regular expression, on " + text);
        assertEquals(List.of(expected), finderFinds(text), "the finder, on " + text);
    }

    @Test
    void aWholeTextOrANumberInRunningText() {
        finds("KSN-2023-00442", "0:KSN-2023-00442");
        finds("Ert dnr: KRN-2022-00009.", "9:KRN-2022-00009");
        finds("ÅÄÖ-2023-1 och AB-1999-123456, samt (XY-2000-7)", "0:ÅÄÖ-2023-1", "15:AB-1999-123456", "37:XY-2000-7");
        finds("", new String[0]);
        finds("no numbers - here -- at all", new String[0]);
    }

    @Test
    void aPrefixOfTwoToEightCapitals() {
        finds("A-2023-1", new String[0]);
        finds("x A-2023-1", new String[0]);
        finds("AB-2023-1", "0:AB-2023-1");
        finds("ABCDEFGH-2023-1", "0:ABCDEFGH-2023-1");
        finds("ABCDEFGHI-2023-1", new String[0]);
        finds(" ABCDEFGHI-2023-1", new String[0]);
        finds("Ab-2023-1 aB-2023-1 ÉA-2023-1", new String[0]);
    }

    @Test
    void aYearOfFourDigitsAndARunningNumberOfOneToSix() {
        finds("AB-202-1 AB-20234-1 AB-2023- AB-2023", new String[0]);
        finds("AB-2023-1234567", new String[0]);
        finds("end AB-2023-1234567", new String[0]);
        finds("AB-2023-123456", "0:AB-2023-123456");
        finds("AB-٢٠٢٣-1", new String[0]);
    }

    @Test
    void notPartOfALongerWordOrNumber() {
        finds("-AB-2023-1", new String[0]);
        finds("xAB-2023-1 öAB-2023-1 9AB-2023-1", new String[0]);
        finds("AB-2023-1x AB-2023-1é AB-2023-1𝐀", new String[0]);
        finds("_AB-2023-1_", "1:AB-2023-1");
        finds("AB-2023-1-2023-2", "0:AB-2023-1");
        finds("AB-2023-1-", "0:AB-2023-1");
        finds("AB-2023-1 CD-2024-22", "0:AB-2023-1", "10:CD-2024-22");
    }

    /** The regular expression's look-behind reads one char, the low surrogate of 𝐀, and sees no letter. */
    @Test
    void aLetterOutsideTheBmpJoinsOnlyAfter() {
        finds("𝐀AB-2023-1", "2:AB-2023-1");
        finds("AB-2023-1𝐀", new String[0]);
        finds("\uDC00AB-2023-1\uD835", "1:AB-2023-1");
    }

    @Test
    void askingBeforeAFindIsAnError() {
        Diarienummer.Finder f = Diarienummer.in("AB-2023-1");
        assertThrows(IllegalStateException.class, f::group);
        f.find();
        f.find();
        assertThrows(IllegalStateException.class, f::start);
    }
}
