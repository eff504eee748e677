package se.insyn.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jsoup.parser.Parser;

/**
 * The link check reads tags by hand, and reads them exactly as the regular expressions it used
 * before did: for random snippets of HTML, well-formed or not, both find the same ids and targets.
 */
class LinkCheckerProperties {
    private static final Pattern TAG = Pattern.compile("<([a-zA-Z][a-zA-Z0-9]*)(\\s[^>]*)>");
    private static final Pattern ATTRIBUTE = Pattern.compile("\\s([a-zA-Z:-]+)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')");

    /** The pieces tags, attributes and the text between them are made of, and what they may get wrong. */
    private static final List<String> PIECES = List.of("<", ">", "</", "<!--", "-->", "/>", " ", "  ", "\n", "\t", "\r",
            "\u000B", "\u00A0", "=", "\"", "'", "a", "A", "link", "LINK", "Link", "p", "h2", "br", "href", "HREF", "hRef",
            "src", "SRC", "id", "ID", "Id", "rel", "REL", "canonical", "Canonical", "data-href", "xlink:href", "hreflang",
            "x", "1", "/a/", "#x", "/b/#y", "&amp;", "&", "&#99;", "&lt;", ":", "-", "é", "–");

    @Property(tries = 3000)
    void aSoupOfPiecesIsReadAsTheRegularExpressionsReadIt(@ForAll("soup") String html) {
        assertEquals(oracle(html), LinkChecker.links(html.getBytes(java.nio.charset.StandardCharsets.UTF_8)), html);
    }

    @Property(tries = 3000)
    void tagsWithAttributesAreReadAsTheRegularExpressionsReadThem(@ForAll("tags") String html) {
        assertEquals(oracle(html), LinkChecker.links(html.getBytes(java.nio.charset.StandardCharsets.UTF_8)), html);
    }

    @Property(tries = 2000)
    void wellFormedTagsAreReadAsTheRegularExpressionsReadThem(@ForAll("wellFormed") String html) {
        assertEquals(oracle(html), LinkChecker.links(html.getBytes(java.nio.charset.StandardCharsets.UTF_8)), html);
    }

    @Provide
    Arbitrary<String> soup() {
        return Arbitraries.of(PIECES).list().ofMaxSize(40).map(pieces -> String.join("", pieces));
    }

    @Provide
    Arbitrary<String> tags() {
        Arbitrary<String> space = Arbitraries.of("", " ", " ", "  ", "\n", "\t", "\r\n", "\u000B", "\u00A0");
        Arbitrary<String> text = Arbitraries.of(PIECES).list().ofMaxSize(4).map(pieces -> String.join("", pieces));
        Arbitrary<String> name = Arbitraries.of("id", "ID", "href", "HREF", "Href", "src", "Src", "rel", "REL", "class",
                "data-href", "xlink:href", "hreflang", "i-d", "");
        Arbitrary<String> value = Combinators.combine(Arbitraries.of("\"", "\"", "'", ""),
                Arbitraries.oneOf(text, Arbitraries.of("canonical", "/a/", "#x", "a&amp;b", "")), Arbitraries.of("\"", "\"", "'", ""))
                .as((open, inside, close) -> open + inside + close);
        Arbitrary<String> attribute = Combinators.combine(space, name, space, Arbitraries.of("=", "=", "", "=="), space, value)
                .as((before, key, afterKey, equals, afterEquals, quoted) -> before + key + afterKey + equals + afterEquals + quoted);
        Arbitrary<String> element = Combinators.combine(Arbitraries.of("a", "A", "link", "LINK", "img", "h2", "p", ""),
                attribute.list().ofMaxSize(4), space, Arbitraries.of(">", ">", "/>", ""), text)
                .as((tag, attributes, last, end, after) -> "<" + tag + String.join("", attributes) + last + end + after);
        return element.list().ofMaxSize(6).map(elements -> String.join("", elements));
    }

    /** Tags as the templates write them, with the few names and values that matter, so that they meet often. */
    @Provide
    Arbitrary<String> wellFormed() {
        Arbitrary<String> attribute = Combinators.combine(Arbitraries.of("id", "href", "src", "rel", "REL", "class"),
                Arbitraries.of("canonical", "/a/", "#x", "a&amp;b", "")).as((key, value) -> " " + key + "=\"" + value + "\"");
        Arbitrary<String> element = Combinators.combine(Arbitraries.of("a", "link", "LINK", "h2"), attribute.list().ofMaxSize(3))
                .as((tag, attributes) -> "<" + tag + String.join("", attributes) + ">x");
        return element.list().ofMaxSize(5).map(elements -> String.join("", elements));
    }

    /**
     * The reading the link check had before, as it was, but for one thing: names are lower-cased
     * in the root locale, since in a Turkish one {@code ID} became {@code ıd} and was no id.
     */
    private static LinkChecker.Links oracle(String html) {
        List<String> ids = new ArrayList<>();
        List<String> targets = new ArrayList<>();
        Matcher tag = TAG.matcher(html);
        for (int at = html.indexOf('<'); at >= 0; at = html.indexOf('<', at + 1)) {
            tag.region(at, html.length());
            if (!tag.lookingAt()) {
                continue;
            }
            String name = tag.group(1).toLowerCase(Locale.ROOT);
            Matcher attribute = ATTRIBUTE.matcher(html).region(tag.start(2), tag.end(2));
            String rel = null;
            String target = null;
            while (attribute.find()) {
                String key = attribute.group(1).toLowerCase(Locale.ROOT);
                String raw = attribute.group(2) != null ? attribute.group(2) : attribute.group(3);
                String value = raw.indexOf('&') < 0 ? raw : Parser.unescapeEntities(raw, true);
                switch (key) {
                    case "id" -> ids.add(value);
                    case "rel" -> rel = value;
                    case "href", "src" -> target = value;
                    default -> { }
                }
            }
            boolean canonical = name.equals("link") && "canonical".equals(rel);
            if (target != null && !canonical) {
                targets.add(target);
            }
            at = tag.end() - 1;
        }
        return new LinkChecker.Links(ids, targets);
    }
}
