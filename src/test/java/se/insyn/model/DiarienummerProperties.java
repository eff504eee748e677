package se.insyn.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * The finder looks only at dashes and walks out from them; this checks that it finds exactly what
 * searching with {@link Diarienummer#IN_TEXT} finds, on texts dense with near misses: capitals,
 * small and accented letters, letters outside the BMP and their lone halves, digits and dashes.
 */
class DiarienummerProperties {
    /** Letters, digits and others that may stand around a number, or within a near miss. */
    private static final String[] AROUND = {"A", "Z", "Å", "Ä", "Ö", "a", "ö", "é", "É", "𝐀", "𝐚", "\uD835", "\uDC00",
        "0", "9", "٣", "-", " ", "\u00A0", "_", "<", "&"};

    @Property(tries = 3000)
    void findsWhatTheRegularExpressionFindsAroundNumbers(@ForAll("numbersAndNearMisses") String text) {
        assertEquals(DiarienummerTest.regexFinds(text), DiarienummerTest.finderFinds(text), text);
    }

    @Property(tries = 3000)
    void findsWhatTheRegularExpressionFindsInPieces(@ForAll("pieces") String text) {
        assertEquals(DiarienummerTest.regexFinds(text), DiarienummerTest.finderFinds(text), text);
    }

    /** Numbers with prefixes, years and running numbers a little too short or long, among other characters. */
    @Provide
    Arbitrary<String> numbersAndNearMisses() {
        Arbitrary<String> prefix = Arbitraries.strings().withChars("ABKZÅÄÖ").ofMinLength(0).ofMaxLength(9);
        Arbitrary<String> year = Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.strings().numeric().ofLength(4)),
                Tuple.of(1, Arbitraries.strings().numeric().ofMinLength(3).ofMaxLength(5)));
        Arbitrary<String> running = Arbitraries.strings().numeric().ofMinLength(0).ofMaxLength(8);
        Arbitrary<String> number = Combinators.combine(prefix, year, running).as((p, y, r) -> p + "-" + y + "-" + r);
        Arbitrary<String> between = Arbitraries.of(AROUND).list().ofMaxSize(2).map(s -> String.join("", s));
        return Combinators.combine(between, number).as(String::concat).list().ofMaxSize(5)
                .flatMap(parts -> between.map(end -> String.join("", parts) + end));
    }

    /** Pieces of numbers among single characters. */
    @Provide
    Arbitrary<String> pieces() {
        Arbitrary<String> piece = Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.of(AROUND)),
                Tuple.of(1, Arbitraries.of("-2023-", "2023-", "-2023", "KSN-2023-", "AB", "ABCDEFGH", "123456", "00442")));
        return piece.list().ofMaxSize(24).map(pieces -> String.join("", pieces));
    }
}
