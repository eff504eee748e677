package se.insyn.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The JSON-LD's escapes of characters beyond ASCII are written as they were with {@code String.format}. */
class CitationsEscapeTest {
    @Test
    void everyCharacterBeyondAsciiIsEscapedWithFourLowerCaseHexDigits() {
        for (int ch = 0x80; ch <= 0xffff; ch++) {
            int character = ch;
            assertEquals(String.format("\\u%04x", ch), Citations.unicodeEscape(ch), () -> "U+" + Integer.toHexString(character));
        }
        assertEquals("\\u00e4", Citations.unicodeEscape('ä'));
    }
}
