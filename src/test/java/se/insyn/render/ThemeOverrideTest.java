package se.insyn.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.insyn.build.Build;
import se.insyn.build.BuildOptions;

/** A user's theme overrides the default theme file by file: one template, some texts, a static file. */
class ThemeOverrideTest {
    @TempDir
    Path temp;

    @Test
    void aThemeReplacesOnlyWhatItHas() throws IOException {
        Path theme = temp.resolve("tema");
        Files.createDirectories(theme.resolve("templates"));
        Files.createDirectories(theme.resolve("static/css"));
        Files.writeString(theme.resolve("templates/404.ftlh"), """
                <#import "layout.ftlh" as l>
                <@l.layout>
                <h1>${page.title}</h1>
                <p class="egen">Kommunens egen sida för adresser som saknas.</p>
                </@l.layout>
                """);
        Files.writeString(theme.resolve("messages.properties"), "skipLink=Direkt till sidans innehåll\n");
        Files.writeString(theme.resolve("static/css/insyn.css"), "body { color: #000; }\n");
        Files.writeString(theme.resolve("static/logo.txt"), "Uppsala\n");
        Path site = temp.resolve("site");

        new Build().run(new BuildOptions(Path.of("content"), theme, site, temp.resolve("register.txt")));

        Document notFound = Jsoup.parse(site.resolve("404.html").toFile(), "UTF-8");
        assertEquals("Kommunens egen sida för adresser som saknas.", notFound.selectFirst("p.egen").text());
        Document audit = Jsoup.parse(site.resolve("granskningar/krn-2022-00009/index.html").toFile(), "UTF-8");
        assertTrue(audit.select("section.recommendation").size() == 6, "templates the theme lacks come from the default theme");
        assertEquals("Direkt till sidans innehåll", audit.selectFirst("a.skip-link").text(), "the theme's text replaces the default");
        assertEquals("Revisionsfrågor", audit.selectFirst("#h-questions").text(), "texts the theme lacks keep their default");
        assertEquals("body { color: #000; }\n", Files.readString(site.resolve("css/insyn.css")));
        assertEquals("Uppsala\n", Files.readString(site.resolve("logo.txt")));
    }
}
