package de.mosaik.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import de.mosaik.Fixtures;
import de.mosaik.certificates.CertificateScenario;
import de.mosaik.identity.IdentitySetup;
import de.mosaik.identity.Role;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Staff issue and revoke certificates; anyone checks one on the verification page, also in Arabic. */
class CertificatesBrowserTest extends BrowserTest {

    @Autowired
    IdentitySetup identity;

    @Test
    void staffIssueAndRevokeAndTheVerificationPageTellsValidFromRevoked() {
        var fixtures = new Fixtures(jdbc, identity);
        var tenant = fixtures.newTenant();
        var staff = fixtures.newAccount(tenant, Role.STAFF);
        var scenario = new CertificateScenario(jdbc, tenant.id(), "Fachtag Mehrsprachigkeit");
        var ayse = scenario.participant("Ayşe", "Yıldız", "de");
        var mohammed = scenario.participant("محمد", "الأحمد", "en");
        var olena = scenario.participant("Олена", "Коваленко", "de");
        for (var person : new CertificateScenario.Person[] {ayse, mohammed}) {
            scenario.attended(person, scenario.longSession);
            scenario.attended(person, scenario.shortSession);
        }
        scenario.attended(olena, scenario.longSession);
        var certificates = tenant.path("/veranstaltungen/" + scenario.eventId + "/bescheinigungen");

        logIn(page, staff, Fixtures.PASSWORD);
        visit(certificates);
        expect(page.locator("h1")).hasText("Teilnahmebescheinigungen: Fachtag Mehrsprachigkeit");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("An alle Berechtigten ausstellen (2)"))
                .click();
        expect(page.locator("#ausgestellt")).containsText("2 Bescheinigungen");
        assertAccessible(page);

        // Olena missed a session: only an explicit confirmation gives her a certificate.
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Bescheinigung für Олена Коваленко ausstellen"))
                .click();
        expect(page.locator("[role=alert]")).containsText("Bitte bestätigen Sie ausdrücklich");
        assertAccessible(page);
        page.getByLabel("Trotz nicht erfüllter Regel ausstellen (Олена Коваленко)")
                .check();
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Bescheinigung für Олена Коваленко ausstellen"))
                .click();
        expect(page.locator("[role=status]")).containsText("Die Bescheinigung wurde ausgestellt");
        assertAccessible(page);

        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Bescheinigung von Олена Коваленко widerrufen"))
                .click();
        assertAccessible(page);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Widerrufen"))
                .click();
        expect(page.locator("#fehler")).containsText("Bitte geben Sie einen Grund an.");
        assertAccessible(page);
        page.getByLabel("Grund des Widerrufs").fill("Nur am ersten Tag anwesend");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Widerrufen"))
                .click();
        expect(page.locator("[role=status]")).containsText("Die Bescheinigung wurde widerrufen.");
        assertAccessible(page);

        var valid = number(mohammed.registrationId(), false);
        var revoked = number(olena.registrationId(), true);
        var visitor = newContext("de-DE").newPage();
        visit(visitor, "/bescheinigungen/pruefen", 200);
        visitor.getByLabel("Nummer der Bescheinigung").fill(valid.toLowerCase());
        visitor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Prüfen"))
                .click();
        expect(visitor.locator("#ergebnis")).containsText("Diese Bescheinigung ist gültig.");
        expect(visitor.locator("main")).containsText("محمد الأحمد");
        expect(visitor.locator("main")).containsText("Fachtag Mehrsprachigkeit");
        expect(visitor.locator("main")).not().containsText("@example.org");
        assertAccessible(visitor);

        visit(visitor, "/bescheinigungen/" + revoked, 200);
        expect(visitor.locator("#ergebnis")).containsText("widerrufen");
        visit(visitor, "/bescheinigungen/MSK-2222-3333-4444", 404);
        expect(visitor.locator("#ergebnis")).containsText("Keine Bescheinigung gefunden");

        var arabic = newContext("ar").newPage();
        visit(arabic, "/bescheinigungen/pruefen?lang=ar", 200);
        expect(arabic.locator("html")).hasAttribute("dir", "rtl");
        arabic.getByLabel("رقم الشهادة").fill(valid);
        arabic.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("تحقق"))
                .click();
        expect(arabic.locator("#ergebnis")).containsText("هذه الشهادة صالحة.");
        assertAccessible(arabic);
        visit(arabic, "/bescheinigungen/" + revoked + "?lang=ar", 200);
        expect(arabic.locator("#ergebnis")).containsText("إلغاء");
    }

    private String number(UUID registrationId, boolean revoked) {
        return jdbc.sql(
                        "select number from certificates.certificate where registration_id = ? and (revoked_at is not null) = ?")
                .params(registrationId, revoked)
                .query(String.class)
                .single();
    }
}
