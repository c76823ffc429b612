package de.mosaik.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import de.mosaik.IntegrationTest;
import de.mosaik.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationContext;

/**
 * The web server answers before the start has finished: Spring Boot runs the demo data's seeding
 * after Tomcat is up and reports readiness only afterwards. Until then every page says "starting"
 * (503, try again) instead of showing an empty platform, and the readiness probe stays down.
 */
class StartingUpTests extends IntegrationTest {

    @Autowired
    ApplicationContext context;

    @Test
    void pagesWaitForReadinessWhichWaitsForTheDemoData() {
        var web = new WebSession(port);
        try {
            AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);
            var start = web.get("/");
            assertThat(start.status()).isEqualTo(503);
            assertThat(start.headers().firstValue("Retry-After").orElse(null)).isEqualTo("5");
            assertThat(start.headers().firstValue("Content-Security-Policy").orElse(null))
                    .isNotNull();
            assertThat(start.body()).contains("Mosaik startet gerade").doesNotContain("Kreis Düren");
            assertThat(web.get("/actuator/health/readiness").status()).isEqualTo(503);
            assertThat(web.get("/actuator/health/liveness").status()).isEqualTo(200);
        } finally {
            AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
        }
        // Ready: the demo data is there, since it is seeded before readiness is reported.
        assertThat(web.get("/actuator/health/readiness").status()).isEqualTo(200);
        assertThat(web.get("/").body()).contains("Kommunales Integrationszentrum Kreis Düren");
    }
}
