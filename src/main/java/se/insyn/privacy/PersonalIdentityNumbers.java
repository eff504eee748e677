package se.insyn.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds Swedish personal identity numbers (personnummer) and coordination numbers
 * (samordningsnummer, day of birth + 60) in text: with or without century, with or without the
 * separator. Only numbers whose date is possible and whose check digit passes the Luhn test count,
 * so diarienummer, dates and other numbers do not trip it.
 */
public final class PersonalIdentityNumbers {
    private static final Pattern CANDIDATE = Pattern.compile(
            "(?<![\\d-])(?:(19|20)?)(\\d{2})(\\d{2})(\\d{2})([-+]?)(\\d{3})(\\d)(?![\\d])");

    private PersonalIdentityNumbers() {
    }

    /** A number found in a text, as written there. */
    public record Found(String written, int start, boolean coordinationNumber) {
    }

    public static List<Found> find(String text) {
        List<Found> found = new ArrayList<>();
        // The pattern is tried only where a run of digits starts (where its look-behind can pass):
        // letting the regular expression search the text itself costs several times more.
        Matcher m = CANDIDATE.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int length = text.length();
        for (int at = 0; at < length; at++) {
            if (!isDigit(text.charAt(at)) || at > 0 && (isDigit(text.charAt(at - 1)) || text.charAt(at - 1) == '-')) {
                continue;
            }
            m.region(at, length);
            if (!m.lookingAt()) {
                continue;
            }
            at = m.end() - 1;
            int month = Integer.parseInt(m.group(3));
            int day = Integer.parseInt(m.group(4));
            boolean coordination = day > 60;
            int birthDay = coordination ? day - 60 : day;
            if (month < 1 || month > 12 || birthDay < 1 || birthDay > 31) {
                continue;
            }
            String tenDigits = m.group(2) + m.group(3) + m.group(4) + m.group(6) + m.group(7);
            if (luhnValid(tenDigits)) {
                found.add(new Found(m.group(), m.start(), coordination));
            }
        }
        return found;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The Luhn (mod 10) check over the ten digits YYMMDDNNNC. */
    static boolean luhnValid(String tenDigits) {
        int sum = 0;
        for (int i = 0; i < tenDigits.length(); i++) {
            int digit = tenDigits.charAt(i) - '0';
            int weighted = i % 2 == 0 ? digit * 2 : digit;
            sum += weighted > 9 ? weighted - 9 : weighted;
        }
        return sum % 10 == 0;
    }
}
