package se.insyn.verify;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;
import se.insyn.address.Addresses;
import se.insyn.problem.Problems;
import se.insyn.render.RenderedPage;

/**
 * Checks that every internal {@code href} and {@code src} of the rendered site points at a page or
 * file the site has, and that every {@code #fragment} names an element on the target page. Pages are
 * added one at a time as they are rendered (from any thread); only their links and ids are kept, so
 * the check costs little memory however large the site.
 */
public final class LinkChecker {
    private static final Pattern TAG = Pattern.compile("<([a-zA-Z][a-zA-Z0-9]*)(\\s[^>]*)>");
    private static final Pattern ATTRIBUTE = Pattern.compile("\\s([a-zA-Z:-]+)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')");

    private final Addresses addresses;
    private final Map<String, Set<String>> idsByFile = new ConcurrentHashMap<>();
    private final Map<String, List<Link>> linksByPage = new ConcurrentHashMap<>();

    private record Link(String pageAddress, String target) {
    }

    public LinkChecker(Addresses addresses) {
        this.addresses = addresses;
    }

    /** Records a rendered page's anchors and links. */
    public void add(RenderedPage page) {
        Set<String> ids = new HashSet<>();
        List<Link> links = new ArrayList<>();
        Matcher tag = TAG.matcher(page.html());
        while (tag.find()) {
            String name = tag.group(1).toLowerCase();
            Matcher attribute = ATTRIBUTE.matcher(tag.group(2));
            String rel = null;
            String target = null;
            while (attribute.find()) {
                String key = attribute.group(1).toLowerCase();
                String raw = attribute.group(2) != null ? attribute.group(2) : attribute.group(3);
                String value = raw.indexOf('&') < 0 ? raw : Parser.unescapeEntities(raw, true);
                switch (key) {
                    case "id" -> ids.add(value);
                    case "rel" -> rel = value;
                    case "href", "src" -> target = value;
                    default -> { }
                }
            }
            boolean canonical = name.equals("link") && "canonical".equals(rel);
            if (target != null && !canonical) {
                links.add(new Link(page.address(), target));
            }
        }
        idsByFile.put(page.file(), ids);
        linksByPage.put(page.file(), links);
    }

    /** Checks every link recorded; {@code otherFiles} are the site's files that are not pages (CSS, feeds, data). */
    public void check(Collection<String> otherFiles, Problems problems) {
        Set<String> files = new HashSet<>(idsByFile.keySet());
        files.addAll(otherFiles);
        linksByPage.forEach((page, links) -> links.forEach(link -> check(page, link, files, problems)));
    }

    private void check(String pageFile, Link link, Set<String> files, Problems problems) {
        URI uri;
        try {
            uri = new URI(link.pageAddress()).resolve(new URI(link.target()));
        } catch (URISyntaxException | IllegalArgumentException e) {
            broken(pageFile, link.target(), "adressen är ogiltig", problems);
            return;
        }
        if (uri.getScheme() != null || uri.getHost() != null) {
            return;
        }
        String path = uri.getPath();
        if (path == null || !path.startsWith(addresses.basePath())) {
            broken(pageFile, link.target(), "länken leder utanför webbplatsen", problems);
            return;
        }
        String file = addresses.fileFor(path);
        if (!files.contains(file)) {
            broken(pageFile, link.target(), "sidan eller filen finns inte", problems);
            return;
        }
        String fragment = uri.getFragment();
        if (fragment != null && !fragment.isEmpty() && !idsByFile.getOrDefault(file, Set.of()).contains(fragment)) {
            broken(pageFile, link.target(), "ankaret #" + fragment + " finns inte på sidan", problems);
        }
    }

    private static void broken(String pageFile, String link, String why, Problems problems) {
        problems.error(Path.of(pageFile), 0, "trasig länk " + link + ": " + why, "rätta länken i innehållet eller i temats mall");
    }
}
