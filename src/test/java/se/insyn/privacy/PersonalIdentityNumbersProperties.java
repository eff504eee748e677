package se.insyn.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;

/**
 * The search tries its pattern only where a run of digits starts; this checks that it finds exactly
 * what a plain search of the whole text with the same pattern finds, on texts dense with digits,
 * dashes and plus signs.
 */
class PersonalIdentityNumbersProperties {
    /** The same pattern, searched the plain way: the reference the faster search must agree with. */
    private static final Pattern REFERENCE = Pattern.compile(
            "(?<![\\d-])(?:(19|20)?)(\\d{2})(\\d{2})(\\d{2})([-+]?)(\\d{3})(\\d)(?![\\d])");

    @Property(tries = 2000)
    void findsWhatAPlainSearchFinds(@ForAll @StringLength(max = 60) @Chars({'0', '1', '2', '3', '5', '6', '8', '9', '-', '+', ' ', 'a'})
                                    String noise, @ForAll("numbers") String number) {
        String text = noise.substring(0, noise.length() / 2) + number + noise.substring(noise.length() / 2);
        List<String> expected = new ArrayList<>();
        Matcher m = REFERENCE.matcher(text);
        while (m.find()) {
            String ten = m.group(2) + m.group(3) + m.group(4) + m.group(6) + m.group(7);
            int month = Integer.parseInt(m.group(3));
            int day = Integer.parseInt(m.group(4));
            int birthDay = day > 60 ? day - 60 : day;
            if (month >= 1 && month <= 12 && birthDay >= 1 && birthDay <= 31 && PersonalIdentityNumbers.luhnValid(ten)) {
                expected.add(m.start() + ":" + m.group());
            }
        }
        assertEquals(expected, PersonalIdentityNumbers.find(text).stream().map(f -> f.start() + ":" + f.written()).toList(), text);
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> numbers() {
        return net.jqwik.api.Arbitraries.of("19121212-1212", "121212-1212", "201212121212", "811218-9876", "8112189876",
                "19811278-9874", "121212+1212", "");
    }
}
