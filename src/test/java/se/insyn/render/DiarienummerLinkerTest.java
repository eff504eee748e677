package se.insyn.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DiarienummerLinkerTest {
    private final List<String> lookedUp = new ArrayList<>();
    private final DiarienummerLinker linker = new DiarienummerLinker(dnr -> {
        lookedUp.add(dnr);
        return Map.of("KSN-2023-1", "/granskningar/ksn-2023-1/", "ÅÄÖ-2024-22", "/granskningar/åäö-2024-22/").get(dnr);
    });

    @Test
    void aKnownNumberBecomesALink() {
        assertEquals("<p>Se <a href=\"/granskningar/ksn-2023-1/\">KSN-2023-1</a> och XY-2023-9.</p>",
                linker.link("<p>Se KSN-2023-1 och XY-2023-9.</p>"));
    }

    @Test
    void numbersAmongEscapedCharactersAreFound() {
        assertEquals("<p>R&amp;D:<a href=\"/granskningar/ksn-2023-1/\">KSN-2023-1</a>&amp;"
                + "&nbsp;<a href=\"/granskningar/åäö-2024-22/\">ÅÄÖ-2024-22</a>&lt;</p>",
                linker.link("<p>R&amp;D:KSN-2023-1&amp;&nbsp;ÅÄÖ-2024-22&lt;</p>"));
    }

    @Test
    void aNumberAlreadyInALinkIsLeftAlone() {
        String html = "<p><a href=\"https://example.org/\">KSN-2023-1</a> <em>KSN-2023-1</em></p>";
        assertEquals("<p><a href=\"https://example.org/\">KSN-2023-1</a> <em><a href=\"/granskningar/ksn-2023-1/\">KSN-2023-1</a></em></p>",
                linker.link(html));
    }

    /** Most texts name no record of the site; they are not parsed at all. */
    @Test
    void htmlWithOnlyUnknownNumbersIsReturnedAsItIs() {
        String html = "<p>Ert dnr: XY-2023-9, <b>ZZ-2020-1</b>.</p>";
        assertSame(html, linker.link(html));
        assertEquals(List.of("XY-2023-9", "ZZ-2020-1"), lookedUp);
        String none = "<p>Inga nummer här - bara text.</p>";
        assertSame(none, linker.link(none));
        assertSame("", linker.link(""));
    }
}
