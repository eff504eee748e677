package se.insyn.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium driven by Selenium: Debian's {@code chromium} and {@code chromium-driver}, named by
 * their paths so that nothing (Selenium Manager, WebDriverManager) ever downloads a browser or driver.
 * One browser serves all browser tests of a run; JUnit closes it at the end. Viewports, colour scheme,
 * print media and zoom are set through the DevTools protocol, which gives exact CSS pixel sizes.
 */
public final class Browser implements ExtensionContext.Store.CloseableResource {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final String INSTALL_HINT = "install chromium and chromium-driver: apt-get install chromium chromium-driver";

    /** A browser window: its size in CSS pixels, device pixels per CSS pixel, and whether it is a phone. */
    public record Viewport(String name, int width, int height, double scale, boolean mobile) {
        public static final Viewport DESKTOP = new Viewport("1280", 1280, 900, 1, false);
        public static final Viewport MOBILE = new Viewport("320", 320, 720, 1, true);
        /** A 1280 px wide window zoomed to 200 %: 640 CSS pixels, each two device pixels wide. */
        public static final Viewport ZOOM_200 = new Viewport("zoom200", 640, 450, 2, false);
        /** About an A4 page's printable width. */
        public static final Viewport PAPER = new Viewport("print", 794, 1123, 1, false);

        @Override
        public String toString() {
            return name;
        }
    }

    private static final int STYLESHEET_ATTEMPTS = 3;

    private final Path profile;
    private final ChromeDriver driver;

    Browser() {
        try {
            profile = Files.createTempDirectory("insyn-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Belt and braces: with the driver named here, Selenium has no reason to look for one itself.
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--hide-scrollbars", "--window-size=1280,900", "--lang=sv-SE",
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString())).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30)).scriptTimeout(Duration.ofSeconds(30));
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** Opens a page in a viewport, in light or dark colour scheme, on screen or as printed. */
    public void open(String url, Viewport viewport, boolean dark, boolean print) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", viewport.width(),
                "height", viewport.height(), "deviceScaleFactor", viewport.scale(), "mobile", viewport.mobile()));
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", print ? "print" : "screen",
                "features", List.of(Map.of("name", "prefers-color-scheme", "value", dark ? "dark" : "light"),
                        Map.of("name", "prefers-reduced-motion", "value", "no-preference"))));
        driver.get(url);
        // A stylesheet lost on the way (seen once in CI) leaves an unstyled page that every layout check
        // would blame on the theme. Loading again tells a lost request from a stylesheet that is missing.
        List<?> unloaded = unloadedStylesheets();
        for (int attempt = 2; !unloaded.isEmpty(); attempt++) {
            if (attempt > STYLESHEET_ATTEMPTS) {
                throw new IllegalStateException(url + " has stylesheets that did not load in " + STYLESHEET_ATTEMPTS
                        + " attempts: " + unloaded);
            }
            System.err.println("Browser: " + url + " loaded without its stylesheets " + unloaded
                    + "; loading it again (attempt " + attempt + " of " + STYLESHEET_ATTEMPTS + ")");
            driver.navigate().refresh();
            unloaded = unloadedStylesheets();
        }
    }

    /** The addresses of the page's stylesheets that have no rules applied: missing, failed or empty. */
    List<?> unloadedStylesheets() {
        return (List<?>) script("return Array.from(document.querySelectorAll('link[rel=stylesheet]'))"
                + ".filter(l => !l.sheet || l.sheet.cssRules.length === 0).map(l => l.href)");
    }

    /** Asks the browser to prefer reduced motion from now on (until the next {@link #open}). */
    public void preferReducedMotion() {
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "screen",
                "features", List.of(Map.of("name", "prefers-reduced-motion", "value", "reduce"))));
    }

    public Object script(String javascript, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(javascript, args);
    }

    /** A PNG of the whole page, not only the part in the window (capped, so a very long page stays a sane file). */
    public byte[] fullPageScreenshot() {
        Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        @SuppressWarnings("unchecked")
        Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
        double width = ((Number) size.get("width")).doubleValue();
        double height = Math.min(((Number) size.get("height")).doubleValue(), 12000);
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                "captureBeyondViewport", true, "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
        return Base64.getDecoder().decode((String) shot.get("data"));
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> walk = Files.walk(profile)) {
                for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(path);
                }
            } catch (IOException e) {
                // Only a temporary profile is left behind; the tests' results do not depend on it.
            }
        }
    }
}
