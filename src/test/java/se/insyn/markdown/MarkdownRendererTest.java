package se.insyn.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MarkdownRendererTest {
    private final MarkdownRenderer markdown = new MarkdownRenderer();

    @Test
    void rendersTheStructureRecordsNeed() {
        String html = markdown.toHtml("## Ärendet\n\nText med **fetstil**.\n\n| A | B |\n|---|---|\n| 1 | 2 |\n\n- en\n- två\n");
        assertTrue(html.contains("<h2>Ärendet</h2>"), html);
        assertTrue(html.contains("<strong>fetstil</strong>"), html);
        assertTrue(html.contains("<table>") && html.contains("<th>A</th>"), html);
        assertTrue(html.contains("<li>två</li>"), html);
    }

    @Test
    void rawHtmlPastedIntoABodyIsSanitised() {
        String html = markdown.toHtml("Hej <script>alert(1)</script><img src=x onerror=alert(2)>"
                + "<a href=\"javascript:alert(3)\">länk</a><iframe src=\"https://evil\"></iframe>"
                + "<p style=\"color:red\" onclick=\"alert(4)\">stil</p><form><input></form>");
        for (String forbidden : new String[] {"<script", "alert", "onerror", "javascript:", "<iframe", "style=", "onclick", "<form", "<input", "<img"}) {
            assertFalse(html.contains(forbidden), forbidden + " survived: " + html);
        }
        assertTrue(html.contains("länk") && html.contains("stil"), "the text itself is kept: " + html);
    }

    @Test
    void ordinaryLinksAndLanguageMarksSurvive() {
        String html = markdown.toHtml("[Uppsala](https://www.uppsala.se/) och <span lang=\"en\">Business Improvement District</span>");
        assertTrue(html.contains("<a href=\"https://www.uppsala.se/\">Uppsala</a>"), html);
        assertTrue(html.contains("lang=\"en\""), html);
    }

    @Test
    void linksWithinTheSiteAreKept() {
        String html = markdown.toHtml("Se [granskningen](/granskningar/krn-2022-00009/) och [svaret](#svar-kommunstyrelsen).");
        assertTrue(html.contains("href=\"/granskningar/krn-2022-00009/\""), html);
        assertTrue(html.contains("href=\"#svar-kommunstyrelsen\""), html);
        assertFalse(html.contains("insyn.invalid"), html);
    }

    @Test
    void blankTextIsEmpty() {
        assertEquals("", markdown.toHtml(null));
        assertEquals("", markdown.toHtml("  \n"));
    }
}
