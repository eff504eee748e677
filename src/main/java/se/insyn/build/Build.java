package se.insyn.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import java.util.stream.Stream;
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
import se.insyn.read.ContentReader.FileReading;
import se.insyn.read.Publication;
import se.insyn.check.ContentWarnings;
import se.insyn.register.AddressCheck;
import se.insyn.register.AddressRegister;
import se.insyn.register.RedirectMaps;
import se.insyn.render.Progress;
import se.insyn.render.SiteRenderer;
import se.insyn.render.Theme;
import se.insyn.verify.LinkChecker;
import se.insyn.write.FileSink;
import se.insyn.write.Parallel;
import se.insyn.write.RecordingSink;
import se.insyn.write.SiteWriter;
import se.insyn.write.Transaction;

/**
 * Runs the pipeline: load → read → link → render (pages, feeds, open data) → verify → write.
 * {@link #run} throws {@link ContentException} with every problem found when the content or theme
 * cannot be published; in that case nothing has been written.
 */
public final class Build {
    private final MarkdownRenderer markdown = new MarkdownRenderer();
    /** The records of the last preview's files, so that the next preview parses only the files that changed. */
    private final PreviewReading previewReading = new PreviewReading();
    /** What the last successful preview made, for a next save that changes only prose; null before one. */
    private LastPreview lastPreview;
    /** Whether the last preview was made from the one before it, as a save that changed only prose. */
    private boolean lastPreviewOfProse;
    private final Progress progress;

    public Build() {
        this(Progress.none());
    }

    /** @param progress told as pages are rendered, for a long build's progress line */
    public Build(Progress progress) {
        this.progress = progress;
    }

    /** The content read and linked, ready to render. */
    private record Linked(int records, Graph graph) {
    }

    /**
     * What a build wrote to its sink, verified: its pages' addresses, the register they were checked
     * against, the site's addresses, and the pages kept from the previous site (null in a check).
     */
    private record Generated(List<String> pageAddresses, AddressRegister register, Addresses addresses, KeptPages kept) {
    }

    /**
     * Builds the public site: drafts and embargoed records left out, published addresses checked and
     * recorded. When nothing the site depends on has changed since the last build, it stops at once
     * and writes nothing; otherwise only files whose bytes changed are written. Files go to a staging
     * folder as they are rendered; the site is replaced only when everything is written and verified.
     */
    public BuildResult run(BuildOptions options) {
        long start = System.nanoTime();
        SiteWriter writer = new SiteWriter(options.output());
        Path hashesFile = InputHashes.fileFor(options.output());
        // Loaded on another core while the content folder is walked: at 10 000 cases each takes a tenth of a second.
        CompletableFuture<InputHashes> loading = CompletableFuture.supplyAsync(() -> InputHashes.load(hashesFile));
        InputFingerprint.Fingerprints fingerprints = InputFingerprint.of(options, loading::join);
        InputHashes hashes = loading.join();
        if (writer.lastInputs().filter(fingerprints.inputs()::equals).isPresent() && Files.isRegularFile(options.registerFile())) {
            hashes.save(hashesFile);
            return new BuildResult(0, 0, 0, 0, 0, List.of(), Duration.ofNanos(System.nanoTime() - start));
        }
        Problems problems = new Problems();
        StageTimer timer = StageTimer.fromEnvironment();
        Written site = write(options, writer, fingerprints.inputs(), fingerprints.themeAndProgram(), problems, timer);
        // The graph is let go of by now: the records saved below would otherwise be made beside it.
        site.generated().register().record(site.generated().pageAddresses());
        hashes.save(hashesFile);
        savePages(site.generated(), PageRecord.fileFor(options.output()));
        return new BuildResult(site.records(), site.generated().pageAddresses().size(), site.generated().kept().kept(),
                site.result().written(), site.result().unchanged(), problems.warnings(), Duration.ofNanos(System.nanoTime() - start));
    }

