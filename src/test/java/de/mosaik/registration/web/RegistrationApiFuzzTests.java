package de.mosaik.registration.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.code_intelligence.jazzer.junit.FuzzTest;
import de.mosaik.IntegrationTest;
import de.mosaik.MockLogin;
import de.mosaik.registration.EventFixtures;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

/**
 * Fuzzes the JSON body of the registration API through the whole stack (security filters,
 * Jackson, the controller's validation, the registrar) against one open event with a text, a
 * choice and a yes/no question. Whatever the body, the answer is a 2xx or a 4xx problem, never an
 * exception or a 5xx, and a refused body leaves the event's registrations as they were.
 *
 * <p>Without {@code JAZZER_FUZZ} only the seeds in {@code RegistrationApiFuzzTestsInputs} run.
 */
class RegistrationApiFuzzTests extends IntegrationTest {

    /** Fixed question ids, so that seed inputs can answer them. */
    static final UUID TEXT_QUESTION = UUID.fromString("00000000-0000-4000-8000-00000000f001");

    static final UUID CHOICE_QUESTION = UUID.fromString("00000000-0000-4000-8000-00000000f002");
    static final UUID YES_NO_QUESTION = UUID.fromString("00000000-0000-4000-8000-00000000f003");

    /** One event per test run: the question ids are unique in the database. */
    private static UUID event;

    /** Each request comes from another documentation address, so the rate limit stays out of the way. */
    private static final AtomicInteger CLIENTS = new AtomicInteger();

    @Autowired
    WebApplicationContext context;

    private MockMvc mvc;

    @FuzzTest(maxDuration = "60s")
    void anyBodyGetsAnAnswerAndOnlyValidOnesRegister(byte[] body) throws Exception {
        var mvc = mvc();
        var event = event();
        long before = registrations(event);
        var client = CLIENTS.incrementAndGet();

        var response = mvc.perform(post("/api/v1/" + PublicEvents.SLUG + "/events/" + event + "/registrations")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body)
                        .with(request -> {
                            request.setRemoteAddr("10.77." + (client >> 8 & 0xFF) + "." + (client & 0xFF));
                            return request;
                        }))
                .andReturn()
                .getResponse();

        int status = response.getStatus();
        assertThat(status).as("status for %s", new String(body)).isBetween(200, 499);
        if (status >= 300) {
            assertThat(response.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            assertThat(registrations(event))
                    .as("registrations after a refused body")
                    .isEqualTo(before);
        }
    }

    private MockMvc mvc() {
        if (mvc == null) {
            mvc = MockLogin.mvc(context);
        }
        return mvc;
    }

    private synchronized UUID event() {
        if (event == null) {
            var events = new PublicEvents(jdbc);
            event = events.event("Fuzz-Fachtag", EventFixtures.Rules.seats(3).withConfirmation());
            question(events, TEXT_QUESTION, "TEXT", new String[0]);
            question(events, CHOICE_QUESTION, "CHOICE", new String[] {"vormittags", "nachmittags"});
            question(events, YES_NO_QUESTION, "YES_NO", new String[0]);
        }
        return event;
    }

    private void question(PublicEvents events, UUID id, String kind, String[] options) {
        jdbc.sql("insert into events.question (id, event_id, tenant_id, position, kind, label, options, required) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        id,
                        event,
                        events.tenant,
                        id.getLeastSignificantBits() & 0xF,
                        kind,
                        "Frage " + kind,
                        options,
                        !kind.equals("YES_NO"))
                .update();
    }

    private long registrations(UUID event) {
        return jdbc.sql("select count(*) from registration.registration where event_id = ?")
                .param(event)
                .query(Long.class)
                .single();
    }
}
