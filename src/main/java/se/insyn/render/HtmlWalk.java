package se.insyn.render;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Walks well-formed HTML tag by tag, copying it to {@code out}, and hands each run of text to
 * {@link #text}, knowing the language it is in and whether it stands in a heading or link. Cheaper
 * than a parsed tree for a pass that changes a few words of a large page. Text in code, scripts and
 * styles is copied as it is.
 */
abstract class HtmlWalk {
    private static final Set<String> VOID = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
            "source", "track", "wbr");
    private static final Set<String> RAW = Set.of("script", "style", "textarea", "title");
    private static final Set<String> NO_TEXT = Set.of("script", "style", "textarea", "title", "code", "pre");
    /** Where an abbreviation is not expanded: headings and links stay as written, and nothing is marked twice. */
    private static final Set<String> HEADING_OR_LINK = Set.of("h1", "h2", "h3", "h4", "h5", "h6", "a", "abbr", "dfn");
    private static final Pattern LANG = Pattern.compile("\\slang\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>]+))");

    private record Open(String name, String lang) {
    }

    final String html;
    final StringBuilder out;
    private final Deque<Open> open = new ArrayDeque<>();
    private int headingOrLink;
    private int noText;

    HtmlWalk(String html, StringBuilder out) {
        this.html = html;
        this.out = out;
    }

    /** Called for each run of text outside code and scripts; must copy it (changed or not) to {@code out}. */
    abstract void text(int from, int to);

    /** The language of the current text, as its nearest {@code lang} attribute says; null for the page's own. */
    final String lang() {
        return open.isEmpty() ? null : open.peek().lang();
    }

    final boolean inHeadingOrLink() {
        return headingOrLink > 0;
    }

    /** Copies html[start, end) to out, calling {@link #text} for each run of text. */
    final void walk(int start, int end) {
        int at = start;
        while (at < end) {
            int tag = html.indexOf('<', at);
            if (tag < 0 || tag > end) {
                tag = end;
            }
            if (tag > at) {
                if (noText > 0) {
                    out.append(html, at, tag);
                } else {
                    text(at, tag);
                }
            }
            at = tag < end ? tag(tag, end) : end;
        }
    }

    /** Copies one tag (or comment) starting at {@code lt}; returns where the walk goes on. */
    private int tag(int lt, int end) {
        if (html.startsWith("<!--", lt)) {
            int close = html.indexOf("-->", lt + 4);
            int after = close < 0 || close + 3 > end ? end : close + 3;
            out.append(html, lt, after);
            return after;
        }
        int gt = tagEnd(lt, end);
        out.append(html, lt, gt);
        boolean closing = lt + 1 < end && html.charAt(lt + 1) == '/';
        String name = name(lt + (closing ? 2 : 1), gt);
        if (name.isEmpty()) {
            return gt;
        }
        if (closing) {
            close(name);
            return gt;
        }
        if (VOID.contains(name) || html.charAt(gt - 2) == '/') {
            return gt;
        }
        push(name, attributeLang(lt, gt));
        if (RAW.contains(name)) {
            int close = html.indexOf("</" + name, gt); // the theme and the sanitiser write tags in lower case
            int rawEnd = close < 0 || close > end ? end : close;
            out.append(html, gt, rawEnd);
            return rawEnd;
        }
        return gt;
    }

    /** The index after the tag's closing {@code >}, skipping any inside quoted attribute values. */
    private int tagEnd(int lt, int end) {
        char quote = 0;
        for (int i = lt + 1; i < end; i++) {
            char c = html.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                return i + 1;
            }
        }
        return end;
    }

    private String name(int from, int to) {
        int i = from;
        while (i < to && (Character.isLetterOrDigit(html.charAt(i)) || html.charAt(i) == '-')) {
            i++;
        }
        return html.substring(from, i).toLowerCase(Locale.ROOT);
    }

    private String attributeLang(int lt, int gt) {
        String tag = html.substring(lt, gt);
        if (!tag.contains("lang")) {
            return lang();
        }
        Matcher m = LANG.matcher(tag);
        if (!m.find()) {
            return lang();
        }
        String value = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
        return value.isEmpty() ? null : value;
    }

    private void push(String name, String lang) {
        open.push(new Open(name, lang));
        headingOrLink += HEADING_OR_LINK.contains(name) ? 1 : 0;
        noText += NO_TEXT.contains(name) ? 1 : 0;
    }

    /** Closes the nearest open element of that name (and any left open inside it); a stray end tag changes nothing. */
    private void close(String name) {
        if (open.stream().noneMatch(o -> o.name().equals(name))) {
            return;
        }
        Open closed;
        do {
            closed = open.pop();
            headingOrLink -= HEADING_OR_LINK.contains(closed.name()) ? 1 : 0;
            noText -= NO_TEXT.contains(closed.name()) ? 1 : 0;
        } while (!closed.name().equals(name));
    }

    /** Text as it stands in HTML: the characters that must be escaped in text and attribute values. */
    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
