package se.insyn.render;

import freemarker.core.ParseException;
import freemarker.template.TemplateException;
import freemarker.template.TemplateNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import se.insyn.address.Addresses;
import se.insyn.link.Graph;
import se.insyn.markdown.MarkdownRenderer;
import se.insyn.problem.Problems;
import se.insyn.problem.Text;
import se.insyn.write.Parallel;

/** Entry point of the render stage: every page of the site as HTML, plus the theme's static files. */
public final class SiteRenderer {
    private final Theme theme;
    private final MarkdownRenderer markdown;

    public SiteRenderer(Theme theme, MarkdownRenderer markdown) {
        this.theme = theme;
        this.markdown = markdown;
    }

    /**
     * Decides every page of the site without building any; cheap even for a very large site.
     * {@code published} are the addresses the site has published: a year's page of a long list
     * that is among them stays, though nothing of that year is left in it.
     */
    public Plan plan(Graph graph, Addresses addresses, Map<String, String> messages, Set<String> published) {
        SitePlan site = sitePlan(graph, addresses, messages, published);
        List<PlannedPage> pages = site.pages();
        return new Plan(graph, addresses, messages, site, pages, pages.stream().map(PlannedPage::address).toList());
    }

    /**
     * The plan of a graph whose records have the shapes of those of the last plan's graph, for a
     * theme with the same texts: the last plan's pages, made from this graph's records. The
     * preview's plan of a save that changed only prose, without planning 153 000 pages again.
     */
    public Plan replan(Plan last, Graph graph) {
        Plan plan = new Plan(graph, last.addresses, last.messages, sitePlan(graph, last.addresses, last.messages, Set.of()), last.pages,
                last.pageAddresses);
        plan.pageByFile = last.pageByFile();
        return plan;
    }

    /**
     * What makes the pages of this graph. The published addresses decide only which years' pages
     * are planned, so a plan that keeps the last plan's pages needs none.
     */
    private SitePlan sitePlan(Graph graph, Addresses addresses, Map<String, String> messages, Set<String> published) {
        return new SitePlan(graph, addresses, new ViewBuilder(graph, addresses, markdown, messages), messages, published);
    }

    /** The site's pages, known by address; {@link #render} builds and renders them. */
    public final class Plan {
        private final Graph graph;
        private final Addresses addresses;
        private final Map<String, String> messages;
        /** What makes each page, from this plan's graph. */
        private final SitePlan site;
        private final List<PlannedPage> pages;
        /** Asked for by every stage after the plan (feeds, checks, the preview): made once, 153 000 of them on a large site. */
        private final List<String> pageAddresses;

        private Plan(Graph graph, Addresses addresses, Map<String, String> messages, SitePlan site, List<PlannedPage> pages,
                     List<String> pageAddresses) {
            this.graph = graph;
            this.addresses = addresses;
            this.messages = messages;
            this.site = site;
            this.pages = pages;
            this.pageAddresses = pageAddresses;
        }

        /** What rendering one page at a time needs, made on the first such page. */
        private volatile Single single;
        /**
         * Each page's place in the plan by its file, made on the first page rendered alone: the
         * preview's versions of a site whose pages stayed the same share it (153 000 files' names).
         */
        private volatile Map<String, Integer> pageByFile;

        private record Single(Templates templates, Map<String, Object> shared, TermMarker terms) {
        }

        private Map<String, Integer> pageByFile() {
            Map<String, Integer> made = pageByFile;
            if (made == null) {
                synchronized (this) {
                    if (pageByFile == null) {
                        Map<String, Integer> byFile = new HashMap<>();
                        for (int i = 0; i < pages.size(); i++) {
                            byFile.put(addresses.fileFor(pages.get(i).address()), i);
                        }
                        pageByFile = byFile;
                    }
                    made = pageByFile;
                }
            }
            return made;
        }

        /**
         * Renders only the page whose file (below the output folder) this is: the preview renders a
         * page when it is asked for. Empty when the plan has no such page, or the theme failed on it
         * (its problems are then reported).
         */
        public Optional<RenderedPage> renderFile(String file, Problems problems) {
            Single made = single;
            if (made == null) {
                synchronized (this) {
                    if (single == null) {
                        single = new Single(new Templates(theme), shared(graph, addresses, messages), new TermMarker(graph.content().terms()));
                    }
                    made = single;
                }
            }
            Integer place = pageByFile().get(file);
            return place == null ? Optional.empty()
                    : Optional.ofNullable(SiteRenderer.this.render(pages.get(place).page().apply(site), made.shared(), made.templates(), addresses,
                            made.terms(), problems));
        }

        /** Every page's address, in the plan's order. */
        public List<String> addresses() {
            return pageAddresses;
        }

