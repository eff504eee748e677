package se.insyn.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.insyn.address.Addresses;
import se.insyn.problem.Problems;

/** The hand-written reading of tags and attributes, case by case; {@link LinkCheckerProperties} compares it at random. */
class LinkCheckerScanTest {
    private static void assertLinks(List<String> ids, List<String> targets, String html) {
        LinkChecker.Links links = LinkChecker.links(html.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(ids, links.ids(), "ids of " + html);
        assertEquals(targets, links.targets(), "targets of " + html);
    }

    @Test
    void singleAndDoubleQuotesAreRead() {
        assertLinks(List.of("x"), List.of("/a/"), "<a href='/a/' id=\"x\">a</a>");
        assertLinks(List.of("it's"), List.of("/\"b\"/"), "<a id=\"it's\" href='/\"b\"/'>b</a>");
    }

    @Test
    void namesAreReadInAnyCase() {
        assertLinks(List.of("x"), List.of("/a/"), "<A HREF=\"/a/\" ID=\"x\">a</A>");
        assertLinks(List.of(), List.of("/b.png"), "<IMG Src=\"/b.png\">");
        assertLinks(List.of(), List.of(), "<LINK REL=\"canonical\" HREF=\"/c/\">");
    }

    @Test
    void whitespaceMayStandAroundTheEqualsSign() {
        assertLinks(List.of("x"), List.of("/a/"), "<a href = \"/a/\" id\t=\n'x'>a</a>");
        // The whitespace of \s, vertical tab included; a no-break space is no whitespace.
        assertLinks(List.of(), List.of("/b/"), "<a\u000Bhref=\"/b/\">b</a>");
        assertLinks(List.of(), List.of(), "<a\u00A0href=\"/c/\">c</a><a href\u00A0=\"/d/\">d</a>");
    }

    @Test
    void aTagEndsAtItsFirstGreaterThanSignEvenInsideAQuotedValue() {
        // The renderer escapes > in values, so this only costs links in hand-written HTML; kept as the regular expression had it.
        assertLinks(List.of(), List.of(), "<a title=\"a>b\" href=\"/a/\">a</a>");
        assertLinks(List.of(), List.of("/b/"), "<a href=\"/b/\" title=\"a>b\">b</a>");
    }

    @Test
    void hrefInsideAnotherValueIsNoAttribute() {
        assertLinks(List.of(), List.of("/a/"), "<a title=\" href='/x/' id='y'\" href=\"/a/\">a</a>");
        assertLinks(List.of(), List.of(), "<a data-href=\"/x/\" xlink:href=\"/y/\" hreflang=\"sv\">a</a>");
        // An unclosed quote leaves the rest of the tag to be read as attributes, as the regular expression did.
        assertLinks(List.of(), List.of("/z/"), "<a title=\"x href='/z/'>a</a>");
    }

    @Test
    void unquotedAndEmptyAttributesArePassedOver() {
        assertLinks(List.of(), List.of(), "<a href=/a/>a</a>");
        assertLinks(List.of("x"), List.of("/b.png"), "<img alt=b src=/a.png id=\"x\" hidden src=\"/b.png\" data-x>");
        assertLinks(List.of(""), List.of(""), "<a id=\"\" href=''>tom</a>");
    }

    @Test
    void anAttributeMustFollowWhitespace() {
        assertLinks(List.of("x"), List.of(), "<a id=\"x\"href=\"/a/\">a</a>");
    }

    @Test
    void theLastOfTwoLinksInOneTagCounts() {
        assertLinks(List.of(), List.of("/b/"), "<a href=\"/a/\" src=\"/b/\">a</a>");
    }

    @Test
    void aTagWithoutAttributesHasNoLinks() {
        assertLinks(List.of(), List.of(), "<a>a</a><p>b</p><a >c</a><br/><h2>d</h2>");
        assertLinks(List.of(), List.of("/a/"), "<a><b><a href=\"/a/\">a</a></b></a>");
    }

    @Test
    void entitiesInValuesAreUnescaped() {
        assertLinks(List.of("a&b"), List.of("/a/?x=1&y=2"), "<h2 id=\"a&amp;b\">x</h2><a href=\"/a/?x=1&amp;y=2\">a</a>");
    }

    @Test
    void aLinkToAnIdWithAnEntityFindsIt() {
        LinkChecker checker = new LinkChecker(new Addresses("https://insyn.example.se/"), List.of("index.html"));
        Problems problems = new Problems();
        checker.check(LinkCheckerTest.page("/", "index.html", "<h2 id=\"a&amp;b\">x</h2><a href=\"#a&amp;b\">x</a>"
                + "<a href=\"/#a&amp;b\">x</a>"), problems);
        checker.checkAnchorsOnOtherPages(problems);
        assertEquals(List.of(), problems.errors());
    }

    @Test
    void aTagMaySpanLines() {
        assertLinks(List.of("x"), List.of("/a/"), "<a\n  href=\"/a/\"\r\n  id=\"x\"\n>a</a>");
        assertLinks(List.of(), List.of("/b\n/"), "<a href=\"/b\n/\">b</a>");
    }

    @Test
    void aLessThanSignThatOpensNoTagIsText() {
        assertLinks(List.of("y"), List.of("/b/"),
                "<p>1 < 2, a<b, <3 och <-- </p><!-- <x --> <a href=\"/b/\" id=\"y\">b</a> <");
        // Text that looks like the start of a tag runs to the next >, and what it spans is read as its attributes.
        assertLinks(List.of(), List.of("/a/"), "<p<a href=\"/a/\">a</a>");
        assertLinks(List.of(), List.of("/b/"), "a <b och <a href=\"/b/\">b</a>");
        assertLinks(List.of(), List.of(), "<");
        assertLinks(List.of(), List.of(), "text utan taggar");
        assertLinks(List.of(), List.of(), "<a href=\"/a/\"");
    }

    @Test
    void onlyALinkTagWithRelCanonicalIsSkipped() {
        assertLinks(List.of(), List.of("/b/", "/c/", "/d/"), "<link rel=\"canonical\" href=\"/a/\"><a rel=\"canonical\" href=\"/b/\">"
                + "<link rel=\"Canonical\" href=\"/c/\"><link rel=\"canonical\" rel=\"alternate\" href=\"/d/\">"
                + "<link href=\"/e/\" rel=\"canonical\"><link rel=\"&#99;anonical\" href=\"/f/\">");
    }
}
