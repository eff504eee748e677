package se.insyn.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Pages are encoded as Freemarker writes them: the bytes are those of the whole text encoded at
 * once, however it came in pieces (whole strings, parts of strings, arrays, single characters).
 */
class Utf8WriterProperties {
    /**
     * ASCII, Latin-1, a dash, a character of three bytes, one beyond the first plane, and surrogates
     * alone; pieces short and long, as long ones are encoded whole.
     */
    @Provide
    Arbitrary<List<String>> pieces() {
        return Arbitraries.strings().withChars("a<\"\n åÖ\u00A0–€\uD83D\uDE00\uD800\uDC00").ofMaxLength(40).list().ofMaxSize(12);
    }

    @Property(tries = 3000)
    void piecesWrittenOneByOneAreTheWholeTextInUtf8(@ForAll("pieces") List<String> pieces) {
        Templates.Utf8Writer writer = new Templates.Utf8Writer(4);
        for (int i = 0; i < pieces.size(); i++) {
            String piece = pieces.get(i);
            switch (i % 4) {
                case 0 -> writer.write(piece);
                case 1 -> writer.write(piece.toCharArray(), 0, piece.length());
                case 2 -> writer.write("\uDC00<" + piece + "\uD800", 2, piece.length()); // a part of a string, as escaping writes
                default -> piece.chars().forEach(writer::write);
            }
        }
        assertArrayEquals(String.join("", pieces).getBytes(StandardCharsets.UTF_8), writer.toByteArray(), () -> String.join("|", pieces));
    }
}