        /**
         * Renders every page on every core and hands each to {@code out} as soon as it is rendered
         * (from any thread), so that no more than a few pages are in memory at once. The pages are
         * rendered in {@code parts} consecutive parts, each on one thread in the plan's order, and
         * {@code before} is told of each page just before it is rendered. The views are immutable
         * and their caches concurrent, and Freemarker templates are safe to run from several threads.
         */
        public void render(int parts, BeforePage before, Consumer<RenderedPage> out, Problems problems, Progress progress, Reuse reuse) {
            Templates templates = new Templates(theme);
            Map<String, Object> shared = shared(graph, addresses, messages);
            TermMarker terms = new TermMarker(graph.content().terms());
            PageKey.Keys keys = reuse.themeAndProgram() == null ? null
                    : PageKey.Keys.of(reuse.themeAndProgram(), shared, graph.content().terms());
            AtomicInteger done = new AtomicInteger();
            Parallel.forEachInParts(pages.size(), parts, (part, i) -> {
                PlannedPage planned = pages.get(i);
                before.accept(planned.address(), part);
                Page made = planned.page().apply(site);
                PageKey key = keys == null ? null : keys.of(made).orElse(null);
                if (key == null || !reuse.keep(i, addresses.fileFor(made.address()), key)) {
                    RenderedPage page = SiteRenderer.this.render(made, shared, templates, addresses, terms, problems);
                    if (page != null) {
                        out.accept(page);
                    }
                }
                progress.rendered(done.incrementAndGet(), pages.size());
            });
        }
    }

    /**
     * Decides, before each page is rendered, whether the previous site's file of it is kept instead:
     * the build knows each page's key of then ({@link PageKey}), and whether its file is still as written.
     */
    public interface Reuse {
        /** What renders the pages, the theme and the program, as the build names them; null to key no page. */
        String themeAndProgram();

        /**
         * Whether the page at this place in the plan, of this file (below the output folder), is
         * kept as the previous build wrote it; told once of every page that has a key. A page
         * without one is rendered, and the reuse is not asked.
         */
        boolean keep(int page, String file, PageKey key);

        /** Every page rendered, none keyed: a check and the preview, which keep no record of pages. */
        static Reuse none() {
            return new Reuse() {
                @Override
                public String themeAndProgram() {
                    return null;
                }

                @Override
                public boolean keep(int page, String file, PageKey key) {
                    return false;
                }
            };
        }
    }

    /** Told of a page just before it is rendered: its address, and the part of the pages it is rendered in. */
    @FunctionalInterface
    public interface BeforePage {
        void accept(String address, int part);
    }

    private static Map<String, Object> shared(Graph graph, Addresses addresses, Map<String, String> t) {
        List<LinkView> nav = List.of(
                new LinkView(addresses.home(), t.get("nav.home")),
                new LinkView(addresses.districts(), t.get("districts.title")),
                new LinkView(addresses.audits(), t.get("audits.title")),
                new LinkView(addresses.statements(), t.get("statements.title")),
                new LinkView(addresses.followUps(), t.get("followUps.title")),
                new LinkView(addresses.organisations(), t.get("organisations.title")),
                new LinkView(addresses.caseFiles(), t.get("caseFiles.title")),
                new LinkView(addresses.documents(), t.get("documents.title")));
        Map<String, Object> shared = new HashMap<>(Map.of("site", graph.site(), "t", t, "nav", nav,
                "stylesheet", addresses.stylesheet(), "home", addresses.home(), "siteFeed", addresses.siteFeed(),
                "openData", addresses.openData()));
        // The footer links the glossary and the accessibility statement on every page, when the content has them.
        if (!graph.content().terms().isEmpty()) {
            shared.put("glossaryAddress", addresses.glossary());
        }
        if (graph.content().accessibility() != null) {
            shared.put("accessibilityAddress", addresses.accessibility());
        }
        return Map.copyOf(shared);
    }

    private RenderedPage render(Page page, Map<String, Object> shared, Templates templates, Addresses addresses,
                                TermMarker terms, Problems problems) {
        Map<String, Object> model = new HashMap<>(shared);
        model.putAll(page.data());
        model.put("meta", page.meta());
        model.put("page", Map.of("title", page.title(), "address", page.address(),
                "canonical", addresses.absolute(page.address()), "breadcrumbs", page.breadcrumbs()));
        try {
            return new RenderedPage(page.address(), addresses.fileFor(page.address()),
                    terms.mark(templates.render(page.template(), model)));
        } catch (TemplateNotFoundException e) {
            problems.error(themeFile(e.getTemplateName()), 0, Text.of("render.templateMissing", e.getTemplateName()),
                    Text.of("render.templateMissing.fix"));
        } catch (ParseException e) {
            problems.error(themeFile(e.getTemplateName()), e.getLineNumber(), Text.of("render.templateSyntax", e.getEditorMessage()),
                    Text.of("render.templateSyntax.fix"));
        } catch (TemplateException e) {
            problems.error(themeFile(e.getTemplateSourceName()), e.getLineNumber() == null ? 0 : e.getLineNumber(),
                    Text.of("render.templateFailed", firstLine(e.getMessageWithoutStackTop())), Text.of("render.templateFailed.fix"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return null;
    }

    private Path themeFile(String templateName) {
        String name = templateName == null ? "?" : templateName;
        return theme.userTheme() != null && java.nio.file.Files.exists(theme.userTheme().resolve("templates").resolve(name))
                ? theme.userTheme().resolve("templates").resolve(name)
                : Path.of("themes/default/templates").resolve(name);
    }

    /** Freemarker's explanation without its tips: the first lines, which name what failed and the expression. */
    private static String firstLine(String message) {
        return message.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("----") && !l.startsWith("Tip:"))
                .limit(2).reduce((a, b) -> a + " " + b).orElse(message).replace("==> ", "");
    }
}
