package se.insyn.render;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplatesTest {
    @TempDir
    Path theme;

    /** A district of a large site lists over a thousand audits, each with an id made from its place in the list. */
    @Test
    void numbersAreWrittenWithoutGroupingSoThatIdsMadeOfThemStayWhole() throws Exception {
        Files.createDirectories(theme.resolve("templates"));
        Files.writeString(theme.resolve("templates/ids.ftlh"), "<#list items as a><h3 id=\"h-audit-${a?index}\">${a}</h3></#list>");
        java.util.List<Integer> items = java.util.stream.IntStream.rangeClosed(0, 1000).boxed().toList();

        String html = new String(new Templates(new Theme(theme)).render("ids.ftlh", Map.of("items", items)), java.nio.charset.StandardCharsets.UTF_8);

        assertTrue(html.endsWith("<h3 id=\"h-audit-1000\">1000</h3>"), html.substring(html.length() - 60));
    }
}
