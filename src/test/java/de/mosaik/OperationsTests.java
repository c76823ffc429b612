package de.mosaik;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.context.WebApplicationContext;

/** What operators' probes and monitoring rely on. */
class OperationsTests extends IntegrationTest {

    @Autowired
    WebApplicationContext context;

    @Test
    void livenessAndReadinessProbesAnswerUp() {
        var web = new WebSession(port);
        for (var probe : new String[] {"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness"}) {
            var response = web.get(probe);
            assertThat(response.status()).as(probe).isEqualTo(200);
            assertThat(response.body()).as(probe).contains("\"status\":\"UP\"");
        }
    }

    @Test
    void staticFilesCarryTheirContentHashAndAreCachedForAYear() {
        var web = new WebSession(port);
        var page = web.get("/kreis-dueren");
        var stylesheet =
                Pattern.compile("href=\"(/css/mosaik-[0-9a-f]{32}\\.css)\"").matcher(page.body());
        assertThat(stylesheet.find()).as("versioned stylesheet link").isTrue();
        // The page itself is public content, cached for a minute only: it changes with what staff publish.
        assertThat(page.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(v -> assertThat(v).contains("max-age=60"));

        var css = web.get(stylesheet.group(1));
        assertThat(css.status()).isEqualTo(200);
        assertThat(css.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(v -> assertThat(v).contains("max-age=31536000"));
        // Files the stylesheet imports are versioned too.
        assertThat(css.body()).containsPattern("/vendor/kern/fonts/fira-sans-[0-9a-f]{32}\\.css");
    }

    @Test
    void prometheusMetricsAreServedOnLoopbackOnly() throws Exception {
        assertThat(new WebSession(port).get("/actuator/prometheus").body())
                .contains("jvm_memory_used_bytes", "hikaricp_connections");

        var mvc = MockLogin.mvc(context);
        mvc.perform(get("/actuator/prometheus").with(request -> {
                    request.setRemoteAddr("203.0.113.7");
                    return request;
                }))
                .andExpect(
                        result -> assertThat(result.getResponse().getStatus()).isNotEqualTo(200));
        mvc.perform(get("/actuator/prometheus").with(request -> {
                    request.setRemoteAddr("127.0.0.1");
                    return request;
                }))
                .andExpect(status().isOk());
    }
}
