package de.mosaik.browser;

import de.mosaik.Fixtures;
import de.mosaik.certificates.CertificateScenario;
import de.mosaik.identity.IdentitySetup;
import de.mosaik.identity.Role;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Staff find a person, look at them, prepare a merge and an erasure; every page passes axe. */
class PersonsBrowserTest extends BrowserTest {

    @Autowired
    IdentitySetup identity;

    @Test
    void staffFindMergeAndEraseAPerson() {
        var fixtures = new Fixtures(jdbc, identity);
        var tenant = fixtures.newTenant();
        var staff = fixtures.newAccount(tenant, Role.STAFF);
        var event = new CertificateScenario(jdbc, tenant.id(), "Fachtag Sprachmittlung");
        var school = uniqueEmail("schule");
        var home = uniqueEmail("privat");
        register(tenant.id(), event, "Hanna", "Berg", school);
        register(tenant.id(), event, "Hanna", "Berg-Öztürk", home);

        logIn(page, staff, Fixtures.PASSWORD);
        visit(tenant.path("/personen"));
        expect(page.locator("h1")).hasText("Personen");
        assertAccessible(page);

        page.locator("#q").fill("Berg-Öztürk");
        page.locator("form[role=search] button[type=submit]").click();
        expect(page.locator("table caption")).containsText("Personen (1)");
        assertAccessible(page);
        page.locator("table a.kern-link").first().click();
        expect(page.locator("h1")).hasText("Person: Hanna Berg-Öztürk");
        assertAccessible(page);

        page.locator("main a:has-text('Mit einer anderen Person zusammenführen')")
                .click();
        assertAccessible(page);
        page.locator("#q").fill(school);
        page.locator("form[role=search] button[type=submit]").click();
        expect(page.locator("table caption")).containsText("(1)");
        assertAccessible(page);
        page.locator("table a.kern-link").first().click();
        expect(page.locator("h1")).hasText("Zusammenführen prüfen");
        expect(page.locator("main")).containsText("Berichte zählen 1 statt 2 Personen");
        expect(page.locator("main [role=alert]")).containsText("dieselbe Veranstaltung");
        assertAccessible(page);
        page.locator("main form button[type=submit]").click();
        expect(page.locator("main")).containsText("Die Personen wurden zusammengeführt.");
        assertAccessible(page);

        page.locator("main a:has-text('Person jetzt löschen')").click();
        expect(page.locator("main")).containsText("Register der Teilnahmebescheinigungen");
        assertAccessible(page);
        page.locator("#reason").fill("Antrag der Person per E-Mail");
        page.locator("main form button[type=submit]").click();
        expect(page.locator("main")).containsText("Die Person wurde gelöscht.");
        assertAccessible(page);
    }

    private void register(UUID tenantId, CertificateScenario event, String given, String family, String email) {
        jdbc.sql("""
                        insert into registration.registration (id, tenant_id, event_id, status, given_name, family_name,
                            email, email_normalized, consent_text, consent_version, consented_at, locale, source,
                            idempotency_key, manage_token, email_confirmed)
                        values (?, ?, ?, 'CONFIRMED', ?, ?, ?, lower(?), 'Einwilligung', 1, now(), 'de', 'STAFF', ?, ?, true)
                        """)
                .params(
                        UUID.randomUUID(),
                        tenantId,
                        event.eventId,
                        given,
                        family,
                        email,
                        email,
                        UUID.randomUUID().toString(),
                        (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", ""))
                .update();
    }
}
