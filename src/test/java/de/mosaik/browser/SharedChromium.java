package de.mosaik.browser;

import static org.assertj.core.api.Assertions.fail;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.PlaywrightException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One Debian Chromium for every browser test of a run. Starting Playwright's driver and Chromium
 * costs seconds; each test still gets fresh browser contexts (cookies, session), so sharing the
 * process shares no state between tests. The run's root store closes it when all tests are done;
 * should it have crashed, the next test class starts a new one.
 */
final class SharedChromium implements BeforeAllCallback {

    private static final List<String> CHROMIUM_ARGS = List.of(
            "--no-sandbox",
            "--headless",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--disable-quic");

    private static Running running;

    /** The browser launched before the current test class. */
    static Browser browser() {
        return running.browser;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        if (running != null && running.browser.isConnected()) {
            return;
        }
        if (running != null) {
            running.close();
        }
        running = Running.launch();
        context.getRoot()
                .getStore(ExtensionContext.Namespace.create(SharedChromium.class))
                .put(Running.class, running);
    }

    private record Running(Playwright playwright, Browser browser) implements AutoCloseable {

        static Running launch() {
            var chromium = Paths.get(System.getProperty("mosaik.chromium", "/usr/bin/chromium"));
            if (!Files.isExecutable(chromium)) {
                fail("Chromium not found at " + chromium + ". The browser tests need Debian's Chromium;"
                        + " install it with: apt-get install -y chromium"
                        + " (or point the system property mosaik.chromium at a Chromium binary).");
            }
            var playwright = Playwright.create(
                    new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            try {
                var browser = playwright
                        .chromium()
                        .launch(new BrowserType.LaunchOptions()
                                .setExecutablePath(chromium)
                                .setHeadless(true)
                                .setArgs(CHROMIUM_ARGS));
                return new Running(playwright, browser);
            } catch (PlaywrightException e) {
                playwright.close();
                return fail("Could not start Chromium at " + chromium + " (install it with: apt-get install -y"
                        + " chromium): " + e.getMessage());
            }
        }

        /** Closing twice (after a crash, then at the end of the run) does no harm. */
        @Override
        public void close() {
            try {
                browser.close();
            } catch (PlaywrightException gone) {
                // The browser had already gone away; the driver still has to be stopped.
            } finally {
                playwright.close();
            }
        }
    }
}
