package se.insyn.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.insyn.address.Addresses;
import se.insyn.problem.Problem;
import se.insyn.problem.Problems;
import se.insyn.render.RenderedPage;

/** A page kept from the previous site brings its ids and its links to other pages' anchors into the check. */
class KeptPageLinksTest {
    private final Addresses addresses = new Addresses("https://insyn.example.se/");

    private LinkChecker checker() {
        return new LinkChecker(addresses, List.of("a/index.html", "b/index.html"));
    }

    @Test
    void aKeptPagesLinkToAnAnchorThatIsGoneIsReported() {
        LinkChecker links = checker();
        links.keptPage("a/index.html", new String[] {"main"}, List.of(new LinkChecker.AnchorLink("a/index.html", "/b/#h-svar", "b/index.html", "h-svar")));
        Problems problems = new Problems();
        links.check(new RenderedPage("/b/", "b/index.html", "<main id=\"main\"><h2 id=\"h-annat\">Annat</h2></main>".getBytes(StandardCharsets.UTF_8)),
                problems);
        links.checkAnchorsOnOtherPages(problems);

        List<Problem> errors = problems.sorted();
        assertEquals(1, errors.size(), errors::toString);
        assertEquals(java.nio.file.Path.of("a/index.html"), errors.get(0).file(), "the kept page, where the link stands");
        assertTrue(errors.get(0).toString().contains("h-svar"), errors::toString);
    }

    @Test
    void aKeptPagesIdsAnswerOtherPagesLinks() {
        LinkChecker links = checker();
        links.keptPage("b/index.html", new String[] {"h-svar", "main"}, List.of());
        Problems problems = new Problems();
        links.check(new RenderedPage("/a/", "a/index.html", "<main id=\"main\"><a href=\"/b/#h-svar\">svar</a></main>".getBytes(StandardCharsets.UTF_8)),
                problems);
        links.checkAnchorsOnOtherPages(problems);

        assertTrue(problems.sorted().isEmpty(), () -> problems.sorted().toString());
        assertEquals(List.of("h-svar", "main"), List.of(links.idsOf("b/index.html")));
        assertEquals(1, links.anchorLinksByPage().get("a/index.html").size());
    }
}
