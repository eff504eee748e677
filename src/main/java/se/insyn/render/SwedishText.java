package se.insyn.render;

import java.text.CollationKey;
import java.text.Collator;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/** Swedish conventions for running text: "27 mars 2023", and å, ä, ö sorted after z. */
public final class SwedishText {
    private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");
    private static final String[] MONTHS = {"januari", "februari", "mars", "april", "maj", "juni", "juli",
        "augusti", "september", "oktober", "november", "december"};

    private SwedishText() {
    }

    public static String date(LocalDate date) {
        return date.getDayOfMonth() + " " + MONTHS[date.getMonthValue() - 1] + " " + date.getYear();
    }

    /**
     * Orders records by a text in Swedish alphabetical order. A sort compares each text many times,
     * so each text's collation key is made once and kept by the comparator, for as long as it is used:
     * make one per sort. Safe to use from several threads.
     */
    public static <T> Comparator<T> byText(Function<T, String> text) {
        Collator collator = Collator.getInstance(SWEDISH);
        collator.setStrength(Collator.SECONDARY);
        Map<String, CollationKey> keys = new ConcurrentHashMap<>();
        return (a, b) -> {
            CollationKey first = keys.computeIfAbsent(text.apply(a), collator::getCollationKey);
            CollationKey second = keys.computeIfAbsent(text.apply(b), collator::getCollationKey);
            return first.compareTo(second);
        };
    }
}
