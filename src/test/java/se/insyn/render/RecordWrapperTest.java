package se.insyn.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Templates read records by their components, as they did through Freemarker's bean models. */
class RecordWrapperTest {
    @TempDir
    Path theme;

    public record Link(String href, String text) {
    }

    public record View(String title, Link link, String missing, List<Link> links, int count, boolean draft) {
    }

    /** Not public: left to Freemarker's own bean model, which shows templates nothing of it, as before. */
    record Hidden(String secret) {
    }

    public record Failing(String value) {
        @Override
        public String value() {
            throw new IllegalStateException("trasig");
        }
    }

    private String render(String template, Map<String, Object> model) throws Exception {
        Files.createDirectories(theme.resolve("templates"));
        Files.writeString(theme.resolve("templates/t.ftlh"), template);
        return new String(new Templates(new Theme(theme)).render("t.ftlh", model), StandardCharsets.UTF_8);
    }

    @Test
    void componentsNestedRecordsListsAndMissingValuesReadAsBefore() throws Exception {
        View view = new View("Granskning <1>", new Link("/a/", "A"), null, List.of(new Link("/b/", "B"), new Link("/c/", "C")), 2, true);
        String html = render("${v.title}|<a href=\"${v.link.href}\">${v.link.text}</a>|${v.missing!\"–\"}|${(v.missing??)?c}"
                + "|<#list v.links as l>${l.text}<#sep>,</#list>|${v.links?size}|${v.count + 1}|${v.draft?c}|${v?has_content?c}"
                + "|${v.nothing!\"ingen\"}|<#list v?keys as k>${k}<#sep> </#list>|${h.secret!\"saknas\"}",
                Map.of("v", view, "h", new Hidden("dold")));
        assertEquals("Granskning &lt;1&gt;|<a href=\"/a/\">A</a>|–|false|B,C|2|3|true|true|ingen|title link missing links count draft|saknas", html);
    }

    @Test
    void aComponentThatFailsFailsTheTemplate() {
        Exception error = org.junit.jupiter.api.Assertions.assertThrows(Exception.class,
                () -> render("${f.value}", Map.of("f", new Failing("x"))));
        org.junit.jupiter.api.Assertions.assertTrue(causeChainMentions(error, "trasig"), error.toString());
    }

    private static boolean causeChainMentions(Throwable error, String text) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (String.valueOf(t.getMessage()).contains(text)) {
                return true;
            }
        }
        return false;
    }
}
