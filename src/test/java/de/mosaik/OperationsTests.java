package de.mosaik;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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
