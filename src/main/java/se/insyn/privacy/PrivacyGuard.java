package se.insyn.privacy;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.insyn.load.Source;
import se.insyn.problem.Problems;
import se.insyn.problem.Text;

/**
 * Scans every line of every content file, front matter and body alike, before anything is built.
 * A personal identity number is an error; the only way past it is a reviewed exception written on
 * the same line or the line above, naming that very number:
 * {@code <!-- insyn:tillåt-personnummer 19121212-1212 -->} in Markdown or {@code # insyn:tillåt-personnummer …}
 * in the front matter. Private e-mail addresses and mobile numbers are warnings.
 */
public final class PrivacyGuard {
    static final String EXCEPTION = "insyn:tillåt-personnummer";
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@([\\w-]+(?:\\.[\\w-]+)+)");
    private static final Pattern MOBILE = Pattern.compile("(?<![\\d])(?:\\+46[ -]?|0)7[02369](?:[ -]?\\d){7}(?![\\d])");
    /** Consumer mail services: an address there belongs to a private person, not an office. */
    private static final Set<String> PRIVATE_MAIL = Set.of("gmail.com", "hotmail.com", "hotmail.se", "outlook.com",
            "outlook.se", "live.se", "live.com", "yahoo.com", "yahoo.se", "icloud.com", "me.com", "msn.com", "telia.com",
            "spray.se", "bredband.net", "protonmail.com", "proton.me");

    public void scan(List<Source> sources, Problems problems) {
        sources.parallelStream().forEach(source -> scan(source, problems));
    }

    /** Searches the whole text at once and works out lines only for what it finds: most files hold nothing. */
    public void scan(Source source, Problems problems) {
        String text = source.text();
        Lines lines = new Lines(text);
        for (PersonalIdentityNumbers.Found number : PersonalIdentityNumbers.find(text)) {
            int line = lines.lineOf(number.start());
            if (!allowed(number.written(), lines.text(line), lines.text(line - 1))) {
                problems.error(source.file(), line, number.coordinationNumber()
                                ? Text.of("privacy.coordinationNumber", mask(number.written()))
                                : Text.of("privacy.identityNumber", mask(number.written())),
                        Text.of("privacy.identityNumber.fix", EXCEPTION, number.written()));
            }
        }
        warnAboutContactDetails(source, lines, problems);
    }

    /** A character the pattern {@code [\\w.+-]} allows before the {@code @}. */
    private static boolean isLocalPart(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '.' || c == '+' || c == '-';
    }

    private static boolean allowed(String number, String line, String previous) {
        String exception = EXCEPTION + " " + number;
        return line.contains(exception) || previous.contains(exception);
    }

    /** Line numbers of positions in a text, found by binary search over where the lines start. */
    private static final class Lines {
        private final String text;
        private final int[] starts;

        Lines(String text) {
            this.text = text;
            int count = 1;
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    count++;
                }
            }
            starts = new int[count];
            int line = 1;
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    starts[line++] = i + 1;
                }
            }
        }

        /** The 1-based line of a position. */
        int lineOf(int position) {
            int index = java.util.Arrays.binarySearch(starts, position);
            return (index >= 0 ? index : -index - 2) + 1;
        }

        /** The text of a 1-based line; empty outside the text. */
        String text(int line) {
            if (line < 1 || line > starts.length) {
                return "";
            }
            int end = line < starts.length ? starts[line] - 1 : text.length();
            return text.substring(starts[line - 1], end);
        }
    }

    /** Messages and logs must not repeat the number whole either. */
    static String mask(String number) {
        return number.substring(0, number.length() - 4) + "****";
    }

    private static void warnAboutContactDetails(Source source, Lines lines, Problems problems) {
        String text = source.text();
        // Each pattern is tried only where its match can start, found with indexOf: searching a long
        // text with a regular expression costs several times more.
        Matcher email = EMAIL.matcher(text);
        int end = 0;
        for (int at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
            int start = at;
            while (start > end && isLocalPart(text.charAt(start - 1))) {
                start--;
            }
            if (start < at && email.region(start, text.length()).lookingAt()) {
                end = email.end();
                if (PRIVATE_MAIL.contains(email.group(1).toLowerCase(Locale.ROOT))) {
                    problems.warning(source.file(), lines.lineOf(email.start()), Text.of("privacy.privateEmail", email.group()),
                            Text.of("privacy.privateEmail.fix"));
                }
            }
        }
        Matcher mobile = MOBILE.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        for (int at = 0; at < text.length(); at++) {
            char c = text.charAt(at);
            if ((c == '+' || c == '0') && mobile.region(at, text.length()).lookingAt()) {
                problems.warning(source.file(), lines.lineOf(mobile.start()), Text.of("privacy.mobile", mobile.group()),
                        Text.of("privacy.mobile.fix"));
                at = mobile.end() - 1;
            }
        }
    }
}
