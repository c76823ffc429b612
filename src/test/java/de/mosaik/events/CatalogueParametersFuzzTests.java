package de.mosaik.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.code_intelligence.jazzer.junit.FuzzTest;
import de.mosaik.Fixtures;
import de.mosaik.IntegrationTest;
import de.mosaik.MockLogin;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * Fuzzes the query string of the catalogue, the public page and {@code /api/v1/{tenant}/events},
 * down to the search in the embedded PostgreSQL with the demo data. Whatever the parameters, the
 * answer is 200 or 400, never an exception (an SQL error included) or a 5xx, and the API lists
 * only public events of the tenant asked for.
 *
 * <p>Without {@code JAZZER_FUZZ} only the seeds in {@code CatalogueParametersFuzzTestsInputs} run.
 */
class CatalogueParametersFuzzTests extends IntegrationTest {

    private static final String SLUG = "kreis-dueren";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    WebApplicationContext context;

    private MockMvc mvc;
    private UUID tenant;

    @FuzzTest(maxDuration = "60s")
    void anyQueryGetsAnAnswerAndOnlyPublishedEventsOfTheTenant(byte[] query) throws Exception {
        var raw = new String(query, StandardCharsets.UTF_8);

        var api = mvc().perform(withQuery(get("/api/v1/" + SLUG + "/events"), raw))
                .andReturn()
                .getResponse();
        assertThat(api.getStatus()).as("API status for %s", raw).isIn(200, 400);
        if (api.getStatus() == 200) {
            for (var event : JSON.readTree(api.getContentAsByteArray())) {
                var id = UUID.fromString(event.get("id").asString());
                assertThat(visibleEventOfTenant(id))
                        .as("event %s for %s", id, raw)
                        .isTrue();
            }
        } else {
            assertThat(api.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        }

        var page = mvc().perform(withQuery(get("/" + SLUG + "/veranstaltungen"), raw))
                .andReturn()
                .getResponse();
        assertThat(page.getStatus()).as("page status for %s", raw).isIn(200, 400);
    }

    /** The parameters as a servlet container would decode them; undecodable escapes stay as they are. */
    private static MockHttpServletRequestBuilder withQuery(MockHttpServletRequestBuilder request, String raw) {
        for (var pair : raw.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            var name = decode(equals < 0 ? pair : pair.substring(0, equals));
            var value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            request.param(name, value);
        }
        return request;
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }

    private boolean visibleEventOfTenant(UUID id) {
        return jdbc.sql("select count(*) from events.event where id = ? and tenant_id = ? "
                                + "and status in ('PUBLISHED', 'REGISTRATION_CLOSED')")
                        .params(id, tenant())
                        .query(Long.class)
                        .single()
                == 1;
    }

    private MockMvc mvc() {
        if (mvc == null) {
            mvc = MockLogin.mvc(context);
        }
        return mvc;
    }

    private UUID tenant() {
        if (tenant == null) {
            tenant = new Fixtures(jdbc, null).tenantId(SLUG);
        }
        return tenant;
    }
}
