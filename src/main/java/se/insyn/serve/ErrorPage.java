package se.insyn.serve;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.nodes.Entities;
import se.insyn.problem.Problem;

/** What the browser shows while the content has errors: every problem with file, line and what to do. */
final class ErrorPage {
    private ErrorPage() {
    }

    static byte[] html(List<Problem> problems) {
        StringBuilder html = new StringBuilder("""
                <!DOCTYPE html>
                <html lang="sv"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <title>Innehållet har fel – Insyn förhandsvisning</title>
                <style>body{font-family:system-ui,sans-serif;margin:2rem;line-height:1.5}li{margin-bottom:.75rem}code{font-weight:700}</style>
                </head><body><main><h1>Innehållet har fel</h1>
                <p>Webbplatsen byggs om så fort felen är rättade; sidan laddas då om av sig själv.</p><ol class="problems">
                """);
        for (Problem problem : problems) {
            String where = problem.file() == null ? "" : problem.file().toString().replace('\\', '/') + (problem.line() > 0 ? ":" + problem.line() : "");
            html.append("<li><code>").append(Entities.escape(where)).append("</code> ")
                    .append(Entities.escape(problem.message()));
            if (problem.fix() != null && !problem.fix().isEmpty()) {
                html.append("<br>Gör så här: ").append(Entities.escape(problem.fix()));
            }
            html.append("</li>\n");
        }
        return html.append("</ol></main></body></html>\n").toString().getBytes(StandardCharsets.UTF_8);
    }
}
