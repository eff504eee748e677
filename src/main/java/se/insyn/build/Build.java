package se.insyn.build;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.insyn.address.Addresses;
import se.insyn.feeds.FeedGenerator;
import se.insyn.link.Graph;
import se.insyn.link.Linker;
import se.insyn.load.ContentLoader;
import se.insyn.load.Source;
import se.insyn.markdown.MarkdownRenderer;
import se.insyn.model.Content;
import se.insyn.opendata.OpenDataGenerator;
import se.insyn.problem.ContentException;
import se.insyn.privacy.PrivacyGuard;
import se.insyn.problem.Problems;
import se.insyn.read.ContentReader;
import se.insyn.register.AddressCheck;
import se.insyn.register.AddressRegister;
import se.insyn.register.RedirectMaps;
import se.insyn.render.RenderedPage;
import se.insyn.render.SiteRenderer;
import se.insyn.render.Theme;
import se.insyn.verify.LinkChecker;
import se.insyn.write.SiteWriter;

/**
 * Runs the pipeline once: load → read → link → render (pages, feeds, open data) → verify → write. Throws {@link ContentException} with every problem found when the content
 * or theme cannot be published; in that case nothing has been written.
 */
public final class Build {
    private final MarkdownRenderer markdown = new MarkdownRenderer();

    public BuildResult run(BuildOptions options) {
        long start = System.nanoTime();
        Problems problems = new Problems();
        List<Source> sources = new ContentLoader().load(options.content(), problems);
        new PrivacyGuard().scan(sources, problems);
        Content content = new ContentReader().read(sources, problems);
        problems.throwIfErrors();
        Graph graph = new Linker().link(content, problems);
        problems.throwIfErrors();

        Addresses addresses = new Addresses(content.site().baseUrl());
        Theme theme = new Theme(options.theme());
        Map<String, String> messages = theme.messages();
        SiteRenderer.Output output = new SiteRenderer(theme, markdown).render(graph, addresses, messages, problems);
        problems.throwIfErrors();
        List<RenderedPage> pages = output.pages();
        Map<String, byte[]> files = new LinkedHashMap<>(output.staticFiles());
        files.putAll(new FeedGenerator().generate(graph, addresses, messages, pages.stream().map(RenderedPage::address).toList()));
        files.putAll(new OpenDataGenerator(markdown).generate(graph, addresses));
        files.putAll(RedirectMaps.of(content.moved()));
        new LinkChecker().check(pages, files.keySet(), addresses, problems);
        AddressRegister register = AddressRegister.load(options.registerFile());
        List<String> addressesNow = pages.stream().map(RenderedPage::address).toList();
        new AddressCheck(content, addresses, register).check(addressesNow, problems);
        problems.throwIfErrors();

        int written = new SiteWriter(options.output()).write(pages, files);
        register.record(addressesNow);
        return new BuildResult(sources.size(), pages.size(), written, problems.warnings(),
                Duration.ofNanos(System.nanoTime() - start));
    }
}
