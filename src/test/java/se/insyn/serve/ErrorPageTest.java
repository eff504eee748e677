package se.insyn.serve;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import se.insyn.problem.Language;
import se.insyn.problem.Problem;
import se.insyn.problem.Text;

/** The preview's page of errors speaks the language of the command line, and says so in its lang attribute. */
class ErrorPageTest {
    private static final List<Problem> PROBLEMS = List.of(Problem.error(Path.of("granskningar/x.md"), 4,
            Text.of("read.unknownField", "auditors"), Text.of("problem.didYouMean", "audited")));

    @Test
    void inEnglish() {
        Document page = page(Language.ENGLISH);
        assertAll(
                () -> assertEquals("en", page.selectFirst("html").attr("lang")),
                () -> assertEquals("The content has errors – Insyn preview", page.title()),
                () -> assertEquals("The content has errors", page.selectFirst("h1").text()),
                () -> assertEquals("granskningar/x.md:4 unknown field 'auditors' What to do: did you mean 'audited'?",
                        page.selectFirst("li").text()));
    }

    @Test
    void inSwedish() {
        Document page = page(Language.SWEDISH);
        assertAll(
                () -> assertEquals("sv", page.selectFirst("html").attr("lang")),
                () -> assertEquals("Innehållet har fel – Insyn förhandsvisning", page.title()),
                () -> assertEquals("granskningar/x.md:4 okänt fält 'auditors' Gör så här: menade du 'audited'?",
                        page.selectFirst("li").text()));
    }

    private static Document page(Language language) {
        return Jsoup.parse(new String(ErrorPage.html(PROBLEMS, language), StandardCharsets.UTF_8));
    }
}
