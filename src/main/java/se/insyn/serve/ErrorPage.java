package se.insyn.serve;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Entities;
import se.insyn.problem.Language;
import se.insyn.problem.Problem;
import se.insyn.problem.Text;

/** What the browser shows while the content has errors: every problem with file, line and what to do. */
final class ErrorPage {
    private ErrorPage() {
    }

    static byte[] html(List<Problem> problems, Language language) {
        Locale locale = language.locale();
        StringBuilder html = new StringBuilder("""
                <!DOCTYPE html>
                <html lang="%s"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s</title>
                <style>body{font-family:system-ui,sans-serif;margin:2rem;line-height:1.5}li{margin-bottom:.75rem}code{font-weight:700}</style>
                </head><body><main><h1>%s</h1>
                <p>%s</p><ol class="problems">
                """.formatted(language.code(), escaped(Text.of("serve.errorPage.title"), locale),
                escaped(Text.of("serve.errorPage.heading"), locale), escaped(Text.of("serve.errorPage.intro"), locale)));
        for (Problem problem : problems) {
            String where = problem.file() == null ? "" : problem.file().toString().replace('\\', '/') + (problem.line() > 0 ? ":" + problem.line() : "");
            html.append("<li><code>").append(Entities.escape(where)).append("</code> ")
                    .append(Entities.escape(problem.message(locale)));
            String fix = problem.fix(locale);
            if (fix != null && !fix.isEmpty()) {
                html.append("<br>").append(escaped(Text.of("serve.errorPage.fix", fix), locale));
            }
            html.append("</li>\n");
        }
        return html.append("</ol></main></body></html>\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String escaped(Text text, Locale locale) {
        return Entities.escape(text.in(locale));
    }
}
