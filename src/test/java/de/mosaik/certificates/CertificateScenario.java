package de.mosaik.certificates;

import de.mosaik.Fixtures;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A held event of a test tenant with two sessions (6 h and 2 h), written straight into the
 * tables, and confirmed participants with attendance marks, for the certificate tests.
 */
public final class CertificateScenario {

    private final JdbcClient jdbc;
    public final UUID tenantId;
    public final UUID eventId;
    public final UUID longSession;
    public final UUID shortSession;

    public CertificateScenario(JdbcClient jdbc, UUID tenantId, String title) {
        this.jdbc = jdbc;
        this.tenantId = tenantId;
        this.eventId = UUID.randomUUID();
        this.longSession = UUID.randomUUID();
        this.shortSession = UUID.randomUUID();
        var format = jdbc.sql("select id from events.term where tenant_id = ? and kind = 'FORMAT' limit 1")
                .param(tenantId)
                .query(UUID.class)
                .optional()
                .orElseGet(() -> {
                    var id = UUID.randomUUID();
                    jdbc.sql("insert into events.term (id, tenant_id, kind, name) values (?, ?, 'FORMAT', 'Schulung')")
                            .params(id, tenantId)
                            .update();
                    return id;
                });
        var start = Instant.now().minus(Duration.ofDays(10)).truncatedTo(ChronoUnit.HOURS);
        var secondStart = start.plus(Duration.ofDays(1));
        jdbc.sql("""
                        insert into events.event (id, tenant_id, status, format_id, title, first_starts_at, last_ends_at)
                        values (?, ?, 'HELD', ?, ?, ?, ?)
                        """)
                .params(
                        eventId,
                        tenantId,
                        format,
                        title,
                        Timestamp.from(start),
                        Timestamp.from(secondStart.plus(Duration.ofHours(2))))
                .update();
        session(longSession, 0, start, start.plus(Duration.ofHours(6)));
        session(shortSession, 1, secondStart, secondStart.plus(Duration.ofHours(2)));
    }

    private void session(UUID id, int position, Instant start, Instant end) {
        jdbc.sql("""
                        insert into events.session (id, event_id, tenant_id, position, starts_at, ends_at, online)
                        values (?, ?, ?, ?, ?, ?, true)
                        """)
                .params(id, eventId, tenantId, position, Timestamp.from(start), Timestamp.from(end))
                .update();
    }

    /** A confirmed participant with a personal link. */
    public Person participant(String given, String family, String locale) {
        var id = UUID.randomUUID();
        var email = Fixtures.unique(given.toLowerCase()) + "@example.org";
        var token = (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", "");
        jdbc.sql("""
                        insert into registration.registration (id, tenant_id, event_id, status, given_name, family_name,
                            email, email_normalized, institution, consent_text, consent_version, consented_at, locale,
                            source, idempotency_key, manage_token, email_confirmed)
                        values (?, ?, ?, 'CONFIRMED', ?, ?, ?, lower(?), 'Jobcenter', 'Einwilligung', 1, now(), ?,
                            'STAFF', ?, ?, true)
                        """)
                .params(id, tenantId, eventId, given, family, email, email, locale, id.toString(), token)
                .update();
        return new Person(id, given + " " + family, email, token);
    }

    public void attended(Person person, UUID sessionId) {
        jdbc.sql("""
                        insert into attendance.mark (tenant_id, event_id, session_id, registration_id, status, source,
                            recorded_by_name)
                        values (?, ?, ?, ?, 'ATTENDED', 'LIST', 'Test')
                        """)
                .params(tenantId, eventId, sessionId, person.registrationId())
                .update();
    }

    public record Person(UUID registrationId, String name, String email, String token) {}
}
