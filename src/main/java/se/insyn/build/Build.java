package se.insyn.build;

import java.time.Duration;
import java.util.List;
import se.insyn.address.Addresses;
import se.insyn.link.Graph;
import se.insyn.link.Linker;
import se.insyn.load.ContentLoader;
import se.insyn.load.Source;
import se.insyn.markdown.MarkdownRenderer;
import se.insyn.model.Content;
import se.insyn.problem.ContentException;
import se.insyn.problem.Problems;
import se.insyn.read.ContentReader;
import se.insyn.render.RenderedPage;
import se.insyn.render.SiteRenderer;
import se.insyn.render.Theme;
import se.insyn.verify.LinkChecker;
import se.insyn.write.SiteWriter;

/**
 * Runs the pipeline once. Throws {@link ContentException} with every problem found when the content
 * or theme cannot be published; in that case nothing has been written.
 */
public final class Build {
    private final MarkdownRenderer markdown = new MarkdownRenderer();

    public BuildResult run(BuildOptions options) {
        long start = System.nanoTime();
        Problems problems = new Problems();
        List<Source> sources = new ContentLoader().load(options.content(), problems);
        Content content = new ContentReader().read(sources, problems);
        problems.throwIfErrors();
        Graph graph = new Linker().link(content, problems);
        problems.throwIfErrors();

        Addresses addresses = new Addresses(content.site().baseUrl());
        SiteRenderer.Output output = new SiteRenderer(new Theme(options.theme()), markdown).render(graph, addresses, problems);
        problems.throwIfErrors();
        new LinkChecker().check(output.pages(), output.staticFiles().keySet(), addresses, problems);
        problems.throwIfErrors();

        List<RenderedPage> pages = output.pages();
        int written = new SiteWriter(options.output()).write(pages, output.staticFiles());
        return new BuildResult(sources.size(), pages.size(), written, problems.warnings(),
                Duration.ofNanos(System.nanoTime() - start));
    }
}
