package se.insyn.verify;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
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
    private static final String[] NO_IDS = new String[0];

    private final Addresses addresses;
    private final Set<String> files;
    /** Each page's ids, sorted: a compact form, since a large site has hundreds of thousands of pages. */
    private final Map<String, String[]> idsByFile = new ConcurrentHashMap<>();
    private final Queue<AnchorLink> anchorsOnOtherPages = new ConcurrentLinkedQueue<>();
    /**
     * One copy of each id: pages of a kind share their ids ("main", "h-citation", "rekommendation-1"),
     * and a large site's million copies of them took 60 MB of the heap the rendering needs.
     */
    private final Map<String, String> sharedIds = new ConcurrentHashMap<>();
    /**
     * Paths from the root found on this thread's recent pages, which lead to the same file from any
     * page: the navigation, footer and breadcrumbs repeat on every page, and looking each up again
     * among a large site's 300 000 files is a walk through more memory than the processor's cache holds.
     */
    private final ThreadLocal<Set<String>> foundOnThisThread = ThreadLocal.withInitial(HashSet::new);
    private static final int FOUND_KEPT = 1024;

    /** A link from one page to an anchor on another: its target page may not have been rendered yet. */
    public record AnchorLink(String pageFile, String target, String targetFile, String fragment) {
    }

    /** @param files every file the site will have: its pages and every other file (CSS, feeds, data) */
    public LinkChecker(Addresses addresses, Collection<String> files) {
        this(addresses, new HashSet<>(files));
    }

    private LinkChecker(Addresses addresses, Set<String> files) {
        this.addresses = addresses;
        this.files = files;
    }

    /** A new checker of links to the same files: for the preview's next version of a site whose files are the same. */
    public LinkChecker withSameFiles(Addresses addresses) {
        return new LinkChecker(addresses, files);
    }

    /** Checks a rendered page's links and remembers its ids. */
    public void check(RenderedPage page, Problems problems) {
        Links links = links(page.html());
        String[] sorted = links.ids().isEmpty() ? NO_IDS
                : links.ids().stream().distinct().sorted().map(id -> sharedIds.computeIfAbsent(id, same -> same)).toArray(String[]::new);
        idsByFile.put(page.file(), sorted);
        for (String target : links.targets()) {
            check(page, target, sorted, problems);
        }
    }

    /**
     * Takes a page kept from the previous site as checked: its links were found then, and lead to
     * files the site still has (the build keeps pages only when no file was removed), so only its
     * ids, sorted, and its links to anchors on other pages, which may have changed, are taken.
     * The array of ids becomes the checker's: each is replaced by the one copy all pages share.
     */
    public void keptPage(String file, String[] sortedIds, List<AnchorLink> anchors) {
        for (int i = 0; i < sortedIds.length; i++) {
            sortedIds[i] = sharedIds.computeIfAbsent(sortedIds[i], same -> same);
        }
        idsByFile.put(file, sortedIds.length == 0 ? NO_IDS : sortedIds);
        anchorsOnOtherPages.addAll(anchors);
    }

    /** A checked page's ids, sorted; none for a page not checked. */
    public String[] idsOf(String file) {
        return idsByFile.getOrDefault(file, NO_IDS);
    }

    /** The links to anchors on other pages, by the file of the page they stand on. */
    public Map<String, List<AnchorLink>> anchorLinksByPage() {
        Map<String, List<AnchorLink>> byPage = new java.util.HashMap<>();
        for (AnchorLink link : anchorsOnOtherPages) {
            byPage.computeIfAbsent(link.pageFile(), page -> new ArrayList<>()).add(link);
        }
        return byPage;
    }

    /** Whether the site has this file (below the output folder): its pages and every other file. */
    public boolean hasFile(String file) {
        return files.contains(file);
    }

    /** A page's ids and link targets, in the order they stand; a canonical link is no target. */
    record Links(List<String> ids, List<String> targets) {
    }

    /**
     * Reads the tags' {@code id}, {@code href}, {@code src} and {@code rel} attributes by hand, since
     * with regular expressions they took most of the link check's time. It reads exactly what
     * {@code <([a-zA-Z][a-zA-Z0-9]*)(\s[^>]*)>} would match, and within it what
     * {@code \s([a-zA-Z:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')} would find: a tag ends at its first
     * {@code >}, even inside a quoted value, and unquoted or value-less attributes are passed over.
     * It reads the page's UTF-8 bytes: every byte of a character beyond ASCII is 0x80 or more, so
     * none is taken for markup.
     */
    static Links links(byte[] html) {
        List<String> ids = new ArrayList<>();
        List<String> targets = new ArrayList<>();
        int length = html.length;
        for (int at = indexOf(html, '<', 0, length); at >= 0; at = indexOf(html, '<', at + 1, length)) {
            int nameEnd = at + 1;
            if (nameEnd == length || !isLetter(at(html, nameEnd))) {
                continue;
            }
            do {
                nameEnd++;
            } while (nameEnd < length && (isLetter(at(html, nameEnd)) || isDigit(at(html, nameEnd))));
            // Without whitespace after its name a tag has no attributes to read.
            if (nameEnd == length || !isSpace(at(html, nameEnd))) {
                continue;
            }
            int end = indexOf(html, '>', nameEnd, length);
            if (end < 0) {
                break; // no tag after this one can end either
            }
            boolean link = named(html, at + 1, nameEnd, "link");
            boolean canonical = false;
            String target = null;
            // Every space may start an attribute, as for the regular expression: where one fails to
            // match, as with an unclosed quote, the next space is tried.
            for (int i = nameEnd; i < end; i++) {
                if (!isSpace(at(html, i))) {
                    continue;
                }
                int key = i + 1;
                int keyEnd = key;
                while (keyEnd < end && isNameChar(at(html, keyEnd))) {
                    keyEnd++;
                }
                int quote = skipSpace(html, keyEnd, end);
                if (keyEnd == key || quote == end || at(html, quote) != '=') {
                    continue;
                }
                quote = skipSpace(html, quote + 1, end);
                if (quote == end || at(html, quote) != '"' && at(html, quote) != '\'') {
                    continue;
                }
                int close = indexOf(html, at(html, quote), quote + 1, end);
                if (close < 0) {
                    continue;
                }
                // Only these names are read: no string is made for any other attribute.
                if (named(html, key, keyEnd, "id")) {
                    ids.add(value(html, quote + 1, close));
                } else if (named(html, key, keyEnd, "href") || named(html, key, keyEnd, "src")) {
                    target = value(html, quote + 1, close);
                } else if (link && named(html, key, keyEnd, "rel")) {
                    canonical = value(html, quote + 1, close).equals("canonical");
                }
                i = close;
            }
            if (target != null && !canonical) {
                targets.add(target);
            }
            at = end;
        }
        return new Links(ids, targets);
    }

    /**
     * Whether a tag's or an attribute's name is the given lower-case name, in any case. The names
     * read are of ASCII letters, digits, colons and hyphens, so setting the lower-case bit folds
     * the letters and maps nothing else onto one; this is a good deal cheaper than
     * {@link String#regionMatches(boolean, int, String, int, int)}, which folds all of Unicode.
     */
    private static boolean named(byte[] html, int from, int to, String name) {
        if (to - from != name.length()) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            if ((at(html, from + i) | 0x20) != name.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static String value(byte[] html, int from, int to) {
        String raw = new String(html, from, to - from, StandardCharsets.UTF_8);
        return raw.indexOf('&') < 0 ? raw : Parser.unescapeEntities(raw, true);
    }

    private static int skipSpace(byte[] html, int from, int to) {
        while (from < to && isSpace(at(html, from))) {
            from++;
        }
        return from;
    }

    /** The first {@code c} from {@code from} and before {@code to}: within a tag, a value's closing quote may not stand beyond it. */
    private static int indexOf(byte[] html, char c, int from, int to) {
        for (int i = from; i < to; i++) {
            if (html[i] == c) {
                return i;
            }
        }
        return -1;
    }

    /** The byte as a character: beyond ASCII, one that is no letter, digit, space or mark of HTML. */
    private static char at(byte[] html, int i) {
        return (char) (html[i] & 0xff);
    }

    /** The whitespace of a regular expression's {@code \s}, which is narrower than {@link Character#isWhitespace}. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\u000B';
    }

    private static boolean isLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isNameChar(char c) {
        return isLetter(c) || c == ':' || c == '-';
    }

    private void check(RenderedPage page, String target, String[] ownIds, Problems problems) {
        Set<String> found = foundOnThisThread.get();
        if (found.contains(target)) {
            return;
        }
        String path;
        String fragment;
        boolean plain = isPlainPath(target);
        if (plain) {
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
            if (plain) {
                if (found.size() == FOUND_KEPT) {
                    found.clear();
                }
                found.add(target);
            }
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
