package de.mosaik.registration.web;

import static org.assertj.core.api.Assertions.assertThat;

import de.mosaik.IntegrationTest;
import de.mosaik.WebSession;
import de.mosaik.registration.EventFixtures;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A visitor whom the cap of unconfirmed holds (ADR 0015) puts on the waitlist while seats are
 * still free is told so honestly, in every public language, and not that all seats are taken.
 */
class HoldCapResultTests extends IntegrationTest {

    private static final Pattern TOKEN = Pattern.compile("name=\"token\" value=\"([^\"]+)\"");

    /** The start of the honest text per language, and the start of the "all seats taken" one. */
    private static final Map<String, String[]> TEXTS = Map.of(
            "de",
            new String[] {
                "Im Moment sind viele Plätze vorgemerkt, aber noch nicht bestätigt.", "Alle Plätze sind vergeben."
            },
            "einfach",
            new String[] {
                "Viele haben ihre Anmeldung aber noch nicht bestätigt. Darum stehen Sie auf der Warteliste.",
                "Alle Plätze sind weg."
            },
            "en",
            new String[] {"Many seats are reserved at the moment but not yet confirmed.", "All seats are taken."},
            "ar",
            new String[] {"كثير من المقاعد محجوزة حاليًا لكن لم يتم تأكيدها بعد.", "جميع المقاعد محجوزة."},
            "uk",
            new String[] {"Зараз багато місць зарезервовано, але ще не підтверджено.", "Усі місця зайняті."},
            "tr",
            new String[] {"Şu anda birçok yer ayrılmış, ancak henüz onaylanmamış durumda.", "Tüm yerler dolu."});

    @Test
    void aVisitorHeldBackByTheCapIsNotToldThatAllSeatsAreTaken() {
        var events = new PublicEvents(jdbc);
        // Ten seats: the cap is its minimum of three unconfirmed holds.
        var event =
                events.event("Fachtag Vorgemerkt", EventFixtures.Rules.seats(10).withConfirmation());
        for (int i = 0; i < 3; i++) {
            var email = PublicEvents.email("vorgemerkt" + i);
            register(event, "de", email);
            assertThat(events.statusOf(email, event)).isEqualTo("PENDING_CONFIRMATION");
        }

        for (var language : TEXTS.entrySet()) {
            var email = PublicEvents.email("zurueckgehalten-" + language.getKey());
            var result = register(event, language.getKey(), email);

            assertThat(events.statusOf(email, event)).isEqualTo("WAITLISTED");
            assertThat(result.body())
                    .as(language.getKey())
                    .contains(language.getValue()[0], email)
                    .doesNotContain(language.getValue()[1]);
        }

        // An address that is already registered gets the answer a newcomer gets: the same honest text.
        var again = register(event, "de", PublicEvents.email("vorgemerkt0"));
        assertThat(again.body()).contains(TEXTS.get("de")[0]);
    }

    @Test
    void aFullEventStillSaysThatAllSeatsAreTaken() {
        var events = new PublicEvents(jdbc);
        var event = events.event("Workshop Voll", EventFixtures.Rules.seats(1));
        register(event, "en", PublicEvents.email("erste"));

        var result = register(event, "en", PublicEvents.email("zweite"));

        assertThat(result.body()).contains(TEXTS.get("en")[1]).doesNotContain(TEXTS.get("en")[0]);
    }

    private WebSession.Page register(UUID event, String language, String email) {
        var visitor = new WebSession(port);
        var path = new PublicEvents(jdbc).formPath(event) + "?lang=" + language;
        var token = TOKEN.matcher(visitor.get(path).body())
                .results()
                .findFirst()
                .orElseThrow()
                .group(1);
        var page = visitor.post(path, RegistrationFormTests.fields(token, "Mira", "Kaya", email, Map.of(), true));
        assertThat(page.status()).as(page.body()).isEqualTo(302);
        return visitor.follow(page);
    }
}
