package se.insyn.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.insyn.address.Addresses;
import se.insyn.problem.Problem;
import se.insyn.problem.Problems;
import se.insyn.render.RenderedPage;

class LinkCheckerTest {
    private final Addresses addresses = new Addresses("https://insyn.example.se/");

    /** A page as the renderer hands it on: its HTML as UTF-8. */
    static RenderedPage page(String address, String file, String html) {
        return new RenderedPage(address, file, html.getBytes(StandardCharsets.UTF_8));
    }

    private List<String> check(String html) {
        LinkChecker checker = new LinkChecker(addresses, List.of("index.html", "a/index.html", "css/insyn.css"));
        Problems problems = new Problems();
        checker.check(page("/", "index.html", html), problems);
        checker.check(page("/a/", "a/index.html", "<p id=\"svar-x\">svar</p>"), problems);
        checker.checkAnchorsOnOtherPages(problems);
        return problems.sorted().stream().map(Problem::toString).toList();
    }

    @Test
    void linksToPagesFilesAndAnchorsThatExistPass() {
        assertEquals(List.of(), check("<link rel=\"stylesheet\" href=\"/css/insyn.css\"><a href=\"/a/\">a</a>"
                + "<a href='/a/#svar-x'>svar</a><a href=\"a/#svar-x\">relativ</a><a href=\"#top\" id=\"top\">upp</a>"
                + "<a href=\"https://www.uppsala.se/\">extern</a><link rel=\"canonical\" href=\"https://insyn.example.se/saknas/\">"
                + "<a href=\"/a/?x=1&amp;y=2\">fråga</a>"));
    }

    @Test
    void aMissingPageOrAnchorIsReportedWithThePageAndTheLink() {
        assertEquals(List.of(
                "index.html: trasig länk /a/#saknas: ankaret #saknas finns inte på sidan – rätta länken i innehållet eller i temats mall",
                "index.html: trasig länk /b/: sidan eller filen finns inte – rätta länken i innehållet eller i temats mall"),
                check("<a href=\"/b/\">b</a> <a href=\"/a/#saknas\">a</a>"));
    }

    @Test
    void anAnchorOnTheSamePageIsCheckedAtOnceAndOneOnAPageRenderedLaterAtTheEnd() {
        LinkChecker checker = new LinkChecker(addresses, List.of("index.html", "b/index.html"));
        Problems problems = new Problems();
        checker.check(page("/", "index.html", "<a href=\"#saknas\">a</a><a href=\"/b/#senare\">b</a>"), problems);
        assertEquals(List.of("trasig länk #saknas: ankaret #saknas finns inte på sidan"),
                problems.sorted().stream().map(Problem::message).toList());
        checker.check(page("/b/", "b/index.html", "<h2 id=\"senare\">B</h2>"), problems);
        checker.checkAnchorsOnOtherPages(problems);
        assertEquals(1, problems.errors().size(), "the anchor on b, rendered after the link to it, exists");
    }

    @Test
    void aLinkClimbingAboveTheSiteIsReported() {
        Addresses below = new Addresses("https://example.se/insyn/");
        LinkChecker checker = new LinkChecker(below, List.of("index.html"));
        Problems problems = new Problems();
        checker.check(page("/insyn/", "index.html", "<a href=\"../annat/\">ut</a>"), problems);
        assertEquals(1, problems.errors().size());
        assertEquals("trasig länk ../annat/: länken leder utanför webbplatsen", problems.errors().get(0).message());
    }
}
