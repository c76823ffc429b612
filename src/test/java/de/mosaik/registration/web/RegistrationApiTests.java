package de.mosaik.registration.web;

import static org.assertj.core.api.Assertions.assertThat;

import de.mosaik.IntegrationTest;
import de.mosaik.registration.EventFixtures;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The registration endpoint of the public API, over real HTTP, as a municipal website would call it. */
class RegistrationApiTests extends IntegrationTest {

    PublicEvents events;
    ApiClient api;

    @BeforeEach
    void setUp() {
        events = new PublicEvents(jdbc);
        api = new ApiClient(port);
    }

    @Test
    void aFreeSeatIsConfirmedAndTheAnswerHoldsNoPersonalLink() {
        var event = events.event("API Fachtag", EventFixtures.Rules.seats(5));
        var email = PublicEvents.email("api");

        var answer = post(path(event), body(email, "api-key-" + UUID.randomUUID()), null);

        assertThat(answer.status()).isEqualTo(201);
        assertThat(answer.body().get("status").asString()).isEqualTo("CONFIRMED");
        assertThat(answer.body().get("id").asString()).matches("[0-9a-f-]{36}");
        assertThat(answer.body().has("waitlistPosition")).isFalse();
        assertThat(answer.raw()).doesNotContain(events.tokenOf(email, event)).doesNotContain("/anmeldung/");
        assertThat(answer.response().headers().allValues("Set-Cookie")).isEmpty();
        assertThat(events.statusOf(email, event)).isEqualTo("CONFIRMED");
    }

    @Test
    void aFullEventAnswersWithTheWaitlistPosition() {
        var event = events.event("API voll", EventFixtures.Rules.seats(1));
        post(path(event), body(PublicEvents.email("a"), UUID.randomUUID().toString()), null);

        var second = post(
                path(event), body(PublicEvents.email("b"), UUID.randomUUID().toString()), null);
        var third = post(
                path(event), body(PublicEvents.email("c"), UUID.randomUUID().toString()), null);

        assertThat(second.status()).isEqualTo(201);
        assertThat(second.body().get("status").asString()).isEqualTo("WAITLISTED");
        assertThat(second.body().get("waitlistPosition").asInt()).isEqualTo(1);
        assertThat(third.body().get("waitlistPosition").asInt()).isEqualTo(2);
    }

