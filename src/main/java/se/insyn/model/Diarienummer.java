package se.insyn.model;

import java.util.regex.Pattern;

/** The shape of a diarienummer (register prefix, year, running number), e.g. {@code KSN-2023-00442}. */
public final class Diarienummer {
    /** A whole value that is a diarienummer. */
    public static final Pattern FORMAT = Pattern.compile("[A-ZÅÄÖ]{2,8}-\\d{4}-\\d{1,6}");
    /**
     * A diarienummer standing in running text, not part of a longer word or number. Searching a text
     * with it tries it at every position; {@link #in(String)} finds the same numbers far faster.
     */
    public static final Pattern IN_TEXT = Pattern.compile("(?<![\\p{L}\\d-])" + FORMAT.pattern() + "(?![\\p{L}\\d])");

    private Diarienummer() {
    }

    /** The diarienummer standing in a text, found one after another as {@link Finder#find()} is called. */
    public static Finder in(String text) {
        return new Finder(text);
    }

    /**
     * Finds exactly what a loop of {@code IN_TEXT.matcher(text).find()} finds, at the same places,
     * but looks only at the dashes: every number has one before its year. Not thread-safe.
     */
    public static final class Finder {
        private final String text;
        private int from;
        private int start = -1;
        private int end = -1;

        private Finder(String text) {
            this.text = text;
        }

        /** Moves to the next number in the text; false when there is none. */
        public boolean find() {
            for (int dash = text.indexOf('-', from); dash >= 0; dash = text.indexOf('-', dash + 1)) {
                if (matchAround(dash)) {
                    from = end;
                    return true;
                }
            }
            from = text.length();
            start = -1;
            end = -1;
            return false;
        }

        /** Where the number found last starts. */
        public int start() {
            requireMatch();
            return start;
        }

        /** Where the number found last ends (exclusive). */
        public int end() {
            requireMatch();
            return end;
        }

        /** The number found last, as written. */
        public String group() {
            requireMatch();
            return text.substring(start, end);
        }

        private void requireMatch() {
            if (start < 0) {
                throw new IllegalStateException("No diarienummer found");
            }
        }

        /** Whether a number stands around this dash, as its dash between prefix and year; sets start and end. */
        private boolean matchAround(int dash) {
            int length = text.length();
            // The year and the dash after it, then at least one digit of the running number.
            if (dash + 6 >= length || text.charAt(dash + 5) != '-' || !isDigit(text.charAt(dash + 6))) {
                return false;
            }
            for (int i = dash + 1; i <= dash + 4; i++) {
                if (!isDigit(text.charAt(i))) {
                    return false;
                }
            }
            // The prefix is the whole run of capitals before the dash: the look-behind refuses a letter
            // before it, so the pattern cannot start part-way into a longer run.
            int first = dash;
            while (first > 0 && dash - first <= 8 && isPrefixLetter(text.charAt(first - 1))) {
                first--;
            }
            if (dash - first < 2 || dash - first > 8 || first > 0 && joinsBefore(text.charAt(first - 1))) {
                return false;
            }
            // The running number is the whole run of digits: the look-ahead refuses a digit after it.
            int last = dash + 6;
            while (last < length && last - (dash + 6) <= 6 && isDigit(text.charAt(last))) {
                last++;
            }
            if (last - (dash + 6) > 6 || last < length && joinsAfter(text.codePointAt(last))) {
                return false;
            }
            start = first;
            end = last;
            return true;
        }
    }

    /** {@code \d}: without UNICODE_CHARACTER_CLASS only the ASCII digits. */
    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isPrefixLetter(char c) {
        return c >= 'A' && c <= 'Z' || c == 'Å' || c == 'Ä' || c == 'Ö';
    }

    /**
     * The look-behind {@code [\p{L}\d-]}, which reads one char back: for a letter outside the BMP it
     * sees only the low surrogate, no letter, so such a letter does not join a number that follows.
     */
    private static boolean joinsBefore(char c) {
        return isDigit(c) || c == '-' || Character.isLetter(c);
    }

    /** The look-ahead {@code [\p{L}\d]}, which reads a whole code point forward, letters outside the BMP too. */
    private static boolean joinsAfter(int codePoint) {
        return codePoint >= '0' && codePoint <= '9' || Character.isLetter(codePoint);
    }
}
