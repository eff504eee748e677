package se.insyn.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.insyn.a11y.BuiltSite;
import se.insyn.browser.Browser.Viewport;

/**
 * Reflow (WCAG 1.4.10) and resize (1.4.4): no page scrolls sideways on a 320 px phone or at 200 % zoom;
 * wide tables scroll inside their own region instead. Print hides the menus. Screenshots of every page
 * type at 320 px, 1280 px and as printed are written to {@code target/screenshots/} for people to look at.
 */
@ExtendWith(BrowserExtension.class)
class ReflowAndPrintTest {
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String OVERFLOW = "return document.documentElement.scrollWidth - document.documentElement.clientWidth";

    @BeforeAll
    static void screenshotFolder() throws IOException {
        Files.createDirectories(SCREENSHOTS);
    }

    @Test
    void noPageScrollsSidewaysAt320PxOr200PercentZoom(Browser browser, SiteServer site) throws IOException {
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, String> page : BuiltSite.readablePageTypes().entrySet()) {
            for (Viewport viewport : List.of(Viewport.MOBILE, Viewport.ZOOM_200)) {
                browser.open(site.url(page.getValue()), viewport, false, false);
                long overflow = ((Number) browser.script(OVERFLOW)).longValue();
                if (overflow > 0) {
                    problems.add("/" + page.getValue() + " scrolls " + overflow + " px sideways at " + viewport);
                }
                if (viewport == Viewport.MOBILE) {
                    save(page.getKey(), viewport.name(), browser.fullPageScreenshot());
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void screenshotsAtDesktopWidthAndInPrint(Browser browser, SiteServer site) throws IOException {
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, String> page : BuiltSite.readablePageTypes().entrySet()) {
            browser.open(site.url(page.getValue()), Viewport.DESKTOP, false, false);
            save(page.getKey(), Viewport.DESKTOP.name(), browser.fullPageScreenshot());
            browser.open(site.url(page.getValue()), Viewport.PAPER, false, true);
            save(page.getKey(), "print", browser.fullPageScreenshot());
            Object shown = browser.script("""
                    return ['.skip-link', '.site-nav', '.breadcrumbs']
                        .filter(s => document.querySelector(s) && getComputedStyle(document.querySelector(s)).display !== 'none')""");
            if (!((List<?>) shown).isEmpty()) {
                problems.add("/" + page.getValue() + " prints its " + shown);
            }
            long overflow = ((Number) browser.script(OVERFLOW)).longValue();
            if (overflow > 0) {
                problems.add("/" + page.getValue() + " is " + overflow + " px wider than the paper");
            }
        }
        assertEquals(List.of(), problems);
        try (var files = Files.list(SCREENSHOTS)) {
            assertTrue(files.count() >= 3L * BuiltSite.readablePageTypes().size(), "a screenshot is missing in " + SCREENSHOTS);
        }
    }

    /** Reduced motion: nothing on the page moves when the reader has asked for less motion. */
    @Test
    void nothingMovesWhenReducedMotionIsPreferred(Browser browser, SiteServer site) {
        browser.open(site.url(BuiltSite.PAGE_TYPES.get("audit.ftlh")), Viewport.DESKTOP, false, false);
        browser.preferReducedMotion();
        Object moving = browser.script("""
                return Array.from(document.querySelectorAll('*')).filter(e => {
                  const s = getComputedStyle(e);
                  return s.animationName !== 'none' || s.transitionDuration.split(',').some(d => parseFloat(d) > 0)
                      || s.scrollBehavior === 'smooth';
                }).map(e => e.tagName + '.' + e.className)""");
        assertEquals(List.of(), moving);
    }

    private static void save(String template, String variant, byte[] png) throws IOException {
        Files.write(SCREENSHOTS.resolve(template.replace(".ftlh", "") + "-" + variant + ".png"), png);
    }
}
