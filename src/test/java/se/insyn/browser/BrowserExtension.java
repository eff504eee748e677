package se.insyn.browser;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import se.insyn.a11y.BuiltSite;

/**
 * Gives browser tests the shared {@link Browser} and {@link SiteServer}. Without a browser the tests
 * fail and say how to install one; {@code -Dinsyn.skipBrowserTests=true} skips them instead, visibly:
 * every browser test is reported as skipped, with the reason, for a quick local run. CI never sets it.
 */
public final class BrowserExtension implements ExecutionCondition, BeforeAllCallback, ParameterResolver {
    static final String SKIP_PROPERTY = "insyn.skipBrowserTests";
    static final String SKIP_REASON = "browser tests skipped on request with -D" + SKIP_PROPERTY
            + "=true: accessibility in the browser is NOT checked in this run";

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        // Each test method is disabled on its own, so that every one of them is counted as skipped.
        if (skipRequested() && context.getTestMethod().isPresent()) {
            return ConditionEvaluationResult.disabled(SKIP_REASON);
        }
        return ConditionEvaluationResult.enabled("browser tests run");
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        if (skipRequested()) {
            System.err.println("SKIPPED: " + context.getDisplayName() + ": " + SKIP_REASON);
            return;
        }
        requireBrowser(Browser.CHROMIUM, Browser.CHROMEDRIVER);
    }

    private static boolean skipRequested() {
        return Boolean.getBoolean(SKIP_PROPERTY);
    }

    /** Fails, saying how to install them, when the browser or its driver is missing. */
    static void requireBrowser(Path chromium, Path driver) {
        if (!Files.isExecutable(chromium) || !Files.isExecutable(driver)) {
            fail("the browser tests need " + chromium + " and " + driver + ", and at least one is missing: "
                    + Browser.INSTALL_HINT + " (or skip these tests on purpose with -D" + SKIP_PROPERTY + "=true)");
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == Browser.class || type == SiteServer.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        ExtensionContext.Store store = context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL);
        if (parameter.getParameter().getType() == Browser.class) {
            return store.getOrComputeIfAbsent(Browser.class, k -> new Browser(), Browser.class);
        }
        return store.getOrComputeIfAbsent(SiteServer.class, k -> new SiteServer(BuiltSite.root()), SiteServer.class);
    }
}
