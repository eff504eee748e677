package se.insyn.opendata;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import se.insyn.address.Addresses;
import se.insyn.build.Build;
import se.insyn.build.BuildOptions;
import se.insyn.link.Graph;
import se.insyn.markdown.MarkdownRenderer;
import se.insyn.render.SiteRenderer;
import se.insyn.render.Theme;

/**
 * The data files are made as the pages ask for them, in as many parts as the machine has cores
 * times eight: whatever the number of parts, and whether any page asks at all, every file is the
 * same, and every file named beforehand is made.
 */
class DatasetPartsTest {
    private static final Graph GRAPH = new Build().read(new BuildOptions(Path.of("content"), null, null));

    /** Every data file, made with the pages split into this many parts; no part when no page asks. */
    private static Map<String, byte[]> made(int parts, boolean pagesAsk) {
        Addresses addresses = new Addresses(GRAPH.content().site().baseUrl());
        MarkdownRenderer markdown = new MarkdownRenderer();
        Theme theme = new Theme(null);
        List<String> pages = new SiteRenderer(theme, markdown).plan(GRAPH, addresses, theme.messages(), java.util.Set.of()).addresses();
        Map<String, byte[]> files = new ConcurrentHashMap<>();
        try (OpenDataGenerator.Run data = new OpenDataGenerator(markdown).begin(GRAPH, addresses, files::put, parts)) {
            assertEquals(0, files.size(), "nothing is made before a page asks");
            if (pagesAsk) {
                for (int i = 0; i < pages.size(); i++) {
                    data.recordsFor(pages.get(i), (int) ((long) i * parts / pages.size()));
                }
            }
            data.finish();
            assertEquals(data.files(), files.keySet(), "the files named beforehand are the files made");
        }
        return files;
    }

    @Test
    void theDataFilesAreTheSameHoweverThePagesAreSplit() {
        Map<String, byte[]> one = made(1, true);
        for (Map<String, byte[]> other : List.of(made(7, true), made(64, true), made(3, false))) {
            assertEquals(one.keySet(), other.keySet());
            one.forEach((file, bytes) -> assertArrayEquals(bytes, other.get(file), file));
        }
    }
}
