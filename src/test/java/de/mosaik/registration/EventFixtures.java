package de.mosaik.registration;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Published events for registration tests, written straight into the events schema so that these
 * tests do not depend on the back-office forms.
 */
public final class EventFixtures {

    private final JdbcClient jdbc;

    public EventFixtures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The rules of a test event; defaults: 10 seats, no confirmation, no approval, open now. */
    public record Rules(
            @Nullable Integer capacity,
            boolean confirmationRequired,
            boolean approvalRequired,
            Instant startsAt,
            @Nullable Integer reminderDays,
            List<String> questions) {

        public static Rules seats(@Nullable Integer capacity) {
            return new Rules(capacity, false, false, Instant.now().plus(Duration.ofDays(30)), null, List.of());
        }

        public Rules withConfirmation() {
            return new Rules(capacity, true, approvalRequired, startsAt, reminderDays, questions);
        }

        public Rules withApproval() {
            return new Rules(capacity, confirmationRequired, true, startsAt, reminderDays, questions);
        }

        public Rules startingAt(Instant start, @Nullable Integer reminderDays) {
            return new Rules(capacity, confirmationRequired, approvalRequired, start, reminderDays, questions);
        }

        /** Adds required text questions with these labels. */
        public Rules asking(String... labels) {
            return new Rules(capacity, confirmationRequired, approvalRequired, startsAt, reminderDays, List.of(labels));
        }
    }

    /** A published event of the tenant with one session (at a venue) and the given rules. */
    public UUID publishedEvent(UUID tenantId, String title, Rules rules) {
        var format = formatOf(tenantId);
        var venue = UUID.randomUUID();
        jdbc.sql("insert into events.venue (id, tenant_id, name, street, postal_code, city, room, step_free) "
                        + "values (?, ?, ?, 'Bismarckstraße 16', '52351', 'Düren', 'Raum 101', true)")
                .params(venue, tenantId, "Kreishaus " + venue)
                .update();
        var id = UUID.randomUUID();
        var start = rules.startsAt().truncatedTo(ChronoUnit.MINUTES);
        var end = start.plus(Duration.ofHours(6));
        jdbc.sql("""
                        insert into events.event (id, tenant_id, status, format_id, title, summary, capacity,
                            confirmation_required, approval_required, consent_text, consent_version, reminder_days,
                            contact_name, contact_email, first_starts_at, last_ends_at, has_venue)
                        values (?, ?, 'PUBLISHED', ?, ?, 'Eine Testveranstaltung', ?, ?, ?,
                            'Ich willige in die Verarbeitung meiner Daten zur Durchführung der Veranstaltung ein.', 1, ?,
                            'Frau Test', 'ki@example.org', ?, ?, true)
                        """)
                .params(
                        id,
                        tenantId,
                        format,
                        title,
                        rules.capacity(),
                        rules.confirmationRequired(),
                        rules.approvalRequired(),
                        rules.reminderDays(),
                        java.sql.Timestamp.from(start),
                        java.sql.Timestamp.from(end))
                .update();
        jdbc.sql("insert into events.session (id, event_id, tenant_id, position, starts_at, ends_at, venue_id) "
                        + "values (?, ?, ?, 0, ?, ?, ?)")
                .params(
                        UUID.randomUUID(),
                        id,
                        tenantId,
                        java.sql.Timestamp.from(start),
                        java.sql.Timestamp.from(end),
                        venue)
                .update();
        int position = 0;
        for (var label : rules.questions()) {
            jdbc.sql("insert into events.question (id, event_id, tenant_id, position, kind, label, required) "
                            + "values (?, ?, ?, ?, 'TEXT', ?, true)")
                    .params(UUID.randomUUID(), id, tenantId, position++, label)
                    .update();
        }
        return id;
    }

    public int seatsTaken(UUID eventId) {
        return jdbc.sql("select seats_taken from events.event where id = ?")
                .param(eventId)
                .query(Integer.class)
                .single();
    }

    public int waitlistCount(UUID eventId) {
        return jdbc.sql("select waitlist_count from events.event where id = ?")
                .param(eventId)
                .query(Integer.class)
                .single();
    }

    private UUID formatOf(UUID tenantId) {
        var existing = jdbc.sql(
                        "select id from events.term where tenant_id = ? and kind = 'FORMAT' order by position limit 1")
                .param(tenantId)
                .query(UUID.class)
                .optional();
        if (existing.isPresent()) {
            return existing.get();
        }
        var id = UUID.randomUUID();
        jdbc.sql(
                        "insert into events.term (id, tenant_id, kind, code, name) values (?, ?, 'FORMAT', 'SCHULUNG', 'Schulung') "
                                + "on conflict (tenant_id, kind, name) do nothing")
                .params(id, tenantId)
                .update();
        return formatOf(tenantId);
    }
}