    @Test
    void withConfirmationTheSeatIsHeldUntilADeadline() {
        var event = events.event("API bestätigen", EventFixtures.Rules.seats(5).withConfirmation());

        var answer = post(
                path(event), body(PublicEvents.email("hold"), UUID.randomUUID().toString()), null);

        assertThat(answer.status()).isEqualTo(201);
        assertThat(answer.body().get("status").asString()).isEqualTo("PENDING_CONFIRMATION");
        assertThat(answer.body().get("holdUntil").asString()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
    }

    @Test
    void tenConcurrentRequestsWithOneKeyMakeOneRegistration() throws Exception {
        var event = events.event("API gleichzeitig", EventFixtures.Rules.seats(5));
        var request = body(PublicEvents.email("zehn"), "same-key-" + UUID.randomUUID());
        var start = new CountDownLatch(1);
        var tasks = new ArrayList<Callable<ApiClient.Answer>>();
        for (int i = 0; i < 10; i++) {
            tasks.add(() -> {
                start.await();
                return post(path(event), request, null);
            });
        }
        var pool = Executors.newFixedThreadPool(10);
        List<ApiClient.Answer> answers = new ArrayList<>();
        try {
            var futures = tasks.stream().map(pool::submit).toList();
            start.countDown();
            for (var future : futures) {
                answers.add(future.get());
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(answers).allSatisfy(a -> assertThat(a.status()).isIn(200, 201));
        assertThat(answers.stream().filter(a -> a.status() == 201)).hasSize(1);
        var ids = new HashSet<String>();
        answers.forEach(a -> ids.add(a.body().get("id").asString()));
        assertThat(ids).hasSize(1);
        assertThat(events.registrations(event)).isEqualTo(1);
    }

    @Test
    void theSameKeyWithOtherDataIsRefusedAndGivesAwayNothing() {
        var event = events.event("API Schlüssel", EventFixtures.Rules.seats(5));
        var key = "shared-key-" + UUID.randomUUID();
        var email = PublicEvents.email("erste");
        var first = post(path(event), body(email, key), null);
        assertThat(first.status()).isEqualTo(201);

        var other = post(path(event), body(PublicEvents.email("andere"), key), null);

        assertThat(other.status()).isEqualTo(422);
        assertThat(other.contentType()).startsWith("application/problem+json");
        assertThat(other.body().get("type").asString()).endsWith("/idempotency-key-reused");
        assertThat(other.raw()).doesNotContain(first.body().get("id").asString());
        assertThat(events.registrations(event)).isEqualTo(1);

        // The same data again with the key is a plain repeat and gets the first answer.
        var repeat = post(path(event), body(email, key), null);
        assertThat(repeat.status()).isEqualTo(200);
        assertThat(repeat.body().get("id").asString())
                .isEqualTo(first.body().get("id").asString());
    }

    @Test
    void aSecondRegistrationOfAnAddressIsAConflict() {
        var event = events.event("API doppelt", EventFixtures.Rules.seats(5));
        var email = PublicEvents.email("doppelt");
        post(path(event), body(email, UUID.randomUUID().toString()), null);

        var answer = post(path(event), body(email, UUID.randomUUID().toString()), null);

        assertThat(answer.status()).isEqualTo(409);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.body().get("type").asString()).endsWith("/duplicate-registration");
    }

    @Test
    void invalidInputIsNamedFieldByField() {
        var event = events.event("API ungültig", EventFixtures.Rules.seats(5).asking("Erwartungen"));
        var request = new LinkedHashMap<String, Object>();
        request.put("givenName", "");
        request.put("familyName", "Kaya");
        request.put("email", "kein-mail");
        request.put("targetGroup", UUID.randomUUID().toString());
        request.put("answers", Map.of("unbekannt", "x"));
        request.put("consent", false);
        request.put("idempotencyKey", "kurz");

        var english = post(path(event), request, null);
        var german = post(path(event), request, "de-DE,de;q=0.9");

        assertThat(english.status()).isEqualTo(422);
        assertThat(english.contentType()).startsWith("application/problem+json");
        var fields = new ArrayList<String>();
        english.body().get("errors").forEach(e -> fields.add(e.get("field").asString()));
        var question = jdbc.sql("select id from events.question where event_id = ?")
                .param(event)
                .query(UUID.class)
                .single();
        assertThat(fields)
                .contains(
                        "givenName",
                        "email",
                        "targetGroup",
                        "answers.unbekannt",
                        "answers." + question,
                        "consent",
                        "idempotencyKey");
        assertThat(english.raw()).contains("Please agree to the declaration of consent.");
        assertThat(german.raw()).contains("Bitte stimmen Sie der Einwilligungserklärung zu.");
        assertThat(events.registrations(event)).isZero();
    }

    @Test
    void malformedJsonIsABadRequestWithoutDetails() {
        var event = events.event("API kaputt", EventFixtures.Rules.seats(5));

        var answer = send(path(event), "{\"givenName\": ", "application/json", null);
        var wrongType = send(path(event), "{\"consent\": {\"a\": 1}}", "application/json", null);
        var notJson = send(path(event), "givenName=Mira", "application/x-www-form-urlencoded", null);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.body().get("type").asString()).endsWith("/malformed-request");
        assertThat(answer.raw()).doesNotContain("Exception", "at de.", "tools.jackson");
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(notJson.status()).isEqualTo(415);
    }

    @Test
    void unknownTenantsAndEventsAreNotFoundAndClosedRegistrationIsAConflict() {
        var closed = events.event("API geschlossen", EventFixtures.Rules.seats(5));
        events.status(closed, "REGISTRATION_CLOSED");
        var request = body(PublicEvents.email("x"), UUID.randomUUID().toString());

        assertThat(post("/api/v1/gibt-es-nicht/events/" + closed + "/registrations", request, null)
                        .status())
                .isEqualTo(404);
        assertThat(post(path(UUID.randomUUID()), request, null).status()).isEqualTo(404);
        assertThat(post("/api/v1/kreis-dueren/events/kein-uuid/registrations", request, null)
                        .status())
                .isEqualTo(404);
        var answer = post(path(closed), request, null);
        assertThat(answer.status()).isEqualTo(409);
        assertThat(answer.body().get("type").asString()).endsWith("/registration-closed");
    }

    static String path(UUID event) {
        return "/api/v1/" + PublicEvents.SLUG + "/events/" + event + "/registrations";
    }

    static Map<String, Object> body(String email, String key) {
        var body = new LinkedHashMap<String, Object>();
        body.put("givenName", "Mira");
        body.put("familyName", "Kaya");
        body.put("email", email);
        body.put("institution", "Gesamtschule Düren");
        body.put("consent", true);
        body.put("idempotencyKey", key);
        return body;
    }

    ApiClient.Answer post(String path, Map<String, Object> body, String acceptLanguage) {
        return api.post(path, body, acceptLanguage);
    }

    ApiClient.Answer send(String path, String body, String contentType, String acceptLanguage) {
        return api.send(path, body, contentType, acceptLanguage);
    }
}
