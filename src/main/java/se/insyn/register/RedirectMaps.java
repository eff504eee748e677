package se.insyn.register;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.insyn.model.Moved;

/**
 * Server-side redirects for hosts that honour them (Netlify-style {@code _redirects}, Apache
 * {@code .htaccess}, an nginx include); the HTML redirect pages serve every other host.
 */
public final class RedirectMaps {
    private RedirectMaps() {
    }

    public static Map<String, byte[]> of(List<Moved> moved) {
        StringBuilder netlify = new StringBuilder("# Flyttade adresser (Netlify, Cloudflare Pages m.fl.)\n");
        StringBuilder apache = new StringBuilder("# Flyttade adresser (Apache)\n");
        StringBuilder nginx = new StringBuilder("# Flyttade adresser (nginx: include i server-blocket)\n");
        for (Moved move : moved) {
            netlify.append(move.from()).append(' ').append(move.to()).append(" 301\n");
            apache.append("Redirect 301 ").append(move.from()).append(' ').append(move.to()).append('\n');
            nginx.append("location = ").append(move.from()).append(" { return 301 ").append(move.to()).append("; }\n");
        }
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("_redirects", netlify.toString().getBytes(StandardCharsets.UTF_8));
        files.put(".htaccess", apache.toString().getBytes(StandardCharsets.UTF_8));
        files.put("nginx-redirects.conf", nginx.toString().getBytes(StandardCharsets.UTF_8));
        return files;
    }
}
