package se.insyn.build;

import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;
import se.insyn.link.Graph;
import se.insyn.markdown.MarkdownRenderer;
import se.insyn.opendata.OpenDataGenerator;
import se.insyn.problem.ContentException;
import se.insyn.problem.Problems;
import se.insyn.render.RenderedPage;
import se.insyn.verify.LinkChecker;
import se.insyn.write.FileSink;

/**
 * One version of the preview's site, its files made as they are asked for and then kept: a page is
 * rendered and its links checked when it is first requested; a record's data file comes with the
 * rest of its case's; the files made of every record (the dataset, the CSV) are made whole on the
 * first request for one of them. A page is the same as in a build; only the links to anchors on
 * other pages are left to {@code insyn check} and {@code insyn build}, since those pages may never
 * be rendered here. Safe to ask from several threads.
 */
public final class PreviewSite {
    private final Graph graph;
    private final Build.Planned planned;
    private final MarkdownRenderer markdown;
    /** Every file made so far, by its path below the output folder. */
    private final Map<String, byte[]> made = new ConcurrentHashMap<>();
    /** Made when first asked for: a save is shown without it, since the browser asks for the page, not its data. */
    private OpenDataGenerator.Run recordData;
    private final Set<String> dataFiles;
    /** The files that are neither pages nor data (the feeds, the stylesheet), each made when first asked for. */
    private final Map<String, Supplier<byte[]>> otherFiles;
    /** The files that are not pages: the data files and the others. */
    private final Set<String> notPages;
    private final LinkChecker links;
    private final AtomicInteger pagesRendered = new AtomicInteger();
    private boolean allDataMade;

    PreviewSite(Graph graph, Build.Planned planned, MarkdownRenderer markdown, Map<String, Supplier<byte[]>> otherFiles) {
        this.graph = graph;
        this.planned = planned;
        this.markdown = markdown;
        this.otherFiles = otherFiles;
        this.dataFiles = recordData().files();
        this.notPages = new HashSet<>(otherFiles.keySet());
        notPages.addAll(dataFiles);
        this.links = Build.linkChecker(planned, notPages);
    }

    /** A version of the same files as {@code last}: the same pages, data files and other files, some with other text. */
    private PreviewSite(PreviewSite last, Graph graph, Build.Planned planned, Map<String, Supplier<byte[]>> otherFiles) {
        this.graph = graph;
        this.planned = planned;
        this.markdown = last.markdown;
        this.otherFiles = otherFiles;
        this.dataFiles = last.dataFiles;
        this.notPages = last.notPages;
        this.links = last.links.withSameFiles(planned.addresses());
    }

    /**
     * The next version of this site, when the content changed only in prose: its files have the
     * same names as this version's, so they are not named and indexed again.
     */
    PreviewSite withSameFiles(Graph graph, Build.Planned planned, Map<String, Supplier<byte[]>> otherFiles) {
        return new PreviewSite(this, graph, planned, otherFiles);
    }

    /** Its parts of the dataset stay empty: only single records' files are made with it (recordFilesWith). */
    private synchronized OpenDataGenerator.Run recordData() {
        if (recordData == null) {
            recordData = new OpenDataGenerator(markdown).begin(graph, planned.addresses(), made::put, 0);
        }
        return recordData;
    }

    /**
     * The file at this path below the output folder, made now if it was not yet; empty when the
     * site has no such file.
     *
     * @throws ContentException when the page cannot be rendered, or links to a page or file the site does not have
     */
    public Optional<byte[]> file(String file) {
        byte[] ready = made.get(file);
        if (ready != null) {
            return Optional.of(ready);
        }
        if (file.endsWith(".html")) {
            Problems problems = new Problems();
            Optional<RenderedPage> page = planned.plan().renderFile(file, problems);
            page.ifPresent(rendered -> links.check(rendered, problems));
            problems.throwIfErrors();
            if (page.isPresent()) {
                pagesRendered.incrementAndGet();
                made.put(file, page.get().html());
                return Optional.of(page.get().html());
            }
        }
        if (otherFiles.containsKey(file)) {
            made.computeIfAbsent(file, name -> otherFiles.get(name).get());
        } else if (dataFiles.contains(file) && !recordData().recordFilesWith(file)) {
            makeAllData();
        }
        return Optional.ofNullable(made.get(file));
    }

    /** The site's files that are not pages, by path below the output folder. */
    Set<String> notPages() {
        return notPages;
    }

    /** Every file of this version, by path below the output folder: its pages, then the other files. */
    Stream<String> files() {
        return Stream.concat(planned.plan().addresses().stream().map(planned.addresses()::fileFor), notPages.stream());
    }

    /** The linked content this version shows. */
    Graph graph() {
        return graph;
    }

    /** The names of this version's files that are neither pages nor data (the feeds, the theme's files). */
    Set<String> otherFileNames() {
        return otherFiles.keySet();
    }

    /** What this version's pages were planned with. */
    Build.Planned planned() {
        return planned;
    }

    /** How many pages the site has. */
    public int pageCount() {
        return planned.plan().addresses().size();
    }

    /** How many pages this version has rendered so far. */
    public int pagesRendered() {
        return pagesRendered.get();
    }

    /** The dataset, the CSV, the catalogue and the schemas, with every record's file: made once, as a build makes them. */
    private synchronized void makeAllData() {
        if (allDataMade) {
            return;
        }
        FileSink sink = made::put;
        try (OpenDataGenerator.Run all = new OpenDataGenerator(markdown).begin(graph, planned.addresses(), sink, 0)) {
            all.finish();
        }
        allDataMade = true;
    }
}
