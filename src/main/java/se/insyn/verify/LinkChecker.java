package se.insyn.verify;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;
import se.insyn.address.Addresses;
import se.insyn.problem.Problems;
import se.insyn.problem.Text;
import se.insyn.render.RenderedPage;

/**
 * Checks that every internal {@code href} and {@code src} of the rendered site points at a page or
 * file the site has, and that every {@code #fragment} names an element on the target page. The
 * site's files are known before its pages are rendered, so each page is checked as soon as it is
 * rendered (from any thread) and then forgotten: only its ids are kept, for the links from other
 * pages to its anchors, which are checked at the end.
 */
public final class LinkChecker {
    private static final Pattern TAG = Pattern.compile("<([a-zA-Z][a-zA-Z0-9]*)(\\s[^>]*)>");
    private static final Pattern ATTRIBUTE = Pattern.compile("\\s([a-zA-Z:-]+)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')");
    private static final String[] NO_IDS = new String[0];

    private final Addresses addresses;
    private final Set<String> files;
    /** Each page's ids, sorted: a compact form, since a large site has hundreds of thousands of pages. */
    private final Map<String, String[]> idsByFile = new ConcurrentHashMap<>();
    private final Queue<AnchorLink> anchorsOnOtherPages = new ConcurrentLinkedQueue<>();

    /** A link from one page to an anchor on another: its target page may not have been rendered yet. */
    private record AnchorLink(String pageFile, String target, String targetFile, String fragment) {
    }

    /** @param files every file the site will have: its pages and every other file (CSS, feeds, data) */
    public LinkChecker(Addresses addresses, Collection<String> files) {
        this.addresses = addresses;
        this.files = new HashSet<>(files);
    }

    /** Checks a rendered page's links and remembers its ids. */
    public void check(RenderedPage page, Problems problems) {
        List<String> ids = new ArrayList<>();
        List<String> targets = new ArrayList<>();
        String html = page.html();
        Matcher tag = TAG.matcher(html);
        // The regular expression is tried only where a tag starts: searching with it is several times slower.
        for (int at = html.indexOf('<'); at >= 0; at = html.indexOf('<', at + 1)) {
            tag.region(at, html.length());
            if (!tag.lookingAt()) {
                continue;
            }
            String name = tag.group(1).toLowerCase();
            Matcher attribute = ATTRIBUTE.matcher(html).region(tag.start(2), tag.end(2));
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
                targets.add(target);
            }
            at = tag.end() - 1;
        }
        String[] sorted = ids.isEmpty() ? NO_IDS : ids.stream().distinct().sorted().toArray(String[]::new);
        idsByFile.put(page.file(), sorted);
        for (String target : targets) {
            check(page, target, sorted, problems);
        }
    }

    private void check(RenderedPage page, String target, String[] ownIds, Problems problems) {
        String path;
        String fragment;
        if (isPlainPath(target)) {
            int hash = target.indexOf('#');
            path = hash < 0 ? target : target.substring(0, hash);
            fragment = hash < 0 ? null : target.substring(hash + 1);
        } else {
            URI uri;
            try {
                uri = new URI(page.address()).resolve(new URI(target));
            } catch (URISyntaxException | IllegalArgumentException e) {
                broken(page.file(), target, Text.of("verify.brokenLink.invalid"), problems);
                return;
            }
            if (uri.getScheme() != null || uri.getHost() != null) {
                return;
            }
            path = uri.getPath();
            fragment = uri.getFragment();
        }
        if (path == null || !path.startsWith(addresses.basePath())) {
            broken(page.file(), target, Text.of("verify.brokenLink.outside"), problems);
            return;
        }
        String file = addresses.fileFor(path);
        if (!files.contains(file)) {
            broken(page.file(), target, Text.of("verify.brokenLink.missing"), problems);
            return;
        }
        if (fragment == null || fragment.isEmpty()) {
            return;
        }
        if (file.equals(page.file())) {
            if (Arrays.binarySearch(ownIds, fragment) < 0) {
                missingAnchor(page.file(), target, fragment, problems);
            }
        } else {
            anchorsOnOtherPages.add(new AnchorLink(page.file(), target, file, fragment));
        }
    }

    /**
     * Most links are paths from the site's root that need no resolving, which the page's many links
     * would otherwise each pay for: no scheme, no dots, no escapes, no query.
     */
    private static boolean isPlainPath(String target) {
        if (!target.startsWith("/") || target.startsWith("//")) {
            return false;
        }
        for (int i = 0; i < target.length(); i++) {
            char c = target.charAt(i);
            if (c == '%' || c == '?' || c == '\\' || c == ' ' || c > 0x7e || c < 0x20 || c == '.' && target.charAt(i - 1) == '/'
                    || c == '#' && target.indexOf('#', i + 1) >= 0) {
                return false;
            }
        }
        return true;
    }

    /** Checks the links to anchors on other pages, once every page has been checked. */
    public void checkAnchorsOnOtherPages(Problems problems) {
        for (AnchorLink link : anchorsOnOtherPages) {
            if (Arrays.binarySearch(idsByFile.getOrDefault(link.targetFile(), NO_IDS), link.fragment()) < 0) {
                missingAnchor(link.pageFile(), link.target(), link.fragment(), problems);
            }
        }
    }

    private static void missingAnchor(String pageFile, String target, String fragment, Problems problems) {
        broken(pageFile, target, Text.of("verify.brokenLink.anchor", fragment), problems);
    }

    private static void broken(String pageFile, String link, Text why, Problems problems) {
        problems.error(Path.of(pageFile), 0, Text.of("verify.brokenLink", link, why), Text.of("verify.brokenLink.fix"));
    }
}
