package de.mosaik.browser;

import static org.assertj.core.api.Assertions.assertThat;

import de.mosaik.Fixtures;
import de.mosaik.feedback.FeedbackFixtures;
import de.mosaik.identity.IdentitySetup;
import de.mosaik.identity.Role;
import de.mosaik.privacy.RetentionPeriods;
import de.mosaik.privacy.domain.RetentionService;
import de.mosaik.privacy.domain.RetentionSettingsService;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The tenant administrator sets the retention periods and decides an archive offer; visitors read the periods. */
class RetentionBrowserTest extends BrowserTest {

    @Autowired
    IdentitySetup identity;

    @Autowired
    RetentionSettingsService desk;

    @Autowired
    RetentionService retention;

    @Test
    void theAdministratorSetsPeriodsAndDecidesAnArchiveOffer() {
        var fixtures = new Fixtures(jdbc, identity);
        var tenant = fixtures.newTenant();
        var admin = fixtures.newAccount(tenant, Role.TENANT_ADMIN);
        desk.save(tenant.id(), new RetentionPeriods(24, 10, 12, 90, 24, true, 30), 0);
        var feedback = new FeedbackFixtures(jdbc);
        var end = Instant.now().minus(Duration.ofDays(800));
        var event = feedback.event(tenant.id(), "Fachtag Erinnerungskultur", end.minus(Duration.ofHours(6)));
        jdbc.sql("update events.event set status = 'HELD', last_ends_at = ? where id = ?")
                .params(Timestamp.from(end), event)
                .update();
        feedback.register(tenant.id(), event, "CONFIRMED", FeedbackFixtures.email("archiv"), "de");
        retention.run(tenant.id(), Instant.now());

        logIn(page, admin, Fixtures.PASSWORD);
        page.locator("nav a", new com.microsoft.playwright.Page.LocatorOptions().setHasText("Datenschutz"))
                .first()
                .click();
        page.waitForURL(url -> url.endsWith("/datenschutz/fristen"));
        assertAccessible(page);
        expect(page.locator("h1")).hasText("Speicherfristen");

        page.locator("#registrationMonths").fill("500");
        page.locator("main form button[type=submit]").click();
        expect(page.locator("#fehler")).containsText("ganze Zahl von 1 bis 120 Monaten");
        expect(page.locator("#registrationMonths")).hasValue("500");
        assertAccessible(page);
        page.locator("#registrationMonths").fill("36");
        page.locator("main form button[type=submit]").click();
        expect(page.locator("[role=status]")).containsText("Die Speicherfristen sind gespeichert.");
        assertAccessible(page);
        assertThat(desk.periodsOf(tenant.id()).registrationMonths()).isEqualTo(36);

        page.locator(
                        "main a",
                        new com.microsoft.playwright.Page.LocatorOptions().setHasText("Zu den Angeboten an das Archiv"))
                .click();
        page.waitForURL(url -> url.endsWith("/datenschutz/archiv"));
        assertAccessible(page);
        expect(page.locator("main table").first()).containsText("Fachtag Erinnerungskultur");
        page.locator(
                        "main button",
                        new com.microsoft.playwright.Page.LocatorOptions().setHasText("Ins Archiv übernommen"))
                .click();
        expect(page.locator("[role=status]")).containsText("Die Entscheidung ist festgehalten.");
        expect(page.locator("main")).containsText("Zurzeit wartet kein Angebot auf eine Entscheidung.");
        assertAccessible(page);
    }

    @Test
    void visitorsReadThePeriodsOnThePrivacyPage() {
        visit("/kreis-dueren/datenschutz");
        expect(page.locator("#speicherdauer")).hasText("Speicherdauer");

        var arabic = newContext("ar").newPage();
        visit(arabic, "/kreis-dueren/datenschutz?lang=ar", 200);
        assertThat(arabic.locator("html").getAttribute("dir")).isEqualTo("rtl");
        expect(arabic.locator("#speicherdauer")).hasText("مدة حفظ البيانات");
    }
}
