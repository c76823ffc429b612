package de.mosaik.privacy.accesslog;

import static org.assertj.core.api.Assertions.assertThat;

import de.mosaik.Fixtures;
import de.mosaik.IntegrationTest;
import de.mosaik.identity.IdentitySetup;
import de.mosaik.privacy.domain.AccessLogCleanup;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The log itself is personal data and goes after the tenant's period, 24 months unless chosen otherwise. */
class AccessLogCleanupTests extends IntegrationTest {

    @Autowired
    IdentitySetup identity;

    @Autowired
    AccessLogCleanup cleanup;

    @Test
    void deletesWhatIsOlderThanTheRetentionPeriodAndKeepsTheRest() {
        var tenant = new Fixtures(jdbc, identity).newTenant();
        var log = new AccessLogFixtures(jdbc);
        var now = Instant.parse("2030-06-15T10:00:00Z");
        var months = now.atOffset(ZoneOffset.UTC);
        log.insert(tenant.id(), months.minusMonths(25).toInstant(), null, "Alt", "VIEW", "registration.list", "alt");
        log.insert(
                tenant.id(),
                months.minusMonths(24).minusDays(1).toInstant(),
                null,
                "Knapp",
                "VIEW",
                "registration.list",
                "knapp drüber");
        log.insert(tenant.id(), months.minusMonths(23).toInstant(), null, "Jung", "VIEW", "registration.list", "jung");
        log.insert(tenant.id(), now.minusSeconds(60), null, "Neu", "EXPORT", "registration.export", "neu");

        assertThat(cleanup.deleteExpired(now)).isGreaterThanOrEqualTo(2);

        assertThat(log.lines(tenant.id()))
                .extracting(AccessLogFixtures.Line::label)
                .containsExactly("jung", "neu");
    }
}
