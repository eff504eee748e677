package se.insyn.privacy;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.insyn.load.Source;
import se.insyn.problem.Problems;

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
        for (Source source : sources) {
            String[] lines = source.text().split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                String previous = i > 0 ? lines[i - 1] : "";
                for (PersonalIdentityNumbers.Found number : PersonalIdentityNumbers.find(lines[i])) {
                    if (!allowed(number.written(), lines[i], previous)) {
                        problems.error(source.file(), i + 1, (number.coordinationNumber() ? "ett samordningsnummer" : "ett personnummer")
                                + " (" + mask(number.written()) + ") får inte publiceras",
                                "ta bort numret; är publiceringen prövad och tillåten, skriv <!-- " + EXCEPTION + " "
                                        + number.written() + " --> på raden ovanför");
                    }
                }
                warnAboutContactDetails(source, i + 1, lines[i], problems);
            }
        }
    }

    private static boolean allowed(String number, String line, String previous) {
        String exception = EXCEPTION + " " + number;
        return line.contains(exception) || previous.contains(exception);
    }

    /** Messages and logs must not repeat the number whole either. */
    static String mask(String number) {
        return number.substring(0, number.length() - 4) + "****";
    }

    private static void warnAboutContactDetails(Source source, int line, String text, Problems problems) {
        Matcher email = EMAIL.matcher(text);
        while (email.find()) {
            if (PRIVATE_MAIL.contains(email.group(1).toLowerCase(Locale.ROOT))) {
                problems.warning(source.file(), line, "privat e-postadress " + email.group(),
                        "kontrollera att den får publiceras; använd hellre en funktionsadress");
            }
        }
        Matcher mobile = MOBILE.matcher(text);
        while (mobile.find()) {
            problems.warning(source.file(), line, "mobilnummer " + mobile.group(),
                    "kontrollera att numret får publiceras; använd hellre växelns eller funktionens nummer");
        }
    }
}
