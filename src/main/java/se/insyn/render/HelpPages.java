package se.insyn.render;

import se.insyn.address.Addresses;

import java.util.List;
import java.util.Map;
import se.insyn.link.Graph;
import se.insyn.model.AccessibilityStatement;
import se.insyn.model.GapReason;
import se.insyn.model.Term;

/**
 * The pages that help people read the site: the glossary (ordlista), the accessibility statement
 * (tillgänglighetsredogörelse) and the summaries in easy Swedish (lättläst).
 */
final class HelpPages {
    private final Graph graph;
    private final Addresses addresses;
    private final ViewBuilder views;
    private final Map<String, String> t;

    HelpPages(Graph graph, Addresses addresses, ViewBuilder views, Map<String, String> messages) {
        this.graph = graph;
        this.addresses = addresses;
        this.views = views;
        this.t = messages;
    }

    /** The glossary page, or null when the content has no terms. */
    Page glossary(List<LinkView> crumbs) {
        List<Term> terms = graph.content().terms();
        if (terms.isEmpty()) {
            return null;
        }
        List<TermView> entries = terms.stream().sorted(SwedishText.byText(Term::term))
                .map(term -> new TermView(Addresses.termAnchor(term.id()), term.term(), term.abbreviation(), term.lang(), term.definition(),
                        views.html(term, term.body())))
                .toList();
        return new Page(addresses.glossary(), "glossary.ftlh", t.get("glossary.title"), crumbs, Map.of("terms", entries));
    }

    /** The accessibility statement, or null when the content has no settings for it. */
    Page accessibility(List<LinkView> crumbs) {
        AccessibilityStatement a = graph.content().accessibility();
        if (a == null) {
            return null;
        }
        AccessibilityView view = new AccessibilityView(a.organisation(), a.service(), ViewBuilder.key(a.compliance()),
                views.label(a.compliance()), gaps(a, GapReason.BRIST), gaps(a, GapReason.OSKALIG_BORDA),
                gaps(a, GapReason.UTANFOR_LAGEN), a.method(), DateView.of(a.assessed()), DateView.of(a.prepared()),
                DateView.of(a.updated()), DateView.of(a.published()), a.email(), a.phone(), a.responseTime(), a.supervisorUrl(), views.html(a, a.body()));
        return new Page(addresses.accessibility(), "accessibility.ftlh", t.get("accessibility.title"), crumbs,
                Map.of("accessibility", view));
    }

    private static List<AccessibilityView.GapView> gaps(AccessibilityStatement statement, GapReason reason) {
        return statement.gaps().stream().filter(g -> g.reason() == reason)
                .map(g -> new AccessibilityView.GapView(g.text(), g.criteria(), DateView.of(g.fixBy()))).toList();
    }

    /** The summary in easy Swedish of a record's page, linked back to that page. */
    Page easyRead(Page full, String summary) {
        LinkView original = new LinkView(full.address(), full.title());
        List<LinkView> crumbs = new java.util.ArrayList<>(full.breadcrumbs());
        crumbs.add(original);
        String title = t.get("easyRead.title") + ": " + full.title();
        return new Page(full.meta().easyRead().href(), "easy-read.ftlh", title, crumbs,
                Map.of("summaryHtml", views.html("lattlast:" + full.address(), summary), "original", original),
                PageMeta.summaryOf(original, full.meta().draft()));
    }
}
