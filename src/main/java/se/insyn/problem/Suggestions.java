package se.insyn.problem;

import java.util.Collection;
import java.util.Optional;

/** Finds the likely intended word for a misspelt one ("socialnamden" → "socialnamnden"). */
public final class Suggestions {
    private Suggestions() {
    }

    /** The closest candidate within a distance that still reads as a typo, if any. */
    public static Optional<String> closest(String typed, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int distance = distance(typed.toLowerCase(), candidate.toLowerCase());
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        int tolerated = Math.max(2, typed.length() / 3);
        return bestDistance <= tolerated ? Optional.ofNullable(best) : Optional.empty();
    }

    /** A hint to append to a message: {@code menade du 'x'?}, or a list of what is allowed. */
    public static Text suggest(String typed, Collection<String> candidates) {
        return suggest(typed, candidates, Text.of("problem.allowedValues", String.join(", ", candidates)));
    }

    /** {@code menade du 'x'?}, or what to do when nothing written is close enough. */
    public static Text suggest(String typed, Collection<String> candidates, Text otherwise) {
        return closest(typed, candidates).map(c -> Text.of("problem.didYouMean", c)).orElse(otherwise);
    }

    /** The hint of {@link #suggest(String, Collection)} in Swedish. */
    public static String hint(String typed, Collection<String> candidates) {
        return suggest(typed, candidates).toString();
    }

    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
