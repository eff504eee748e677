package se.insyn.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.insyn.model.Origin;
import se.insyn.model.Recommendation;

/** A page's key changes with anything its template can read, and only with that. */
class PageKeyTest {
    private static final Map<String, Object> SHARED = Map.of("site", "Insyn", "t", Map.of("nav.home", "Start"));

    private static Recommendation recommendation(String text) {
        return new Recommendation(1, text, List.of("kommunstyrelsen"), new Origin(Path.of("granskningar/krn-2022-00009.md"), 12));
    }

    private static Page page(Object view) {
        return new Page("/granskningar/krn-2022-00009/rekommendation-1/", "recommendation.ftlh", "Rekommendation 1",
                List.of(new LinkView("/granskningar/", "Granskningar")), Map.of("recommendation", view, "long", "lång text ".repeat(100)));
    }

    private static PageKey key(PageKey.Keys keys, Page page) {
        return keys.of(page).orElseThrow();
    }

    @Test
    void equalPagesHaveOneKeyAndAnyChangeGivesAnother() {
        PageKey.Keys keys = PageKey.Keys.of("tema 1", SHARED, List.of());
        PageKey key = key(keys, page(recommendation("Genomför en översyn.")));

        assertEquals(key, key(PageKey.Keys.of("tema 1", SHARED, List.of()), page(recommendation("Genomför en översyn."))),
                "the same values in other instances, hashed by another build");
        assertNotEquals(key, key(keys, page(recommendation("Genomför en översyn!"))), "one character of the content");
        assertNotEquals(key, key(PageKey.Keys.of("tema 2", SHARED, List.of()), page(recommendation("Genomför en översyn."))),
                "another theme or program");
        assertNotEquals(key, key(PageKey.Keys.of("tema 1", Map.of("site", "Insyn 2", "t", Map.of("nav.home", "Start")), List.of()),
                page(recommendation("Genomför en översyn."))), "what every page shares");
        assertNotEquals(key, key(keys, page(List.of(recommendation("Genomför en översyn.")))), "the same record in a list is another value");
    }

    @Test
    void aRecordAndALongTextRememberedGiveTheKeyTheyGaveWhenFirstHashed() {
        Recommendation shared = recommendation("Genomför en översyn.");
        PageKey.Keys keys = PageKey.Keys.of("tema", SHARED, List.of());
        PageKey first = key(keys, page(shared));

        assertEquals(first, key(keys, page(shared)), "hashed from what the keys remember");
        assertEquals(first, key(PageKey.Keys.of("tema", SHARED, List.of()), page(shared)), "hashed anew");
    }

    @Test
    void aValueOfAnUnknownKindLeavesThePageWithoutAKey() {
        PageKey.Keys keys = PageKey.Keys.of("tema", SHARED, List.of());

        assertTrue(keys.of(page(new StringBuilder("föränderlig"))).isEmpty(), "a template could read what its hash would not show");
        assertNull(PageKey.Keys.of("tema", Map.of("site", new Object()), List.of()), "nothing every page shares may be unknown");
    }
}
