package de.mosaik.registration.web;

import static org.assertj.core.api.Assertions.assertThat;

import de.mosaik.IntegrationTest;
import de.mosaik.WebSession;
import de.mosaik.registration.EventFixtures;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Public registrations are limited per client address. The limit is lowered for this test only,
 * in the running application, so that all tests share one application context.
 */
class RegistrationRateLimitTests extends IntegrationTest {

    @Autowired
    RegistrationRateLimit rateLimit;

    PublicEvents events;
    int configured;

    @BeforeEach
    void tinyLimit() {
        events = new PublicEvents(jdbc);
        configured = rateLimit.limit();
        jdbc.sql("delete from shared.rate_limit_hit where bucket = ?")
                .param(RegistrationRateLimit.BUCKET)
                .update();
        rateLimit.limit(2);
    }

    @AfterEach
    void restoreLimit() {
        rateLimit.limit(configured);
        jdbc.sql("delete from shared.rate_limit_hit where bucket = ?")
                .param(RegistrationRateLimit.BUCKET)
                .update();
    }

    @Test
    void theFormAndTheApiShareTheLimitAndSayWhenItIsReached() {
        var event = events.event("Fachtag begrenzt", EventFixtures.Rules.seats(20));
        var visitor = new WebSession(port);

        assertThat(submit(visitor, event, "eins").status()).isEqualTo(302);
        var api = new ApiClient(port);
        assertThat(api.post(
                                RegistrationApiTests.path(event),
                                RegistrationApiTests.body(
                                        PublicEvents.email("zwei"),
                                        UUID.randomUUID().toString()),
                                null)
                        .status())
                .isEqualTo(201);

        var refused = submit(visitor, event, "drei");
        var refusedApi = api.post(
                RegistrationApiTests.path(event),
                RegistrationApiTests.body(
                        PublicEvents.email("vier"), UUID.randomUUID().toString()),
                null);

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.body()).contains("Zu viele Anmeldungen");
        assertThat(refused.headers().firstValue("Retry-After")).hasValue("600");
        assertThat(refusedApi.status()).isEqualTo(429);
        assertThat(refusedApi.response().headers().firstValue("Retry-After")).hasValue("600");
        assertThat(refusedApi.body().get("type").asString()).endsWith("/too-many-requests");
        assertThat(events.registrations(event)).isEqualTo(2);
    }

    @Test
    void invalidInputDoesNotCountAndZeroSwitchesTheLimitOff() {
        var event = events.event("Fachtag unbegrenzt", EventFixtures.Rules.seats(20));
        var visitor = new WebSession(port);
        var token =
                RegistrationFormTests.token(visitor.get(events.formPath(event)).body());
        for (int i = 0; i < 3; i++) {
            var invalid = visitor.post(
                    events.formPath(event), RegistrationFormTests.fields(token, "", "Kaya", "kaputt", Map.of(), false));
            assertThat(invalid.status()).isEqualTo(200);
        }

        rateLimit.limit(0);

        for (int i = 0; i < 3; i++) {
            assertThat(submit(visitor, event, "frei" + i).status()).isEqualTo(302);
        }
    }

    private WebSession.Page submit(WebSession visitor, UUID event, String prefix) {
        var token =
                RegistrationFormTests.token(visitor.get(events.formPath(event)).body());
        return visitor.post(
                events.formPath(event),
                RegistrationFormTests.fields(token, "Mira", "Kaya", PublicEvents.email(prefix), Map.of(), true));
    }
}
