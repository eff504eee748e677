package se.insyn.a11y;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every generated page is valid HTML by the Nu Html Checker, and the test site has a page of every page type. */
class HtmlValidityTest {

    @Test
    void theTestSiteHasAPageOfEveryTemplate() throws IOException {
        Set<String> templates = new TreeSet<>();
        try (Stream<Path> files = Files.list(Path.of("themes/default/templates"))) {
            files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".ftlh")).forEach(templates::add);
        }
        templates.removeAll(Set.of("layout.ftlh", "items.ftlh"));
        assertEquals(templates, new TreeSet<>(BuiltSite.PAGE_TYPES.keySet()),
                "a new template needs a page in BuiltSite.PAGE_TYPES, so that it is validated and tested in the browser");
        for (String address : BuiltSite.PAGE_TYPES.values()) {
            assertTrue(Files.isRegularFile(BuiltSite.file(address)), "the test site has no page /" + address);
        }
    }

    /** The check must be able to fail: a page with typical template mistakes gets errors. */
    @Test
    void theCheckerReportsErrors(@TempDir Path temp) throws Exception {
        Path broken = Files.writeString(temp.resolve("broken.html"), """
                <!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"></head>
                <body><main id="x"><p id="x">Text</p><table><tr><td>1</td></tr><caption>Sen</caption></table></main></body></html>
                """);
        List<String> errors = new NuChecker().check(broken).errors();
        assertTrue(errors.size() >= 3, "missing title, duplicate id and a misplaced caption are errors: " + errors);
    }

    @Test
    void everyGeneratedPageIsValidHtml() throws Exception {
        NuChecker checker = new NuChecker();
        List<String> errors = new ArrayList<>();
        List<Path> pages = BuiltSite.htmlFiles();
        for (Path page : pages) {
            NuChecker.Report report = checker.check(page);
            String name = BuiltSite.root().relativize(page).toString();
            report.errors().forEach(e -> errors.add(name + ":" + e));
            // Warnings do not fail the build, but they are shown where people look for test output.
            report.warnings().forEach(w -> System.out.println("Nu warning: " + name + ":" + w));
        }
        assertTrue(pages.size() >= BuiltSite.PAGE_TYPES.size(), "only " + pages.size() + " pages were checked");
        assertEquals(List.of(), errors, "the Nu Html Checker found errors");
    }
}
