package se.insyn.build;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import se.insyn.render.PageKey;
import se.insyn.render.SiteRenderer;
import se.insyn.verify.LinkChecker;
import se.insyn.verify.LinkChecker.AnchorLink;
import se.insyn.write.Transaction;
import se.insyn.write.Transaction.FileBytes;

/**
 * Which pages a build keeps from the previous site instead of rendering them: those whose key is
 * the one recorded for them ({@link PageRecord}) and whose file is still as written. Only when
 * the new site has every file of the old one: a kept page's links were checked against the old
 * site's files, so none of them may have gone. Its ids and its links to anchors on other pages
 * are taken from the record into the link check.
 */
final class KeptPages implements SiteRenderer.Reuse {
    private final String themeAndProgram;
    /** Let go of before the record of this build is saved: on a large site it is megabytes. */
    private PageRecord previous;
    private final Transaction transaction;
    private final LinkChecker links;
    private final boolean mayKeep;
    /** Two per page of the plan: its key; a page without one has {@code keyed} false. */
    private final long[] keys;
    private final boolean[] keyed;
    private final AtomicInteger kept = new AtomicInteger();

    KeptPages(String themeAndProgram, PageRecord previous, Transaction transaction, LinkChecker links, int pages) {
        this.themeAndProgram = themeAndProgram;
        this.previous = previous;
        this.transaction = transaction;
        this.links = links;
        this.mayKeep = previous.size() > 0 && transaction.keepsEveryFile(links::hasFile);
        this.keys = new long[2 * pages];
        this.keyed = new boolean[pages];
    }

    @Override
    public String themeAndProgram() {
        return themeAndProgram;
    }

    @Override
    public boolean keep(int page, String file, PageKey key) {
        // Each page is told of once, on one thread; the render's end makes these visible to the record.
        keys[2 * page] = key.low();
        keys[2 * page + 1] = key.high();
        keyed[page] = true;
        int at = mayKeep ? previous.match(file, key) : -1;
        if (at < 0 || !transaction.keep(file, previous.bytes(at))) {
            return false;
        }
        links.keptPage(file, previous.ids(at), previous.anchors(at, file));
        kept.incrementAndGet();
        return true;
    }

    /** How many pages were kept, not rendered. */
    int kept() {
        return kept.get();
    }

    /** Saves the record of this build's pages, once every page is written or kept and checked; {@code files} names each page's file. */
    void save(Path file, IntFunction<String> files) throws IOException {
        previous = null;
        Map<String, List<AnchorLink>> anchors = links.anchorLinksByPage();
        PageRecord.save(file, keyed.length, files, page -> {
            String name = files.apply(page);
            FileBytes bytes = keyed[page] ? transaction.recorded(name) : null;
            return bytes == null ? null : new PageRecord.Page(name, new PageKey(keys[2 * page], keys[2 * page + 1]), bytes,
                    links.idsOf(name), anchors.getOrDefault(name, List.of()));
        });
    }
}
