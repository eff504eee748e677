package se.insyn.browser;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/** A missing browser fails the browser tests with the way to install it (only the explicit switch skips them). */
class BrowserExtensionTest {

    @Test
    void aMissingBrowserIsAFailureThatSaysHowToInstallIt() {
        AssertionFailedError failure = assertThrows(AssertionFailedError.class,
                () -> BrowserExtension.requireBrowser(Path.of("/nonexistent/chromium"), Browser.CHROMEDRIVER));
        assertTrue(failure.getMessage().contains("install chromium and chromium-driver: apt-get install chromium chromium-driver"),
                failure.getMessage());
        assertTrue(failure.getMessage().contains("-Dinsyn.skipBrowserTests=true"), "it names the switch too");
        assertThrows(AssertionFailedError.class,
                () -> BrowserExtension.requireBrowser(Browser.CHROMIUM, Path.of("/nonexistent/chromedriver")));
    }
}
