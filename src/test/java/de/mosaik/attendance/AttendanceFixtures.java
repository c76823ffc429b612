package de.mosaik.attendance;

import de.mosaik.Fixtures;
import de.mosaik.Fixtures.TestTenant;
import de.mosaik.registration.EventFixtures;
import de.mosaik.registration.domain.Actor;
import de.mosaik.registration.domain.Applicant;
import de.mosaik.registration.domain.RegistrationService;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Events with one session at a chosen time, their confirmed participants and speakers, for the attendance tests. */
public final class AttendanceFixtures {

    private final JdbcClient jdbc;
    private final RegistrationService registrationService;
    private final EventFixtures events;

    public AttendanceFixtures(JdbcClient jdbc, RegistrationService registrationService) {
        this.jdbc = jdbc;
        this.registrationService = registrationService;
        this.events = new EventFixtures(jdbc);
    }

    /** An event of the tenant whose only session starts at {@code start} and lasts six hours. */
    public UUID event(TestTenant tenant, String title, Instant start) {
        return events.publishedEvent(
                tenant.id(), title, EventFixtures.Rules.seats(null).startingAt(start, null));
    }

    public UUID session(UUID eventId) {
        return jdbc.sql("select id from events.session where event_id = ? order by position limit 1")
                .param(eventId)
                .query(UUID.class)
                .single();
    }

    /** A confirmed participant, entered by staff without mail. */
    public UUID participant(TestTenant tenant, UUID eventId, String givenName, String email) {
        return registrationService
                .registerByStaff(
                        tenant.id(),
                        eventId,
                        new Applicant(givenName, "Beispiel", email, "Familienzentrum Nord", null, Map.of(), "", "de"),
                        UUID.randomUUID().toString(),
                        false,
                        new Actor(UUID.randomUUID(), "Testperson"))
                .registration()
                .id();
    }

    /** Makes the account a speaker of the event, as the events module links trainers to events. */
    public void speaker(TestTenant tenant, UUID eventId, UUID accountId) {
        var speaker = UUID.randomUUID();
        jdbc.sql("insert into events.speaker (id, tenant_id, account_id, name) values (?, ?, ?, 'Trainerin')")
                .params(speaker, tenant.id(), accountId)
                .update();
        jdbc.sql("insert into events.event_speaker (event_id, speaker_id, position) values (?, ?, 0)")
                .params(eventId, speaker)
                .update();
    }

    /** The stored mark as "STATUS/SOURCE", or "none". */
    public String mark(UUID sessionId, UUID registrationId) {
        return jdbc.sql(
                        "select status || '/' || source from attendance.mark where session_id = ? and registration_id = ?")
                .params(sessionId, registrationId)
                .query(String.class)
                .optional()
                .orElse("none");
    }

    public int changes(UUID registrationId) {
        return jdbc.sql("select count(*) from attendance.mark_change where registration_id = ?")
                .param(registrationId)
                .query(Integer.class)
                .single();
    }

    public boolean lastChangeLate(UUID registrationId) {
        return jdbc.sql("select late from attendance.mark_change where registration_id = ? order by id desc limit 1")
                .param(registrationId)
                .query(Boolean.class)
                .single();
    }

    public int version(UUID sessionId, UUID registrationId) {
        return jdbc.sql("select version from attendance.mark where session_id = ? and registration_id = ?")
                .params(sessionId, registrationId)
                .query(Integer.class)
                .single();
    }

    public static String email(String name) {
        return Fixtures.unique(name) + "@attendance-test.example";
    }
}
