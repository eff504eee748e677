package se.insyn.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.insyn.a11y.BuiltSite;
import se.insyn.browser.Browser.Viewport;

/**
 * axe-core's WCAG 2.0 and 2.1 level A and AA rules find nothing on any page type: on a desktop screen,
 * on a 320 px wide phone, and in the dark colour scheme (where every colour is different).
 */
@ExtendWith(BrowserExtension.class)
class AxeAccessibilityTest {
    private static final List<String> WCAG_A_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    static Stream<Arguments> pageTypes() {
        List<Arguments> runs = new ArrayList<>();
        for (Map.Entry<String, String> page : BuiltSite.readablePageTypes().entrySet()) {
            runs.add(Arguments.of(page.getKey(), page.getValue(), Viewport.DESKTOP, "light"));
            runs.add(Arguments.of(page.getKey(), page.getValue(), Viewport.MOBILE, "light"));
            runs.add(Arguments.of(page.getKey(), page.getValue(), Viewport.DESKTOP, "dark"));
        }
        return runs.stream();
    }

    @ParameterizedTest(name = "{0} at {2} px, {3}")
    @MethodSource("pageTypes")
    void noViolations(String template, String address, Viewport viewport, String scheme, Browser browser, SiteServer site) {
        browser.open(site.url(address), viewport, scheme.equals("dark"), false);
        Results results = new AxeBuilder().withTags(WCAG_A_AA).analyze(browser.driver());
        assertFalse(results.isErrored(), "axe could not run on /" + address + ": " + results.getErrorMessage());
        assertFalse(results.getPasses().isEmpty(), "axe checked nothing on /" + address);
        // What axe cannot decide alone (e.g. contrast over an unknown background) is listed for people to review.
        for (Rule rule : results.getIncomplete()) {
            System.out.println("axe needs review on /" + address + " at " + viewport + ", " + scheme + ": "
                    + describe(List.of(rule)).strip());
        }
        assertEquals("", describe(results.getViolations()), "axe found WCAG A/AA violations on /" + address
                + " (" + template + ") at " + viewport + " px, " + scheme);
    }

    /** The check must be able to fail: a page with typical mistakes gets the violations it deserves. */
    @Test
    void axeReportsViolations(Browser browser) {
        browser.open("data:text/html;charset=utf-8,<!DOCTYPE html><html><head><title>x</title></head><body>"
                + "<p style='color:%23aaa;background:%23fff'>Svag text</p><img src='x.png'><button></button></body></html>",
                Viewport.DESKTOP, false, false);
        List<String> found = new AxeBuilder().withTags(WCAG_A_AA).analyze(browser.driver()).getViolations().stream()
                .map(Rule::getId).toList();
        assertTrue(found.containsAll(List.of("color-contrast", "image-alt", "button-name", "html-has-lang")), found.toString());
    }

    /** The dark scheme is not just declared: the page really changes colour. */
    @Test
    void theDarkColourSchemeIsHonoured(Browser browser, SiteServer site) {
        browser.open(site.url(""), Viewport.DESKTOP, false, false);
        Object light = browser.script("return getComputedStyle(document.body).backgroundColor");
        browser.open(site.url(""), Viewport.DESKTOP, true, false);
        Object dark = browser.script("return getComputedStyle(document.body).backgroundColor");
        assertNotEquals(light, dark, "the body's background is the same in light and dark mode");
    }

    /** One line per failing element: the rule, its impact, what to fix, and where. */
    private static String describe(List<Rule> violations) {
        StringBuilder text = new StringBuilder();
        for (Rule rule : violations) {
            for (CheckedNode node : rule.getNodes()) {
                String html = node.getHtml() == null ? "" : node.getHtml();
                text.append('\n').append(rule.getId()).append(" (").append(rule.getImpact()).append("): ")
                        .append(rule.getHelp()).append(" at ").append(node.getTarget()).append(' ')
                        .append(html.length() > 160 ? html.substring(0, 160) + "…" : html)
                        .append(node.getFailureSummary() == null ? "" : " – " + node.getFailureSummary().replace('\n', ' '));
            }
        }
        return text.toString();
    }
}
