package se.insyn.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link ContentLoader#cut} finds the front matter by positions in the text; for random texts made
 * of fences, near-fences, YAML and prose, it cuts exactly where splitting the text into lines and
 * joining them again did (the reference below, the loader's code until it was replaced).
 */
class FrontMatterCutProperties {
    private static final List<String> PIECES = List.of("---", " --- ", "---\t", "\u2003---", "----", "-- -", "--", "- --",
            "\n", "\n", "\n", "\r", "title: Granskning", "type: audit", "", " ", "Gottsunda – trygghet", "---x", "x---");

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of(PIECES).list().ofMaxSize(16).map(pieces -> String.join("", pieces));
    }

    @Property(tries = 5000)
    void cutsWhereTheLinesWereSplitAndJoined(@ForAll("texts") String text) {
        ContentLoader.Cut expected = byLines(text);
        ContentLoader.Cut actual = ContentLoader.cut(text);
        if (expected == ContentLoader.NO_OPENING_FENCE || expected == ContentLoader.NO_CLOSING_FENCE) {
            assertSame(expected, actual, () -> "'" + text + "': " + name(expected) + " expected, got " + name(actual));
        } else {
            assertEquals(expected, actual, text);
        }
    }

    private static String name(ContentLoader.Cut cut) {
        return cut == ContentLoader.NO_OPENING_FENCE ? "no opening fence" : cut == ContentLoader.NO_CLOSING_FENCE ? "no closing fence" : cut.toString();
    }

    /** The reference: split into lines, find the fences by their stripped lines, join each part's lines with a line break after each. */
    private static ContentLoader.Cut byLines(String text) {
        String[] lines = text.split("\n", -1);
        if (!lines[0].strip().equals("---")) {
            return ContentLoader.NO_OPENING_FENCE;
        }
        int end = -1;
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].strip().equals("---")) {
                end = i;
                break;
            }
        }
        if (end < 0) {
            return ContentLoader.NO_CLOSING_FENCE;
        }
        StringBuilder yaml = new StringBuilder();
        for (int i = 1; i < end; i++) {
            yaml.append(lines[i]).append('\n');
        }
        StringBuilder body = new StringBuilder();
        for (int i = end + 1; i < lines.length; i++) {
            body.append(lines[i]).append('\n');
        }
        return new ContentLoader.Cut(yaml.toString(), body.toString(), end + 2);
    }
}
