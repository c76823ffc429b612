package de.mosaik.programmes.domain;

import java.util.Set;
import java.util.UUID;

/**
 * When a person counts as having attended an event: a participant's registration
 * ({@code registration.v_participant}, so the e-mail address was used and confirmed) that either holds
 * a valid certificate of the event — issued by the event's own rule, e.g. "at least 80 % of the hours",
 * or by staff's explicit decision; asked of {@code certificates.Certificates} — or has an attended mark
 * ({@code attendance.v_mark}) for every session. Everything in this module asks through this one class,
 * so a changed rule is changed here only.
 */
final class AttendanceRule {

    /**
     * Rows {@code registration_id, event_id, email_normalized, every_session_attended} of the tenant
     * {@code :tenant}: the participants' registrations and whether they were marked present at every
     * session of their event (false for an event without sessions).
     */
    static final String PARTICIPATIONS = """
            select r.id as registration_id, r.event_id, r.email_normalized,
                   (exists (select 1 from events.v_session s where s.event_id = r.event_id)
                    and not exists (
                        select 1 from events.v_session s
                        where s.event_id = r.event_id
                          and not exists (
                              select 1 from attendance.v_mark a
                              where a.session_id = s.id and a.registration_id = r.id and a.attended)))
                       as every_session_attended
            from registration.v_participant r
            where r.tenant_id = :tenant
            """;

    /** A participant's registration for an event, as {@link #PARTICIPATIONS} gives it. */
    record Participation(UUID registrationId, UUID eventId, String emailNormalized, boolean everySessionAttended) {}

    /** Whether the participation counts as attended, given the registrations that hold a valid event certificate. */
    static boolean attended(Participation participation, Set<UUID> certifiedRegistrations) {
        return participation.everySessionAttended() || certifiedRegistrations.contains(participation.registrationId());
    }

    private AttendanceRule() {}
}
