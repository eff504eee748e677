package se.insyn.build;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
import se.insyn.problem.Problem;
import se.insyn.privacy.PrivacyGuard;
import se.insyn.problem.Problems;
import se.insyn.read.ContentReader;
import se.insyn.read.Publication;
import se.insyn.check.ContentWarnings;
import se.insyn.register.AddressCheck;
import se.insyn.register.AddressRegister;
import se.insyn.register.RedirectMaps;
import se.insyn.render.Progress;
import se.insyn.render.RenderedPage;
import se.insyn.render.SiteRenderer;
import se.insyn.render.Theme;
import se.insyn.verify.LinkChecker;
import se.insyn.write.SiteWriter;
import se.insyn.write.Transaction;

/**
 * Runs the pipeline: load → read → link → render (pages, feeds, open data) → verify → write.
 * {@link #run} throws {@link ContentException} with every problem found when the content or theme
 * cannot be published; in that case nothing has been written.
 */
public final class Build {
    private final MarkdownRenderer markdown = new MarkdownRenderer();
    private final Progress progress;

    public Build() {
        this(Progress.none());
    }

    /** @param progress told as pages are rendered, for a long build's progress line */
    public Build(Progress progress) {
        this.progress = progress;
    }

    /** Everything a build would write, verified, before anything is written. */
    private record Prepared(int records, List<RenderedPage> pages, Map<String, byte[]> files, List<String> addresses,
                            AddressRegister register, String basePath) {
    }

    /**
     * Builds the public site: drafts and embargoed records left out, published addresses checked and
     * recorded. When nothing the site depends on has changed since the last build, it stops at once
     * and writes nothing; otherwise only files whose bytes changed are written.
     */
    public BuildResult run(BuildOptions options) {
        long start = System.nanoTime();
        SiteWriter writer = new SiteWriter(options.output());
        String inputs = InputFingerprint.of(options);
        if (writer.lastInputs().filter(inputs::equals).isPresent() && Files.isRegularFile(options.registerFile())) {
            return new BuildResult(0, 0, 0, 0, List.of(), Duration.ofNanos(System.nanoTime() - start));
        }
        Problems problems = new Problems();
        Prepared site = prepare(options, Publication.publicBuild(options.today()), true, problems);
        problems.throwIfErrors();
        Transaction.Result written;
        try (Transaction transaction = writer.begin()) {
            site.files().forEach(transaction::write);
            site.pages().forEach(page -> transaction.write(page.file(), page.html().getBytes(StandardCharsets.UTF_8)));
            written = transaction.commit(inputs);
        }
        site.register().record(site.addresses());
        return new BuildResult(site.records(), site.pages().size(), written.written(), written.unchanged(), problems.warnings(),
                Duration.ofNanos(System.nanoTime() - start));
    }

    /**
     * Renders the preview in memory, drafts included: every file of the site by its path below the
     * output folder. The preview server swaps this whole map at once, so a request never sees half a build.
     */
    public Preview preview(BuildOptions options) {
        Problems problems = new Problems();
        Prepared site = prepare(options, Publication.preview(options.today()), false, problems);
        problems.throwIfErrors();
        Map<String, byte[]> files = new LinkedHashMap<>(site.files());
        site.pages().forEach(page -> files.put(page.file(), page.html().getBytes(StandardCharsets.UTF_8)));
        return new Preview(site.basePath(), Map.copyOf(files), problems.warnings());
    }

    /** A rendered preview: its files by path below the site's base path, and the build's warnings. */
    public record Preview(String basePath, Map<String, byte[]> files, List<Problem> warnings) {
    }

    /** Reads and links the content, drafts included, without rendering: for tools that need to know what exists. */
    public Graph read(BuildOptions options) {
        Problems problems = new Problems();
        List<Source> sources = new ContentLoader().load(options.content(), problems);
        Content content = new ContentReader().read(sources, problems, Publication.preview(options.today()));
        problems.throwIfErrors();
        Graph graph = new Linker().link(content, problems);
        problems.throwIfErrors();
        return graph;
    }

    /** Runs every check of a public build without writing anything; returns every error and warning. */
    public List<Problem> check(BuildOptions options) {
        Problems problems = new Problems();
        try {
            prepare(options, Publication.publicBuild(options.today()), true, problems);
        } catch (ContentException e) {
            // Stopped between stages; everything found so far is in problems.
        }
        return problems.sorted();
    }

    private Prepared prepare(BuildOptions options, Publication publication, boolean publicSite, Problems problems) {
        StageTimer timer = StageTimer.fromEnvironment();
        List<Source> sources = new ContentLoader().load(options.content(), problems);
        timer.lap("load");
        new PrivacyGuard().scan(sources, problems);
        timer.lap("privacy");
        Content content = new ContentReader().read(sources, problems, publication);
        timer.lap("read");
        problems.throwIfErrors();
        Graph graph = new Linker().link(content, problems);
        problems.throwIfErrors();
        new ContentWarnings(graph, publication.today()).report(problems);
        timer.lap("link");

        Addresses addresses = new Addresses(content.site().baseUrl());
        Theme theme = new Theme(options.theme());
        Map<String, String> messages = theme.messages();
        SiteRenderer.Output output = new SiteRenderer(theme, markdown).render(graph, addresses, messages, problems, progress);
        timer.lap("render");
        problems.throwIfErrors();
        List<RenderedPage> pages = output.pages();
        List<String> pageAddresses = pages.stream().map(RenderedPage::address).toList();
        Map<String, byte[]> files = new LinkedHashMap<>(output.staticFiles());
        files.putAll(new FeedGenerator().generate(graph, addresses, messages, pageAddresses));
        files.putAll(new OpenDataGenerator(markdown).generate(graph, addresses));
        files.putAll(RedirectMaps.of(content.moved()));
        timer.lap("data");
        LinkChecker links = new LinkChecker(addresses);
        pages.forEach(links::add);
        links.check(files.keySet(), problems);
        AddressRegister register = publicSite ? AddressRegister.load(options.registerFile()) : AddressRegister.empty();
        new AddressCheck(content, addresses, register).check(pageAddresses, files.keySet(), problems);
        timer.lap("verify");
        return new Prepared(sources.size(), pages, files, pageAddresses, register, addresses.basePath());
    }
}
