package de.mosaik.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import de.mosaik.Fixtures;
import de.mosaik.networks.EventOffers;
import de.mosaik.networks.Networks;
import de.mosaik.registration.EventFixtures;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A training Duisburg offers to the Qualitätszirkel and Kreis Düren took in: on a phone, Kreis Düren's public
 * catalogue shows it marked "Angebot von …" in German and in Arabic (right to left), it leads to Duisburg's page,
 * and the registration there asks for the employing body.
 */
class SharedTrainingBrowserTest extends BrowserTest {

    @Autowired
    EventOffers offers;

    @Autowired
    Networks networks;

    private record Reading(String language, String marking, String direction) {}

    @Test
    void theAcceptingTenantsCatalogueShowsTheOfferAndRegistrationAsksForTheEmployer() {
        var fixtures = new Fixtures(jdbc, null);
        var duisburg = fixtures.tenantId("stadt-duisburg");
        var dueren = fixtures.tenantId("kreis-dueren");
        var circle = networks.bySlug("qualitaetszirkel").orElseThrow();
        var title = Fixtures.unique("Gemeinsame Fortbildung Antidiskriminierung");
        var event = new EventFixtures(jdbc).publishedEvent(duisburg, title, EventFixtures.Rules.seats(25));
        assertThat(offers.offer(duisburg, event, circle.id())).isTrue();
        var offer = offers.incoming(dueren).stream()
                .filter(o -> o.eventPath().endsWith("/" + event))
                .findFirst()
                .orElseThrow();
        assertThat(offers.answer(dueren, offer.offerId(), true)).isTrue();

        var phone = newContext("de-DE", 390, 844).newPage();
        for (var reading : List.of(new Reading("de", "Angebot von", "ltr"), new Reading("ar", "عرض مقدم من", "rtl"))) {
            visit(phone, "/kreis-dueren/veranstaltungen?lang=" + reading.language(), 200);
            assertThat(phone.locator("html").getAttribute("dir")).isEqualTo(reading.direction());
            var section = phone.locator("section[aria-labelledby='netzwerkangebote']");
            assertThat(section.innerText())
                    .contains(title, reading.marking(), "Kommunales Integrationszentrum Duisburg");
            fitsThePhone(phone, "catalogue in " + reading.language());
        }

        visit(phone, "/kreis-dueren/veranstaltungen?lang=de", 200);
        phone.locator("section[aria-labelledby='netzwerkangebote'] a", new Page.LocatorOptions().setHasText(title))
                .click();
        phone.waitForLoadState();
        assertAccessible(phone);
        assertThat(phone.url()).contains("/stadt-duisburg/veranstaltungen/" + event);

        visit(phone, "/stadt-duisburg/veranstaltungen/" + event + "/anmeldung", 200);
        fitsThePhone(phone, "registration form");
        var email = uniqueEmail("verwaltung");
        phone.locator("#givenName").fill("Leyla");
        phone.locator("#familyName").fill("Demir");
        phone.locator("#email").fill(email);
        phone.locator("#consent").check();
        phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Verbindlich anmelden"))
                .click();
        phone.waitForLoadState();
        // Without the employer nothing is registered, and what was typed stays.
        assertAccessible(phone);
        assertThat(phone.locator("main").innerText()).contains("Bitte wählen Sie Ihren Arbeitgeber.");
        assertThat(phone.url()).doesNotContain("/ergebnis");
        assertThat(phone.locator("#givenName").inputValue()).isEqualTo("Leyla");

        var body = networks.members(circle.id()).stream()
                .filter(m -> dueren.equals(m.tenantId()))
                .findFirst()
                .orElseThrow();
        phone.locator("#employer").selectOption(body.organisationId().toString());
        phone.locator("#consent").check();
        phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Verbindlich anmelden"))
                .click();
        phone.waitForLoadState();
        assertThat(phone.url()).contains("/ergebnis");
        assertAccessible(phone);
        assertThat(jdbc.sql("""
                        select e.organisation_id from networks.registration_employer e
                          join registration.registration r on r.id = e.registration_id
                         where r.event_id = ? and r.email = ?
                        """).params(event, email).query(UUID.class).single())
                .isEqualTo(body.organisationId());
    }

    private static void fitsThePhone(Page phone, String what) {
        assertThat((Boolean) phone.evaluate(
                        "() => document.documentElement.scrollWidth <= document.documentElement.clientWidth"))
                .as("no horizontal scrolling at 390 px: " + what)
                .isTrue();
    }
}
