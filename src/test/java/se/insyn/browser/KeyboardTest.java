package se.insyn.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import se.insyn.a11y.BuiltSite;
import se.insyn.browser.Browser.Viewport;

/**
 * A keyboard user on a recommendation page: the skip link comes first and works, the Tab key reaches
 * every link and control once, in order, and wherever focus is, it can be seen.
 */
@ExtendWith(BrowserExtension.class)
class KeyboardTest {
    private static final String PAGE = BuiltSite.PAGE_TYPES.get("recommendation.ftlh");

    /** Every element the Tab key should reach, in document order, as an identifying description. */
    private static final String FOCUSABLE = """
            const all = document.querySelectorAll('a[href], button, input, select, textarea, summary, [tabindex]');
            return Array.from(all).filter(e => e.tabIndex >= 0 && !e.disabled && e.getClientRects().length > 0
                    && getComputedStyle(e).visibility !== 'hidden').map(e => window.describe(e));
            """;

    /** Installs a helper that names an element by its path in the document, so that two links with one text differ. */
    private static final String DESCRIBE = """
            window.describe = e => {
              const path = [];
              for (let n = e; n && n.nodeType === 1; n = n.parentElement) {
                path.unshift(n.tagName.toLowerCase() + ':' + Array.prototype.indexOf.call(n.parentElement ? n.parentElement.children : [n], n));
              }
              return path.join('/') + ' "' + (e.textContent || '').trim().slice(0, 40) + '"';
            };
            """;

    /** What the focused element looks like: whether its focus indicator is visible, and whether it is in the window. */
    private static final String FOCUS_STATE = """
            const e = document.activeElement;
            const s = getComputedStyle(e);
            const r = e.getBoundingClientRect();
            const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;
            return {
              element: window.describe(e),
              visibleFocus: outline || s.boxShadow !== 'none',
              inView: r.bottom > 0 && r.top < window.innerHeight && r.right > 0 && r.left < window.innerWidth
            };
            """;

    @Test
    void tabReachesEveryLinkAndControlOnceWithVisibleFocusStartingWithTheSkipLink(Browser browser, SiteServer site) {
        browser.open(site.url(PAGE), Viewport.DESKTOP, false, false);
        browser.script(DESCRIBE);
        @SuppressWarnings("unchecked")
        List<String> expected = (List<String>) browser.script(FOCUSABLE);
        assertTrue(expected.size() > 20, "the page has only " + expected.size() + " focusable elements: " + expected);

        List<String> visited = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < expected.size() + 5; i++) {
            new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
            @SuppressWarnings("unchecked")
            Map<String, Object> state = (Map<String, Object>) browser.script(FOCUS_STATE);
            String element = (String) state.get("element");
            if (!visited.isEmpty() && element.equals(visited.get(0)) || element.startsWith("html:0/body")
                    && element.split("/").length == 2) {
                break;
            }
            visited.add(element);
            if (!Boolean.TRUE.equals(state.get("visibleFocus"))) {
                problems.add("no visible focus on " + element);
            }
            if (!Boolean.TRUE.equals(state.get("inView"))) {
                problems.add("focused element outside the window: " + element);
            }
        }
        assertTrue(visited.get(0).contains("a:") && visited.get(0).contains("Hoppa till innehållet"),
                "the skip link is the first stop of the Tab key, not " + visited.get(0));
        assertEquals(expected, visited, "Tab visits every link and control once, in document order");
        Set<String> once = new LinkedHashSet<>(visited);
        assertEquals(visited.size(), once.size(), "no element is visited twice");
        assertEquals(List.of(), problems);
    }

    @Test
    void theSkipLinkMovesTheKeyboardIntoTheMainContent(Browser browser, SiteServer site) {
        browser.open(site.url(PAGE), Viewport.DESKTOP, false, false);
        browser.script(DESCRIBE);
        new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
        Object skipTop = browser.script("return document.activeElement.getBoundingClientRect().top");
        assertTrue(((Number) skipTop).doubleValue() >= 0, "the focused skip link is shown in the window");
        new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();
        new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
        Object inMain = browser.script("return document.getElementById('main').contains(document.activeElement)");
        assertEquals(Boolean.TRUE, inMain, "after the skip link, Tab goes on inside <main>, not through the menu: "
                + browser.script("return window.describe(document.activeElement)"));
    }
}
