package se.insyn.hostile;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.insyn.hostile.Vectors.squash;
import static se.insyn.hostile.Vectors.yaml;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.insyn.TestSites;
import se.insyn.TestSites.Run;

/**
 * Template syntax written in content ({@code ${…}}, {@code <#assign>}, {@code #{…}}, {@code [=…]},
 * {@code <@…/>}, {@code ?new}, and other engines' syntax) is text: it stands on the page exactly as
 * written, in a title and in a Markdown body, and is never evaluated. A theme template that reaches
 * for Java classes ({@code ?new}, {@code ?api}) is refused with its file and line.
 */
class TemplateInjectionTest {
    /** What the strings of template-syntax.txt evaluate to; none of it may appear on their pages. */
    private static final List<String> EVALUATED = List.of("4444", "2222", "3333", "1337", "6666", "5555", "7777", "8888",
            "uid=", "gid=", "java.lang.", "freemarker.", "root:x:0:0");

    @TempDir
    static Path temp;

    private static List<String> syntax;
    private static Path site;
    private static Run run;

    @BeforeAll
    static void buildContentFullOfTemplateSyntax() throws IOException {
        syntax = Vectors.templateSyntax();
        Path content = TestSites.copyContent(temp);
        for (int i = 0; i < syntax.size(); i++) {
            String s = syntax.get(i);
            TestSites.write(content.resolve("stadsdelar/mall-" + i + ".md"), "---\ntype: district\nid: mall-" + i + "\nname: "
                    + yaml(s) + "\ndescription: " + yaml("Beskrivning " + s) + "\n---\nFöre " + s + " efter.\n\n" + s + "\n");
        }
        String all = String.join(" ", syntax);
        Path audit = content.resolve("granskningar/krn-2022-00009.md");
        Files.writeString(audit, Files.readString(audit).replaceFirst("(?m)^title: .*$", Matcher.quoteReplacement("title: " + yaml(all))));
        Path statement = content.resolve("arenden/ksn-2023-00442/bilaga-1-yttrande.md");
        TestSites.replace(statement, "## Rekommendation 1\n", "## Rekommendation 1\n\n" + String.join("\n\n", syntax) + "\n");
        site = temp.resolve("site");
        run = TestSites.build(content, site);
    }

    @Test
    void contentWithTemplateSyntaxBuilds() {
        assertEquals(0, run.exitCode(), run::describe);
    }

    @Test
    void templateSyntaxInATitleAndABodyIsShownLiterally() throws IOException {
        assertEquals(0, run.exitCode(), run::describe);
        List<Executable> checks = new ArrayList<>();
        for (int i = 0; i < syntax.size(); i++) {
            String s = syntax.get(i);
            String file = "stadsdelar/mall-" + i + "/index.html";
            Document page = Jsoup.parse(Files.readString(site.resolve(file)));
            String main = squash(page.selectFirst("main").text());
            checks.add(() -> assertEquals(squash(s), squash(page.selectFirst("h1").text()), file + ": the name as the heading"));
            checks.add(() -> assertTrue(page.title().startsWith(s.strip()), file + ": the name in <title>: " + page.title()));
            checks.add(() -> assertTrue(main.contains(squash("Beskrivning " + s)), file + ": the description\n" + main));
            checks.add(() -> assertTrue(main.contains(squash("Före " + s + " efter.")), file + ": the body's sentence\n" + main));
            String jsonName = new ObjectMapper().readTree(site.resolve("stadsdelar/mall-" + i + "/index.json").toFile()).path("name").asText();
            checks.add(() -> assertEquals(s.strip(), jsonName, file + ": the name in the JSON"));
            checks.add(() -> assertNothingEvaluated(file, page.text()));
        }
        String all = squash(String.join(" ", syntax));
        Document audit = Jsoup.parse(Files.readString(site.resolve("granskningar/krn-2022-00009/index.html")));
        checks.add(() -> assertEquals(all, squash(audit.selectFirst("h1").text()), "the audit's title"));
        Document statement = Jsoup.parse(Files.readString(site.resolve("granskningar/krn-2022-00009/yttranden/kommunstyrelsen/index.html")));
        checks.add(() -> assertTrue(squash(statement.selectFirst("#rekommendation-1").text()).contains(squash(syntax.get(0))),
                "the answer's body keeps ${site.title}"));
        String feed = Files.readString(site.resolve("flode.atom"));
        checks.add(() -> assertTrue(feed.contains("${site.title} &lt;#assign x=4444&gt;${x}"), "the feed has the title as text"));
        assertAll(checks);
    }

    @Test
    void nothingIsEvaluatedAnywhereInTheSite() throws IOException {
        assertEquals(0, run.exitCode(), run::describe);
        List<String> found = new ArrayList<>();
        try (var walk = Files.walk(site)) {
            for (Path file : walk.filter(Files::isRegularFile).filter(f -> !f.toString().endsWith(".css")).toList()) {
                String text = Files.readString(file);
                for (String evaluated : List.of("uid=", "gid=", "root:x:0:0", "freemarker.template.utility.Execute@",
                        "java.lang.ProcessBuilder@", "class freemarker", "class java")) {
                    if (text.contains(evaluated)) {
                        found.add(site.relativize(file) + ": " + evaluated);
                    }
                }
            }
        }
        assertTrue(found.isEmpty(), () -> "evaluated template syntax: " + found);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"<p>${\"freemarker.template.utility.Execute\"?new()(\"id\")}</p>",
        "<p>${site?api.getClass().getName()}</p>",
        "<p>${\"freemarker.template.utility.ObjectConstructor\"?new()(\"java.io.File\", \"/etc/passwd\")}</p>",
        "<#assign e=\"freemarker.template.utility.JythonRuntime\"?new()><@e>print 1</@e>"})
    void themeTemplateCannotReachJava(String line) throws IOException {
        Path folder = temp.resolve("theme-" + Integer.toHexString(line.hashCode()));
        Path content = TestSites.copyContent(folder);
        Path theme = folder.resolve("tema");
        Path template = TestSites.write(theme.resolve("templates/404.ftlh"), "<#-- rad 1 -->\n<#-- rad 2 -->\n" + line + "\n");
        Path out = folder.resolve("site");
        Run refused = TestSites.build(content, out, theme);
        assertEquals(1, refused.exitCode(), refused::describe);
        String where = template.toString().replace('\\', '/') + ":3";
        assertTrue(refused.err().lines().anyMatch(l -> l.startsWith(where + ":")), () -> "names " + where + "\n" + refused.describe());
        assertFalse(refused.err().contains("uid="), refused::describe);
        assertFalse(Files.exists(out), "nothing was written");
    }

    private static void assertNothingEvaluated(String file, String text) {
        for (String evaluated : EVALUATED) {
            boolean inSource = syntax.stream().anyMatch(s -> s.contains(evaluated));
            if (!inSource) {
                assertFalse(text.contains(evaluated), file + " contains '" + evaluated + "': the syntax was evaluated");
            }
        }
    }
}
