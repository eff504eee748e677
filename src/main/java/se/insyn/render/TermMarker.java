package se.insyn.render;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import se.insyn.model.Term;

/**
 * Marks the glossary's words in a finished page, where screen readers and people need it (WCAG 3.1.2
 * and 3.1.4): the first use of each abbreviation on the page becomes {@code <abbr title="…">}, and
 * every phrase in another language gets its {@code lang}. It works on the whole page's {@code <main>}
 * because "first use" is a property of the page, while a Markdown text is rendered once and shown on
 * many pages.
 *
 * <p>Speed matters (a site has tens of thousands of pages), so the page is not parsed into a tree:
 * each word is looked for with {@code indexOf}, and only a page that has one is walked once, tag by
 * tag ({@link HtmlWalk}), to see where each use stands. The HTML is the theme's and the sanitised
 * Markdown's, so it is well formed.
 */
final class TermMarker {
    /** A word to look for, as it stands in HTML text (escaped). */
    private record Word(String html, Term term, boolean abbreviation) {
    }

    /** One use of a word in the page. */
    private record Use(int at, Word word) {
        int end() {
            return at + word.html().length();
        }
    }

    private final List<Word> words = new ArrayList<>();

    TermMarker(List<Term> terms) {
        for (Term term : terms) {
            if (term.abbreviation() != null) {
                words.add(new Word(HtmlWalk.escape(term.abbreviation()), term, true));
            }
            if (term.lang() != null) {
                words.add(new Word(HtmlWalk.escape(term.term()), term, false));
            }
        }
    }

    /** The same for a page as UTF-8: the very same bytes when the site has no such words. */
    byte[] mark(byte[] html) {
        if (words.isEmpty()) {
            return html;
        }
        String text = new String(html, StandardCharsets.UTF_8);
        String marked = mark(text);
        return marked == text ? html : marked.getBytes(StandardCharsets.UTF_8);
    }

    /** The page with its glossary words marked inside {@code <main>}; the same string when there is nothing to mark. */
    String mark(String html) {
        if (words.isEmpty()) {
            return html;
        }
        int open = html.indexOf("<main");
        int start = open < 0 ? -1 : html.indexOf('>', open) + 1;
        int end = html.lastIndexOf("</main>");
        if (start <= 0 || end < start) {
            return html;
        }
        List<Use> uses = uses(html, start, end);
        if (uses.isEmpty()) {
            return html;
        }
        StringBuilder out = new StringBuilder(html.length() + 64 * uses.size());
        out.append(html, 0, start);
        new Marking(html, uses, out).walk(start, end);
        out.append(html, end, html.length());
        return out.toString();
    }

    /** Every use of every word between start and end, in order; where two overlap, the earlier (then longer) wins. */
    private List<Use> uses(String html, int start, int end) {
        List<Use> all = new ArrayList<>();
        for (Word word : words) {
            for (int at = html.indexOf(word.html(), start); at >= 0 && at + word.html().length() <= end;
                 at = html.indexOf(word.html(), at + 1)) {
                if (isWord(html, at, at + word.html().length())) {
                    all.add(new Use(at, word));
                }
            }
        }
        all.sort(Comparator.comparingInt(Use::at).thenComparing(u -> -u.word().html().length()));
        List<Use> uses = new ArrayList<>();
        for (Use use : all) {
            if (uses.isEmpty() || use.at() >= uses.get(uses.size() - 1).end()) {
                uses.add(use);
            }
        }
        return uses;
    }

    /** A whole word: no letter or digit right before or after it. */
    private static boolean isWord(String html, int from, int to) {
        return (from == 0 || !Character.isLetterOrDigit(html.charAt(from - 1)))
                && (to == html.length() || !Character.isLetterOrDigit(html.charAt(to)));
    }

    /** One page's walk: copies the HTML, wrapping the uses that stand in text where marking belongs. */
    private static final class Marking extends HtmlWalk {
        private final List<Use> uses;
        private final java.util.Set<Term> expanded = new java.util.HashSet<>();
        private int next;

        Marking(String html, List<Use> uses, StringBuilder out) {
            super(html, out);
            this.uses = uses;
        }

        @Override
        void text(int from, int to) {
            while (next < uses.size() && uses.get(next).at() < from) {
                next++; // inside a tag or raw text: not a use in the text
            }
            int copied = from;
            for (; next < uses.size() && uses.get(next).end() <= to; next++) {
                Use use = uses.get(next);
                String open = use.word().abbreviation() ? abbreviation(use.word().term()) : foreign(use.word().term());
                if (open != null) {
                    out.append(html, copied, use.at()).append(open).append(use.word().html())
                            .append(use.word().abbreviation() ? "</abbr>" : "</span>");
                    copied = use.end();
                }
            }
            out.append(html, copied, to);
        }

        /** The first use outside headings and links: {@code <abbr title="Effektiv Samordning för Trygghet">}. */
        private String abbreviation(Term term) {
            if (inHeadingOrLink() || !expanded.add(term)) {
                return null;
            }
            String lang = term.lang() != null && !term.lang().equals(lang()) ? " lang=\"" + term.lang() + "\"" : "";
            return "<abbr title=\"" + escape(term.term()) + "\"" + lang + ">";
        }

        /** Every use of a phrase in another language, unless it already stands in an element of that language. */
        private String foreign(Term term) {
            return term.lang().equals(lang()) ? null : "<span lang=\"" + term.lang() + "\">";
        }
    }
}
