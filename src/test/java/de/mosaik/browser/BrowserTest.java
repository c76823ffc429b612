package de.mosaik.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PageAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import de.mosaik.IntegrationTest;
import de.mosaik.demo.DemoAccounts;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Base of tests that drive the running application with Debian's Chromium through Playwright.
 * One browser for the whole run ({@link SharedChromium}), a fresh context (cookies, session) per
 * test. Every page a test reaches must pass axe-core's WCAG 2.1 A/AA rules;
 * {@link #assertAccessible(Page)} checks one, and after each test it is verified that no loaded page
 * went unchecked.
 *
 * <p>Tagged {@code browser}: these tests run under Failsafe in {@code ./mvnw verify}, not in
 * {@code ./mvnw test} (README, "Test it"; the budget rule is in CONTRIBUTING.md).
 */
@Tag("browser")
@ExtendWith(SharedChromium.class)
public abstract class BrowserTest extends IntegrationTest {

    static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    static final Path SCREENSHOTS = Paths.get("target", "screenshots");

    private final List<BrowserContext> contexts = new ArrayList<>();
    private final List<PageLoad> loads = new ArrayList<>();

    /** The context and page of the test; more can be opened with {@link #newContext(String)}. */
    protected BrowserContext context;

    protected Page page;

    @BeforeEach
    void openContext() {
        context = newContext("de-DE");
        page = context.newPage();
    }

    @AfterEach
    void closeContexts() {
        try {
            var unchecked = loads.stream()
                    .filter(load -> !load.checked && load.url.startsWith("http"))
                    .map(load -> load.url)
                    .toList();
            assertThat(unchecked)
                    .as("pages loaded without an accessibility check (call assertAccessible on each)")
                    .isEmpty();
        } finally {
            contexts.forEach(BrowserContext::close);
            contexts.clear();
            loads.clear();
        }
    }

    /** A fresh browser context (own cookies and session) whose browser prefers {@code locale}. */
    protected BrowserContext newContext(String locale) {
        return newContext(locale, 1280, 800);
    }

    /** A fresh browser context with the given window size, e.g. a phone's. */
    protected BrowserContext newContext(String locale, int width, int height) {
        var created = SharedChromium.browser()
                .newContext(new Browser.NewContextOptions()
                        .setLocale(locale)
                        .setBaseURL(url(""))
                        .setViewportSize(width, height));
        created.setDefaultTimeout(20_000);
        created.onPage(opened -> opened.onLoad(loaded -> loads.add(new PageLoad(loaded, loaded.url()))));
        contexts.add(created);
        return created;
    }

    /** Opens {@code path}, expects {@code status} and checks the page with axe. */
    protected Response visit(Page target, String path, int status) {
        var response = target.navigate(path);
        assertThat(response).as("response for " + path).isNotNull();
        assertThat(response.status()).as("HTTP status of " + path).isEqualTo(status);
        assertAccessible(target);
        return response;
    }

    protected Response visit(String path) {
        return visit(page, path, 200);
    }

    /**
     * Runs axe-core with the WCAG 2.1 A and AA rules on the page as it is now and fails with every
     * violation: rule, impact, the elements concerned.
     */
    protected void assertAccessible(Page target) {
        target.waitForLoadState();
        var results = new AxeBuilder(target)
                .options(violationsOnly())
                .withTags(WCAG_TAGS)
                // One axe.run in the page (axe is injected into its frames too; ours have none). The
                // default mode injects axe once more and opens a second browser page on every check
                // to merge results of cross-origin frames, which Mosaik does not embed.
                .setLegacyMode(true)
                .analyze();
        if (results.isErrored()) {
            fail("axe-core failed on " + target.url() + ": " + results.getErrorMessage());
        }
        var violations = results.getViolations();
        if (!violations.isEmpty()) {
            fail("Accessibility violations on " + target.url() + ":\n"
                    + violations.stream().map(BrowserTest::describe).collect(Collectors.joining("\n")));
        }
        markChecked(target);
    }

    private void markChecked(Page target) {
        for (int i = loads.size() - 1; i >= 0; i--) {
            if (loads.get(i).page == target) {
                loads.get(i).checked = true;
                return;
            }
        }
    }

    /**
     * Violations in full; of passed and inapplicable rules axe reports one element each instead of
     * every element, which the tests never read and which cost time to collect and send.
     */
    private static AxeRunOptions violationsOnly() {
        var options = new AxeRunOptions();
        options.setResultTypes(List.of("violations"));
        return options;
    }

    private static String describe(Rule rule) {
        var nodes = rule.getNodes().stream()
                .map(node -> "      " + node.getTarget() + "  " + abbreviate(node.getHtml()))
                .collect(Collectors.joining("\n"));
        return "  - " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + "\n" + nodes;
    }

    private static String abbreviate(String html) {
        var flat = html == null ? "" : html.replaceAll("\\s+", " ");
        return flat.length() <= 160 ? flat : flat.substring(0, 160) + "…";
    }

    /** Signs in through the login form and checks the page the user lands on. */
    protected void logIn(Page target, String email, String password) {
        visit(target, "/anmelden", 200);
        target.locator("#email").fill(email);
        target.locator("#password").fill(password);
        target.locator("main form[action='/anmelden'] button[type=submit]").click();
        target.waitForURL(url -> !url.contains("/anmelden"));
        assertAccessible(target);
    }

    protected void logIn(String email) {
        logIn(page, email, DemoAccounts.PASSWORD);
    }

    protected void logOut(Page target) {
        target.locator("header form[action='/abmelden'] button").click();
        target.waitForURL(url -> url.contains("/anmelden?abgemeldet"));
        assertAccessible(target);
    }

    /** An address nobody else in this test run uses; the database is shared by all tests. */
    protected static String uniqueEmail(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@browser-test.example";
    }

    /** Waits for the first mail to {@code recipient} and returns its plain-text body. */
    protected static String awaitMailTo(String recipient) throws Exception {
        var deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (Instant.now().isBefore(deadline)) {
            for (MimeMessage message : SMTP.getReceivedMessagesForDomain(recipient)) {
                if (message.getAllRecipients()[0].toString().equalsIgnoreCase(recipient)) {
                    return message.getContent().toString();
                }
            }
            Thread.sleep(200);
        }
        return fail("no mail to " + recipient + " arrived within 20 s");
    }

    /** Playwright's waiting assertions, named apart from AssertJ's {@code assertThat}. */
    protected static LocatorAssertions expect(Locator locator) {
        return PlaywrightAssertions.assertThat(locator);
    }

    protected static PageAssertions expect(Page target) {
        return PlaywrightAssertions.assertThat(target);
    }

    protected static Path screenshot(Page target, String name) throws Exception {
        Files.createDirectories(SCREENSHOTS);
        var file = SCREENSHOTS.resolve(name + ".png");
        target.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        return file;
    }

    private static final class PageLoad {
        final Page page;
        final String url;
        boolean checked;

        PageLoad(Page page, String url) {
            this.page = page;
            this.url = url;
        }
    }
}