    /** What a build put in place: how many records it read, what it generated and how the commit went. */
    private record Written(int records, Generated generated, Transaction.Result result) {
    }

    /** Reads, renders and verifies the site into a transaction, and commits it if nothing was wrong. */
    private Written write(BuildOptions options, SiteWriter writer, String inputs, String themeAndProgram, Problems problems,
                          StageTimer timer) {
        // Loaded while the content is read: at 10 000 cases it is 20 MB.
        CompletableFuture<PageRecord> previousPages = CompletableFuture.supplyAsync(() -> PageRecord.load(PageRecord.fileFor(options.output())));
        // Begun before reading, so that the previous site is listed while the content is read.
        try (Transaction transaction = writer.begin()) {
            Linked linked = link(options, Publication.publicBuild(options.today()), problems, timer);
            Generated site = generate(linked, options, true, problems, transaction, timer,
                    (links, pages) -> new KeptPages(themeAndProgram, previousPages.join(), transaction, links, pages));
            problems.throwIfErrors();
            Transaction.Result written = transaction.commit(inputs);
            timer.lap("write");
            return new Written(linked.records(), site, written);
        }
    }

    /** A record that cannot be saved is removed: the next build then renders every page, as it must. */
    private static void savePages(Generated site, Path file) {
        try {
            site.kept().save(file, page -> site.addresses().fileFor(site.pageAddresses().get(page)));
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // An old record matches no page this build changed (PageRecord): it keeps nothing wrongly.
            }
        }
    }

    /**
     * Prepares the preview, drafts included: the content read (only files changed since the last
     * preview are parsed again) and linked, and the pages planned. Pages, data files and feeds are
     * made as they are asked for ({@link PreviewSite}), so that a save on a site of
     * thousands of cases is shown in a fraction of a second. The preview server swaps the whole
     * site at once, so a request never sees half a build.
     */
    public Preview preview(BuildOptions options) {
        return preview(options, Optional.empty());
    }

    /**
     * The preview, as {@link #preview(BuildOptions)} makes it, knowing which paths (absolute) alone
     * changed since the last preview, when a watcher of the folders knows that: only those are
     * looked at again, unless files were added or removed.
     */
    public Preview preview(BuildOptions options, Optional<Set<Path>> changed) {
        Problems problems = new Problems();
        StageTimer timer = StageTimer.fromEnvironment();
        LocalDate today = options.today();
        Publication publication = Publication.preview(today);
        Content content = previewReading.read(options.content(), publication, problems, changed);
        Map<Path, FileReading> readings = previewReading.readings();
        LastPreview last = lastPreview;
        // Kept again only when this preview succeeds: after an error, the next save links from scratch.
        lastPreview = null;
        lastPreviewOfProse = false;
        if (last != null && !problems.hasErrors()) {
            Optional<Map<Object, Object>> replaced = last.replacedBy(options, today, readings, previewReading.readAnewSince(last.readings()));
            if (replaced.isPresent()) {
                Optional<Preview> preview = previewOfProseEdit(options, content, readings, last, replaced.get(), problems, timer);
                if (preview.isPresent()) {
                    lastPreviewOfProse = true;
                    return preview.get();
                }
            }
        }
        problems.throwIfErrors();
        // Apart from the reading's, so that the next save, if it changes only prose, can take them as they are.
        Problems linking = new Problems();
        Linked linked = link(content, 0, publication, linking, timer);
        linking.sorted().forEach(problems::add);
        Planned planned = plan(linked.graph(), options, Set.of());
        timer.lap("plan");
        PreviewSite site = new PreviewSite(linked.graph(), planned, markdown, otherFiles(linked.graph(), planned));
        timer.lap("site");
        // Moves and withdrawals are checked as in a build; a preview has no register of published addresses.
        new AddressCheck(linked.graph().content(), planned.addresses(), AddressRegister.empty())
                .check(planned.plan().addresses(), site.notPages(), problems);
        problems.throwIfErrors();
        timer.lap("verify");
        lastPreview = new LastPreview(options, today, readings, linking.sorted(), site);
        return new Preview(planned.addresses().basePath(), site, problems);
    }

    /**
     * The preview of content that differs from the last preview's only in prose: the last graph's
     * records replaced, the last plan's pages made from them, the site's files named as then, the
     * link stage's warnings and the address checks' verdict as then. Empty if the theme's texts or
     * the other files' names changed.
     */
    private Optional<Preview> previewOfProseEdit(BuildOptions options, Content content, Map<Path, FileReading> readings,
                                                 LastPreview last, Map<Object, Object> replaced, Problems problems, StageTimer timer) {
        timer.lap("read");
        Graph graph = new Linker().relink(content, last.site().graph(), replaced);
        timer.lap("link");
        Planned before = last.site().planned();
        Theme theme = new Theme(options.theme());
        Map<String, String> messages = theme.messages();
        // The last plan's pages hold the theme's texts of then (in their breadcrumbs); the theme's templates are read anew.
        if (!messages.equals(before.messages())) {
            return Optional.empty();
        }
        Planned planned = new Planned(before.addresses(), theme, messages, new SiteRenderer(theme, markdown).replan(before.plan(), graph));
        timer.lap("plan");
        Map<String, Supplier<byte[]>> otherFiles = otherFiles(graph, planned);
        if (!otherFiles.keySet().equals(last.site().otherFileNames())) {
            return Optional.empty();
        }
        PreviewSite site = last.site().withSameFiles(graph, planned, otherFiles);
        last.linkProblems().forEach(problems::add);
        lastPreview = new LastPreview(options, last.today(), readings, last.linkProblems(), site);
        timer.lap("site");
        return Optional.of(new Preview(planned.addresses().basePath(), site, problems));
    }

    /** Whether the last preview was made from the one before, the content having changed only in prose. */
    boolean lastPreviewOfProse() {
        return lastPreviewOfProse;
    }

    /** How many content files the last preview parsed: those new or changed since the one before. */
    int previewParsed() {
        return previewReading.parsedLastTime();
    }

    /**
     * A preview: the site's base path, its files as they are asked for, and the content's warnings,
     * sorted only when asked for: sorting a large site's tens of thousands took longer than showing a save.
     */
    public record Preview(String basePath, PreviewSite site, Problems problems) {
        public List<Problem> warnings() {
            return problems.warnings();
        }

        public int warningCount() {
            return problems.warningCount();
        }
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

    /** Runs every check of a public build, rendering everything and writing nothing; returns every error and warning. */
    public List<Problem> check(BuildOptions options) {
        Problems problems = new Problems();
        try {
            StageTimer timer = StageTimer.fromEnvironment();
            Linked linked = link(options, Publication.publicBuild(options.today()), problems, timer);
            generate(linked, options, true, problems, FileSink.discard(), timer, null);
        } catch (ContentException e) {
            // Stopped between stages; everything found so far is in problems.
        }
        return problems.sorted();
    }

    /** Load → privacy → read → link; stops with every problem of the first stage that finds any. */
    private Linked link(BuildOptions options, Publication publication, Problems problems, StageTimer timer) {
        // Each file is scanned and read into its record on any core as soon as it is loaded, then
        // forgotten: the records keep what the site shows. Only adding them up is done in order.
        PrivacyGuard privacy = new PrivacyGuard();
        ContentReader.Reading reading = new ContentReader().begin(problems, publication);
        int files = new ContentLoader().load(options.content(), problems, source -> {
            privacy.scan(source, problems);
            return ContentReader.readFile(source, publication, problems);
        }, reading::add);
        return link(reading.finish(), files, publication, problems, timer);
    }

    private Linked link(Content content, int files, Publication publication, Problems problems, StageTimer timer) {
        timer.lap("read");
        problems.throwIfErrors();
        Graph graph = new Linker().link(content, problems);
        problems.throwIfErrors();
        new ContentWarnings(graph, publication.today()).report(problems);
        timer.lap("link");
        return new Linked(files, graph);
    }

    /**
     * Render → verify, file by file into the sink. Every file the site will have is known before
     * the first page is rendered, so that each page is checked as soon as it is rendered; a record's
     * data files are made just before its page, so that the texts they share are rendered once.
     */
    private Generated generate(Linked linked, BuildOptions options, boolean publicSite, Problems problems, FileSink sink,
                               StageTimer timer, BiFunction<LinkChecker, Integer, KeptPages> keeping) {
        Graph graph = linked.graph();
        Content content = graph.content();
        AddressRegister register = publicSite ? AddressRegister.load(options.registerFile()) : AddressRegister.empty();
        Planned planned = plan(graph, options, register.addresses());
        List<String> pageAddresses = planned.plan().addresses();
        timer.lap("plan");

        int parts = Parallel.parts();
        try (OpenDataGenerator.Run data = new OpenDataGenerator(markdown).begin(graph, planned.addresses(), sink, parts)) {
            RecordingSink files = new RecordingSink(sink);
            writeOtherFiles(graph, planned, files);
            Set<String> otherFiles = new HashSet<>(files.files());
            otherFiles.addAll(data.files());
            timer.lap("feeds");

            // Before any page is written: a page may not take the place of another file or of a published address.
            new AddressCheck(content, planned.addresses(), register).check(pageAddresses, otherFiles, problems);
            problems.throwIfErrors();
            timer.lap("verify");

            LinkChecker links = linkChecker(planned, otherFiles);
            KeptPages kept = keeping == null ? null : keeping.apply(links, pageAddresses.size());
            planned.plan().render(parts, data::recordsFor, page -> {
                links.check(page, problems);
                sink.write(page.file(), page.html());
            }, problems, progress, kept == null ? SiteRenderer.Reuse.none() : kept);
            data.finish();
            links.checkAnchorsOnOtherPages(problems);
            timer.lap("render");
            return new Generated(pageAddresses, register, planned.addresses(), kept);
        }
    }

    /** The site decided: its addresses, its theme and the theme's texts, and the plan of its pages. */
    record Planned(Addresses addresses, Theme theme, Map<String, String> messages, SiteRenderer.Plan plan) {
    }

    /** The plan of the site; {@code published} are the addresses it has published, of which it keeps its years' pages. */
    private Planned plan(Graph graph, BuildOptions options, Set<String> published) {
        Addresses addresses = new Addresses(graph.content().site().baseUrl());
        Theme theme = new Theme(options.theme());
        Map<String, String> messages = theme.messages();
        return new Planned(addresses, theme, messages, new SiteRenderer(theme, markdown).plan(graph, addresses, messages, published));
    }

    private static void writeOtherFiles(Graph graph, Planned planned, FileSink sink) {
        otherFiles(graph, planned).forEach((file, bytes) -> sink.write(file, bytes.get()));
    }

    /**
     * The files that are neither pages nor data, each made when asked for: the theme's own
     * (stylesheet, scripts), the feeds and the redirect maps.
     */
    static Map<String, Supplier<byte[]>> otherFiles(Graph graph, Planned planned) {
        Map<String, Supplier<byte[]>> files = new LinkedHashMap<>();
        planned.theme().staticFiles().forEach((file, bytes) -> files.put(file, () -> bytes));
        files.putAll(new FeedGenerator().feeds(graph, planned.addresses(), planned.messages(), planned.plan().addresses()));
        RedirectMaps.of(graph.content().moved()).forEach((file, bytes) -> files.put(file, () -> bytes));
        return files;
    }

    /** A checker of links to every file the site has: its pages and the other files named. */
    static LinkChecker linkChecker(Planned planned, Set<String> otherFiles) {
        Addresses addresses = planned.addresses();
        return new LinkChecker(addresses, Stream.concat(otherFiles.stream(), planned.plan().addresses().stream().map(addresses::fileFor)).toList());
    }
}
