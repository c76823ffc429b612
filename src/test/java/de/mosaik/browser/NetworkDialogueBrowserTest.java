package de.mosaik.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import de.mosaik.demo.DemoAccounts;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A delegate starts a discussion mentioning the coordinator, the coordinator replies, the delegate gets the
 * notification and unsubscribes through its link without login; the unsubscribe page works on a phone in German
 * and Arabic.
 */
class NetworkDialogueBrowserTest extends BrowserTest {

    private static final String DISCUSSIONS = "/netzwerke/qualitaetszirkel/diskussionen";
    private static final Pattern UNSUBSCRIBE =
            Pattern.compile("https?://[^/\\s]+(/benachrichtigungen/abbestellen/[A-Za-z0-9_-]+)");

    @Test
    void aDelegateStartsADiscussionGetsTheReplyByMailAndUnsubscribes() throws Exception {
        var title =
                "Sprachmittlung im Jobcenter " + UUID.randomUUID().toString().substring(0, 8);
        logIn(DemoAccounts.NETWORK_DELEGATE);
        visit(DISCUSSIONS);
        page.getByRole(
                        com.microsoft.playwright.options.AriaRole.LINK,
                        new com.microsoft.playwright.Page.GetByRoleOptions().setName("Neue Diskussion beginnen"))
                .click();
        assertAccessible(page);
        page.locator("#title").fill(title);
        page.locator("#topic").fill("Sprachmittlung");
        page.locator("#body").fill("Wie regeln Sie die Kosten? @[Miriam Weber], haben Sie Zahlen aus Stuttgart?");
        page.locator("main form button[type=submit]").click();
        page.waitForURL(url -> url.matches(".*/diskussionen/[0-9a-f-]{36}$"));
        assertAccessible(page);
        expect(page.locator("mark.discussion-mention")).hasText("@Miriam Weber");
        var thread = page.url().substring(page.url().indexOf("/netzwerke/"));

        var coordinator = newContext("de-DE").newPage();
        logIn(coordinator, DemoAccounts.NETWORK_COORDINATOR, DemoAccounts.PASSWORD);
        visit(coordinator, thread, 200);
        coordinator.locator("#body").fill("Ja, wir zahlen aus dem Integrationsbudget. Details beim Treffen.");
        coordinator.locator("form[action$='/antworten'] button[type=submit]").click();
        coordinator.waitForURL(url -> url.contains("#beitrag-"));
        assertAccessible(coordinator);
        expect(coordinator.locator("article").last()).containsText("Integrationsbudget");

        var mail = awaitMail(DemoAccounts.NETWORK_DELEGATE, title);
        assertThat(mail).contains("Miriam Weber").contains("Integrationsbudget");
        var link = UNSUBSCRIBE.matcher(mail);
        assertThat(link.find()).as("unsubscribe link in the mail").isTrue();
        var unsubscribe = link.group(1);

        // Arabic on a phone: the page only shows what the link unsubscribes.
        var arabic = newContext("ar", 390, 844).newPage();
        visit(arabic, unsubscribe + "?lang=ar", 200);
        assertThat(arabic.locator("html").getAttribute("dir")).isEqualTo("rtl");
        assertThat((Boolean) arabic.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))
                .isTrue();
        expect(arabic.locator("main")).containsText(title);

        var phone = newContext("de-DE", 390, 844).newPage();
        visit(phone, unsubscribe, 200);
        assertThat((Boolean) phone.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))
                .isTrue();
        phone.locator("main form button[type=submit]").click();
        expect(phone.locator("main")).containsText("Abbestellt.");
        assertAccessible(phone);

        visit(thread);
        expect(page.locator("main")).containsText("Sie erhalten keine Mails über neue Beiträge in dieser Diskussion.");
    }

    /** Waits for the mail to {@code recipient} whose subject names {@code subjectPart}; others may arrive first. */
    private static String awaitMail(String recipient, String subjectPart) throws Exception {
        var deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            for (MimeMessage message : SMTP.getReceivedMessagesForDomain(recipient)) {
                if (message.getAllRecipients()[0].toString().equalsIgnoreCase(recipient)
                        && message.getSubject() != null
                        && message.getSubject().contains(subjectPart)
                        && message.getSubject().startsWith("Neuer Beitrag")) {
                    return message.getContent().toString();
                }
            }
            Thread.sleep(200);
        }
        return fail("no mail to " + recipient + " about " + subjectPart + " arrived within 30 s");
    }
}
