package de.mosaik.registration.web;

import static org.assertj.core.api.Assertions.assertThat;

import de.mosaik.IntegrationTest;
import de.mosaik.Mails;
import de.mosaik.WebSession;
import de.mosaik.registration.EventFixtures;
import de.mosaik.registration.domain.Applicant;
import de.mosaik.registration.domain.RegistrationService;
import de.mosaik.registration.domain.Source;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The personal page behind the mailed link: looking changes nothing, its buttons confirm and cancel. */
class PersonalPageTests extends IntegrationTest {

    @Autowired
    RegistrationService registrar;

    PublicEvents events;
    WebSession visitor;

    @BeforeEach
    void setUp() {
        events = new PublicEvents(jdbc);
        visitor = new WebSession(port);
    }

    @Test
    void openingTheLinkChangesNothingAndKeepsTheAddressPrivate() {
        var event = events.event("Fachtag Schule", EventFixtures.Rules.seats(10).withConfirmation());
        events.online(event, "https://konferenz.example/raum-42");
        var email = register(event, "pruefer", "de");
        var path = personalPath(events.tokenOf(email, event));

        var first = visitor.get(path);
        var second = visitor.get(path);

        assertThat(first.status()).isEqualTo(200);
        assertThat(second.body()).contains("Bestätigung der E-Mail-Adresse ausstehend", "Anmeldung bestätigen");
        assertThat(events.statusOf(email, event)).isEqualTo("PENDING_CONFIRMATION");
        assertThat(first.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
        assertThat(first.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(first.headers().firstValue("X-Robots-Tag"))
                .hasValueSatisfying(v -> assertThat(v).contains("noindex"));
        assertThat(first.body()).doesNotContain("konferenz.example");
    }

    @Test
    void theConfirmButtonConfirmsAndThenShowsTheOnlineLink() {
        var event =
                events.event("Online-Schulung", EventFixtures.Rules.seats(10).withConfirmation());
        events.online(event, "https://konferenz.example/raum-7");
        var email = register(event, "bestaetigt", "en");
        var path = personalPath(events.tokenOf(email, event));
        visitor.get(path);

        var confirmed = visitor.post(path + "/bestaetigen", Map.of());

        assertThat(confirmed.status()).isEqualTo(302);
        assertThat(confirmed.target()).isEqualTo(path);
        assertThat(events.statusOf(email, event)).isEqualTo("CONFIRMED");
        var page = visitor.get(path + "?lang=en");
        assertThat(page.body())
                .contains("Confirmed", "https://konferenz.example/raum-7")
                .doesNotContain("Confirm registration</span>");

        var ics = visitor.get(path + "/kalender.ics");
        assertThat(ics.status()).isEqualTo(200);
        assertThat(ics.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/calendar"));
        assertThat(ics.body()).contains("BEGIN:VCALENDAR");
    }

    @Test
    void cancellingFreesTheSeatForTheFirstOnTheWaitlist() {
        var event = events.event("Fachtag voll", EventFixtures.Rules.seats(1));
        var seated = register(event, "sitzt", "de");
        var waiting = register(event, "wartet", "de");
        var later = register(event, "spaeter", "de");
        assertThat(events.statusOf(waiting, event)).isEqualTo("WAITLISTED");
        var path = personalPath(events.tokenOf(seated, event));
        var page = visitor.get(path);
        assertThat(page.body()).contains("href=\"" + path + "/abmelden\"").contains("kalender.ics");

        // A post without the confirmation step leads to that step and changes nothing.
        var unconfirmed = visitor.post(path + "/abmelden", Map.of());
        assertThat(unconfirmed.target()).isEqualTo(path + "/abmelden");
        assertThat(events.statusOf(seated, event)).isEqualTo("CONFIRMED");
        var step = visitor.get(path + "/abmelden");
        assertThat(step.status()).isEqualTo(200);
        assertThat(step.body()).contains("Wirklich abmelden?", "Verbindlich abmelden", "name=\"bestaetigt\"");

        var cancelled = visitor.post(path + "/abmelden", Map.of("bestaetigt", "ja"));

        assertThat(cancelled.status()).isEqualTo(302);
        assertThat(visitor.follow(cancelled).body())
                .contains("Sie sind abgemeldet.", "Abgemeldet")
                .doesNotContain("/abmelden\"")
                .doesNotContain("kalender.ics");
        assertThat(visitor.get(path + "/abmelden").target()).isEqualTo(path);
        assertThat(events.statusOf(seated, event)).isEqualTo("CANCELLED");
        assertThat(events.statusOf(waiting, event)).isEqualTo("CONFIRMED");
        assertThat(events.statusOf(later, event)).isEqualTo("WAITLISTED");
        var mails = Mails.await(SMTP, waiting, 2);
        assertThat(mails).anySatisfy(mail -> assertThat(mail.getSubject()).startsWith("Sie haben einen Platz"));

        var again = visitor.post(path + "/abmelden", Map.of("bestaetigt", "ja"));
        assertThat(again.status()).isEqualTo(302);
        assertThat(events.statusOf(later, event)).isEqualTo("WAITLISTED");
    }

    @Test
    void theWaitlistPlaceIsShownAndCanBeConfirmedAhead() {
        var event =
                events.event("Workshop begehrt", EventFixtures.Rules.seats(1).withConfirmation());
        register(event, "vorne", "de");
        var waiting = register(event, "hinten", "de");
        var path = personalPath(events.tokenOf(waiting, event));

        var page = visitor.get(path);

        assertThat(page.body()).contains("Auf der Warteliste", "Platz auf der Warteliste", "Anmeldung bestätigen");
        visitor.post(path + "/bestaetigen", Map.of());
        assertThat(events.statusOf(waiting, event)).isEqualTo("WAITLISTED");
        assertThat(visitor.get(path).body()).doesNotContain("Anmeldung bestätigen</span>");
    }

    @Test
    void anUnknownLinkIsNotFoundInTheVisitorsLanguage() {
        var page = visitor.get(personalPath("x".repeat(43)) + "?lang=tr");

        assertThat(page.status()).isEqualTo(404);
        assertThat(page.body()).contains("Kayıt bulunamadı");
        assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
        assertThat(visitor.post(personalPath("x".repeat(43)) + "/abmelden", Map.of())
                        .status())
                .isEqualTo(404);
        assertThat(visitor.get(personalPath("kurz")).status()).isEqualTo(404);
        assertThat(visitor.get(personalPath("x".repeat(43)) + "/kalender.ics").status())
                .isEqualTo(404);
    }

    @Test
    void aLinkOnlyWorksUnderItsOwnTenant() {
        var event = events.event("Fachtag Mandant", EventFixtures.Rules.seats(10));
        var email = register(event, "mandant", "de");

        var page = visitor.get("/stadt-duisburg/anmeldung/" + events.tokenOf(email, event));

        assertThat(page.status()).isEqualTo(404);
    }

    @Test
    void cancellingNeedsTheFormsToken() {
        var event = events.event("Fachtag CSRF", EventFixtures.Rules.seats(10));
        var email = register(event, "csrf", "de");
        var path = personalPath(events.tokenOf(email, event));

        var forged = visitor.postRaw(path + "/abmelden", Map.of());

        assertThat(forged.status()).isEqualTo(403);
        assertThat(events.statusOf(email, event)).isEqualTo("CONFIRMED");
    }

    private String register(UUID event, String prefix, String locale) {
        var email = PublicEvents.email(prefix);
        registrar.register(
                events.tenant,
                event,
                new Applicant("Mira", "Kaya", email, "", null, Map.of(), "", locale),
                Source.WEB,
                UUID.randomUUID().toString());
        return email;
    }

    private static String personalPath(String token) {
        return "/" + PublicEvents.SLUG + "/anmeldung/" + token;
    }
}
