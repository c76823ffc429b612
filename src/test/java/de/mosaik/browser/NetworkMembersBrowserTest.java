package de.mosaik.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The coordination invites an external person into the network, who sets a password from the mailed link and
 * finds the network after signing in; the public profile "who is in it" on a phone, in German and Arabic.
 */
class NetworkMembersBrowserTest extends BrowserTest {

    private static final String NETWORK = "Kommunaler Qualitätszirkel zur Integrationspolitik";

    @AfterEach
    void removeTheInvitedPeople() {
        jdbc.sql("delete from identity.account where email like '%@browser-test.example' and role = 'EXTERNAL'")
                .update();
    }

    @Test
    void theCoordinationInvitesAnExternalDelegateWhoFindsTheNetwork() throws Exception {
        logIn("koordination@stuttgart.demo");
        expect(page).hasURL(Pattern.compile("/netzwerke$"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(NETWORK))
                .click();
        expect(page).hasURL(Pattern.compile("/netzwerke/qualitaetszirkel$"));
        assertAccessible(page);
        page.locator("nav.event-tabs")
                .getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Mitglieder"))
                .click();
        expect(page).hasURL(Pattern.compile("/netzwerke/qualitaetszirkel/mitglieder$"));
        assertAccessible(page);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Stadt Augsburg bearbeiten"))
                .click();
        expect(page.locator("h1")).hasText("Stadt Augsburg");
        assertAccessible(page);

        var invite = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Einladen"));
        page.locator("#email").fill("keine-adresse");
        invite.click();
        expect(page.locator("#fehler")).isVisible();
        expect(page.locator("#email-error")).containsText("gültige E-Mail-Adresse");
        expect(page.locator("#email")).hasValue("keine-adresse");
        assertAccessible(page);

        var email = uniqueEmail("netzwerk");
        page.locator("#email").fill(email);
        page.locator("#displayName").fill("Jana Extern");
        invite.click();
        expect(page.locator("[role=status]")).containsText("Die Einladung wurde verschickt.");
        expect(page.locator("main")).containsText("Jana Extern");
        assertAccessible(page);

        var body = awaitMailTo(email);
        var link = Pattern.compile("https?://\\S+(/einladung/[A-Za-z0-9_-]+)").matcher(body);
        assertThat(link.find()).as("invitation link in:\n" + body).isTrue();
        assertThat(body).contains(NETWORK);

        var invitee = newContext("de-DE").newPage();
        visit(invitee, link.group(1), 200);
        expect(invitee.locator("main")).containsText(email);
        var password = "Netzwerk-Treffen-2026";
        invitee.locator("#password").fill(password);
        invitee.locator("#confirmation").fill(password);
        invitee.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Konto einrichten"))
                .click();
        expect(invitee).hasURL(Pattern.compile("/anmelden$"));
        assertAccessible(invitee);
        logIn(invitee, email, password);
        expect(invitee).hasURL(Pattern.compile("/netzwerke$"));
        expect(invitee.locator("main")).containsText(NETWORK);
        expect(invitee.locator("main")).containsText("Delegierte*r");
        // The person has no back office of any tenant.
        var refused = invitee.navigate("/verwaltung/kreis-dueren");
        assertThat(refused.status()).isEqualTo(403);
        assertAccessible(invitee);
    }

    @Test
    void thePublicProfileFitsAPhoneInGermanAndArabic() {
        var phone = newContext("de-DE", 390, 844).newPage();
        visit(phone, "/netzwerk/qualitaetszirkel", 200);
        expect(phone.locator("h1")).hasText(NETWORK);
        expect(phone.locator("main")).containsText("Wer gehört dazu?");
        expect(phone.locator("main")).containsText("Landeshauptstadt München");
        assertFits(phone);

        visit(phone, "/netzwerk/qualitaetszirkel?lang=ar", 200);
        expect(phone.locator("html")).hasAttribute("dir", "rtl");
        expect(phone.locator("main")).containsText("من هم الأعضاء؟");
        // The description has a published Arabic translation (demo data): shown in the page's language.
        expect(phone.locator(".rich-text")).containsText("يضمّ فريق العمل هذا");
        expect(phone.locator(".rich-text[lang=de]")).hasCount(0);
        assertFits(phone);

        // It has no Ukrainian one: the German is shown and marked as German.
        visit(phone, "/netzwerk/qualitaetszirkel?lang=uk", 200);
        expect(phone.locator(".rich-text[lang=de]")).containsText("Der bundesweite Arbeitskreis");
        assertFits(phone);
    }

    private static void assertFits(Page target) {
        assertThat((Boolean) target.evaluate(
                        "() => document.documentElement.scrollWidth <= document.documentElement.clientWidth"))
                .as("no sideways scrolling at 390 px on " + target.url())
                .isTrue();
    }
}
