package de.mosaik.programmes.domain;

/**
 * When a person counts as having attended an event: a confirmed registration (so the e-mail
 * address was used and confirmed) that either holds a valid certificate of the event — issued by
 * the event's own rule, e.g. "at least 80 % of the hours", or by staff's explicit decision — or has
 * an ATTENDED mark for every session. Everything in this module asks through this one piece of
 * SQL, so a changed rule is changed here only.
 */
final class AttendanceRule {

    /** Rows {@code registration_id, event_id, email_normalized} of the tenant {@code :tenant}. */
    static final String ATTENDED_REGISTRATIONS = """
            select r.id as registration_id, r.event_id, r.email_normalized
            from registration.registration r
            where r.tenant_id = :tenant
              and r.status = 'CONFIRMED'
              and (exists (
                       select 1 from certificates.certificate c
                       where c.registration_id = r.id and c.tenant_id = r.tenant_id and c.kind = 'EVENT'
                         and c.revoked_at is null)
                   or (exists (select 1 from events.session s where s.event_id = r.event_id)
                       and not exists (
                           select 1 from events.session s
                           where s.event_id = r.event_id
                             and not exists (
                                 select 1 from attendance.mark a
                                 where a.session_id = s.id and a.registration_id = r.id
                                   and a.status = 'ATTENDED'))))
            """;

    private AttendanceRule() {}
}
