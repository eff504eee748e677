package se.insyn.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Plain texts skip the cleaner: for random texts made of Markdown's structure and prose, whatever
 * flexmark makes of a plain one is what the cleaner would have let through, and any text with a
 * character that could bring in HTML, a link or an attribute is cleaned.
 */
class MarkdownRendererProperties {
    private final MarkdownRenderer markdown = new MarkdownRenderer();

    /** Markdown's block and inline marks, prose, and the characters that make a text not plain. */
    private static final List<String> PIECES = List.of("# ", "## ", "###### ", "\n", "\n\n", "- ", "* ", "+ ", "1. ", "3) ",
            "> ", ">", "**", "*", "_", "__", "    ", "  \n", "\\\n", "\\", "---", "===", "***", "~~~", "~~~java\n", "```", "```js\n",
            "Gottsunda", "å", "Ö", "–", "\u00A0", "2023", ".", ",", ":", "(", ")", "\"", "'", "!", "?", "/", "=", "%", "@",
            "https://www.uppsala.se/", "www.uppsala.se", "a@b.se", "{", "}", "^", "<", "<br>", "<b>x</b>", "<https://x.se>",
            "[", "]", "[länk](javascript:alert(1))", "[a]: /x", "![bild](x.png)", "&", "&amp;", "&#60;", "|", "| a | b |\n|:--|--:|\n| 1 | 2 |\n",
            "<script>alert(1)</script>", " onclick=\"x\"", "KRN-2022-00009");

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of(PIECES).list().ofMaxSize(30).map(pieces -> String.join("", pieces));
    }

    @Property(tries = 4000)
    void aPlainTextIsPublishedAsTheCleanerWouldHaveLeftIt(@ForAll("texts") String text) {
        String html = markdown.toHtml(text);
        if (MarkdownRenderer.isPlain(text)) {
            assertEquals(reparsed(html), markdown.clean(html), "text: " + text);
        } else {
            assertEquals(html, markdown.clean(html), "a text that is not plain is cleaned: " + text);
        }
    }

    /** The same HTML as jsoup writes it, without cleaning: jsoup writes {@code <br>} where flexmark wrote {@code <br />}. */
    private static String reparsed(String html) {
        Document document = Jsoup.parseBodyFragment(html);
        document.outputSettings().prettyPrint(false);
        return document.body().html();
    }

    @Property(tries = 1000)
    void nothingThatRunsOrStylesSurvivesEitherWay(@ForAll("texts") String text) {
        Document page = Jsoup.parseBodyFragment(markdown.toHtml(text));
        for (Element element : page.body().getAllElements()) {
            assertFalse(List.of("script", "img", "iframe", "style").contains(element.tagName()), element + " from " + text);
            for (Attribute attribute : element.attributes()) {
                assertFalse(attribute.getKey().startsWith("on") || attribute.getKey().equals("style") || attribute.getKey().equals("class")
                        || RUNNING_SCHEMES.contains(scheme(attribute.getValue())), element + " from " + text);
            }
        }
        assertTrue(!MarkdownRenderer.isPlain(text) || page.select("a").isEmpty(), "a plain text has no link: " + text);
    }

    private static final List<String> RUNNING_SCHEMES = List.of("javascript", "vbscript", "data");

    /**
     * The scheme a browser takes from a URL: spaces and control characters before it stripped, tabs
     * and line breaks anywhere removed. Only a URL with such a scheme runs; {@code /x[länk](javascript:alert(1))}
     * (a reference link's destination) is a path on the site that only mentions the word.
     */
    static String scheme(String url) {
        String cleaned = url.replaceAll("[\\t\\n\\r]", "").replaceFirst("^[\\x00-\\x20]+", "").toLowerCase(Locale.ROOT);
        int colon = cleaned.indexOf(':');
        String scheme = colon < 0 ? "" : cleaned.substring(0, colon);
        return scheme.matches("[a-z][a-z0-9+.-]*") ? scheme : "";
    }

    @Example
    void aLinkToScriptLosesItsTargetWhereAPathThatMentionsScriptKeepsIt() {
        assertEquals("javascript", scheme(" \tJava\nScript:alert(1)"));
        assertEquals("", scheme("/x[länk](javascript:alert(1))#"));
        for (String text : List.of("[länk](javascript:alert(1))", "[a]\n\n[a]: javascript:alert(1)", "[a]\n\n[a]: JaVaScRiPt:alert(1)",
                "<a href=\"javascript:alert(1)\">a</a>", "[a](data:text/html,x)")) {
            for (Element link : Jsoup.parseBodyFragment(markdown.toHtml(text)).select("[href]")) {
                assertFalse(RUNNING_SCHEMES.contains(scheme(link.attr("href"))), link + " from " + text);
            }
        }
        Element path = Jsoup.parseBodyFragment(markdown.toHtml("[a]\n\n[a]: /x[länk](javascript:alert(1))#")).selectFirst("a");
        assertEquals("/x[länk](javascript:alert(1))#", path == null ? null : path.attr("href"), "a path on the site, kept as written");
    }
}
