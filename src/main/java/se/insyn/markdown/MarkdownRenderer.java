package se.insyn.markdown;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Renders communicators' Markdown to HTML that is safe to publish: raw HTML pasted into a body is
 * cleaned against an allow-list, so scripts, event handlers, styles and {@code javascript:} links
 * never reach a page. Thread-safe; build one per run (it remembers what it rendered last).
 */
public final class MarkdownRenderer {
    private static final String SITE_BASE = "https://insyn.invalid/";
    /**
     * Enough for the texts of the few cases being rendered at once: a record's data files and pages
     * are made together on one thread. A larger cache only costs: every young collection of the
     * heap copies it, which with 4 096 texts took a quarter of the collector's time on a large site.
     */
    public static final int CACHED_TEXTS = 256;

    private final Parser parser;
    private final HtmlRenderer renderer;
    private final Cleaner cleaner;
    /** The same text is shown on several pages of its case and in its data files, made close together. */
    private final RecentlyUsed<String, String> rendered = new RecentlyUsed<>(CACHED_TEXTS);

    public MarkdownRenderer() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create()));
        options.set(HtmlRenderer.SOFT_BREAK, " ");
        this.parser = Parser.builder(options).build();
        this.renderer = HtmlRenderer.builder(options).build();
        this.cleaner = new Cleaner(allowList());
    }

    /** What records need: text structure, tables, lists, emphasis and links; nothing that runs or styles. */
    private static Safelist allowList() {
        return Safelist.relaxed()
                .removeTags("img")
                .addTags("abbr", "caption", "figure", "figcaption", "hr", "s", "small", "mark", "time")
                .addAttributes("abbr", "title")
                .addAttributes("time", "datetime")
                .addAttributes(":all", "lang")
                .addAttributes("th", "scope")
                .removeProtocols("a", "href", "ftp")
                .preserveRelativeLinks(true);
    }

    /**
     * The same text is shown on several pages (an answer stands on the audit, recommendation, answer,
     * statement and organisation pages), so only links that mean the same from every page are kept:
     * web and mail addresses, addresses from the site's root, and anchors. "../x/" would lead
     * somewhere different from each page, and is turned back into plain text.
     */
    private static boolean keepsItsMeaningOnEveryPage(String href) {
        return href.startsWith("https://") || href.startsWith("http://") || href.startsWith("mailto:")
                || href.startsWith("/") && !href.startsWith("//") || href.startsWith("#");
    }

    /** HTML for a Markdown text; an empty string for null or blank text. */
    public String toHtml(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        return rendered.computeIfAbsent(markdown, this::render);
    }

    private String render(String markdown) {
        String html = renderer.render(parser.parse(markdown));
        return isPlain(markdown) ? html : clean(html);
    }

    /**
     * Whether a text is plain prose with Markdown's structure only: without {@code <} it holds no
     * HTML and no autolink, without {@code [} no link or image, without {@code &} no character
     * reference, without {@code `} or {@code ~} no fenced code with a language class, and without {@code |} no table
     * with alignment attributes. All that flexmark makes of such a text is paragraphs, headings,
     * lists, quotes, emphasis, code blocks and breaks, which the cleaner would keep as they are
     * ({@code MarkdownRendererProperties} checks this), so the parse and the cleaning are spared for
     * most texts of a site.
     */
    static boolean isPlain(String markdown) {
        for (int i = 0; i < markdown.length(); i++) {
            char c = markdown.charAt(i);
            if (c == '<' || c == '[' || c == '&' || c == '`' || c == '~' || c == '|') {
                return false;
            }
        }
        return true;
    }

    /** Flexmark's HTML cleaned against the allow-list, with links that mean different things on different pages unwrapped. */
    String clean(String html) {
        // The base lets the cleaner accept links within the site ("/granskningar/…", "#ankare") as relative.
        Document dirty = Jsoup.parseBodyFragment(html, SITE_BASE);
        Document clean = cleaner.clean(dirty);
        clean.outputSettings().prettyPrint(false);
        for (org.jsoup.nodes.Element link : clean.select("a[href]")) {
            if (!keepsItsMeaningOnEveryPage(link.attr("href"))) {
                link.unwrap();
            }
        }
        return clean.body().html();
    }
}
