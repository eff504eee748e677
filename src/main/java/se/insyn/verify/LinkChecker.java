package se.insyn.verify;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import se.insyn.address.Addresses;
import se.insyn.problem.Problems;
import se.insyn.render.RenderedPage;

/**
 * Checks that every internal {@code href} and {@code src} of the rendered site points at a page or
 * file the site has, and that every {@code #fragment} names an element on the target page.
 */
public final class LinkChecker {

    public void check(Collection<RenderedPage> pages, Collection<String> staticFiles, Addresses addresses, Problems problems) {
        Map<String, Document> documents = new HashMap<>();
        Map<String, Set<String>> idsByFile = new HashMap<>();
        for (RenderedPage page : pages) {
            Document document = Jsoup.parse(page.html());
            documents.put(page.file(), document);
            Set<String> ids = new HashSet<>();
            document.select("[id]").forEach(e -> ids.add(e.id()));
            idsByFile.put(page.file(), ids);
        }
        Set<String> files = new HashSet<>(idsByFile.keySet());
        files.addAll(staticFiles);
        for (RenderedPage page : pages) {
            for (Element element : documents.get(page.file()).select("[href], [src]")) {
                String link = element.hasAttr("href") ? element.attr("href") : element.attr("src");
                if (element.tagName().equals("link") && element.attr("rel").equals("canonical")) {
                    continue;
                }
                checkLink(page, link, files, idsByFile, addresses, problems);
            }
        }
    }

    private static void checkLink(RenderedPage page, String link, Set<String> files, Map<String, Set<String>> idsByFile,
                                  Addresses addresses, Problems problems) {
        URI uri;
        try {
            uri = new URI(page.address()).resolve(new URI(link));
        } catch (URISyntaxException | IllegalArgumentException e) {
            broken(page, link, "adressen är ogiltig", problems);
            return;
        }
        if (uri.getScheme() != null || uri.getHost() != null) {
            return;
        }
        String path = uri.getPath();
        if (path == null || !path.startsWith(addresses.basePath())) {
            broken(page, link, "länken leder utanför webbplatsen", problems);
            return;
        }
        String file = addresses.fileFor(path);
        if (!files.contains(file)) {
            broken(page, link, "sidan eller filen finns inte", problems);
            return;
        }
        String fragment = uri.getFragment();
        if (fragment != null && !fragment.isEmpty() && !idsByFile.getOrDefault(file, Set.of()).contains(fragment)) {
            broken(page, link, "ankaret #" + fragment + " finns inte på sidan", problems);
        }
    }

    private static void broken(RenderedPage page, String link, String why, Problems problems) {
        problems.error(Path.of(page.file()), 0, "trasig länk " + link + ": " + why,
                "rätta länken i innehållet eller i temats mall");
    }
}
