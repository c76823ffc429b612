package de.mosaik.privacy.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The time-based deletions that concern no particular person, and so are not a
 * {@code PersonalDataHolder}'s business. They write other modules' tables — an agreed exception to
 * "write only your own schema": the periods are the tenant's privacy settings, and spreading one
 * nightly job over four modules would leave nobody to answer for it running completely.
 */
@Repository
class RetentionSweeps {

    private final JdbcClient jdbc;

    RetentionSweeps(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Certificates issued before {@code cutOff}, once their registration is gone (deleting it sets the
     * reference to null). While the registration exists the register entry backs it, so it stays.
     */
    int deleteExpiredCertificates(UUID tenantId, Instant cutOff) {
        return jdbc.sql("""
                        delete from certificates.certificate c
                        where c.tenant_id = ? and c.issued_at < ?
                          and (c.registration_id is null
                               or not exists (select 1 from registration.v_person_address r
                                               where r.registration_id = c.registration_id))
                        """).params(tenantId, Timestamp.from(cutOff)).update();
    }

    /**
     * Clears the free text of feedback to events that ended before {@code cutOff}: the comment and the
     * answers to text questions. Scale and choice answers stay, they are what the reports count. An
     * answer whose question was removed cannot be told apart from free text, so it goes too.
     */
    int clearFeedbackTexts(UUID tenantId, Instant cutOff) {
        return jdbc.sql("""
                        with kept as (
                            select r.id, coalesce(jsonb_object_agg(a.key, a.value)
                                filter (where q.kind in ('SCALE', 'CHOICE')), '{}'::jsonb) as answers
                            from feedback.response r
                            join events.event e on e.id = r.event_id and e.tenant_id = r.tenant_id
                            left join lateral jsonb_each(r.answers) a on true
                            left join feedback.question q on q.id::text = a.key and q.event_id = r.event_id
                            where r.tenant_id = ? and e.last_ends_at < ?
                            group by r.id
                        )
                        update feedback.response r set comment = '', answers = kept.answers
                        from kept
                        where r.id = kept.id and (r.comment <> '' or r.answers <> kept.answers)
                        """).params(tenantId, Timestamp.from(cutOff)).update();
    }

    /**
     * Mails that went out (or were only stored, without a mail server) before {@code cutOff}, with
     * their attachments by the foreign key's cascade, and mails that failed before then: after the
     * period nobody will still retry them. Mails still waiting stay for staff.
     */
    int deleteSentMails(UUID tenantId, Instant cutOff) {
        return jdbc.sql("""
                        delete from mail.outgoing_mail
                        where tenant_id = ? and status in ('SENT', 'STORED', 'FAILED')
                          and coalesce(sent_at, created_at) < ?
                        """).params(tenantId, Timestamp.from(cutOff)).update();
    }

    /**
     * Forgets the addresses of people who have no registration left at the tenant (retention erases
     * registrations without addresses, so nobody else would): the access log keeps who looked and
     * when, but no longer whose data it was — a person page's label is the person's name, so it goes
     * too — and programme certificates keep the holder's name for the register, but not the address.
     * An address merged into another still counts while the alias has registrations.
     */
    int forgetAddressesWithoutRegistrations(UUID tenantId) {
        int log = jdbc.sql("""
                        update privacy.access_log l
                           set person_email = null,
                               label = case when l.resource in ('privacy.person', 'privacy.export') then '' else l.label end
                         where l.tenant_id = :tenant and l.person_email is not null
                           and not exists (select 1 from registration.v_person_address r
                                            where r.tenant_id = :tenant and r.email_normalized = l.person_email)
                           and not exists (select 1 from privacy.person_merge m
                                             join registration.v_person_address r
                                               on r.tenant_id = m.tenant_id and r.email_normalized = m.alias_email
                                            where m.tenant_id = :tenant and m.canonical_email = l.person_email)
                        """).param("tenant", tenantId).update();
        // The unique index on valid programme certificates needs a key per holder; it names nobody.
        int certificates = jdbc.sql("""
                        update certificates.certificate c
                           set holder_email = '',
                               holder_email_normalized = case when c.revoked_at is null then 'erased-' || c.id::text
                                                              else '' end
                         where c.tenant_id = :tenant and c.kind = 'PROGRAMME'
                           and c.holder_email_normalized <> '' and c.holder_email_normalized not like 'erased-%'
                           and not exists (select 1 from registration.v_person_address r
                                            where r.tenant_id = :tenant and r.email_normalized = c.holder_email_normalized)
                           and not exists (select 1 from privacy.person_merge m
                                             join registration.v_person_address r
                                               on r.tenant_id = m.tenant_id and r.email_normalized = m.alias_email
                                            where m.tenant_id = :tenant and m.canonical_email = c.holder_email_normalized)
                        """).param("tenant", tenantId).update();
        return log + certificates;
    }

    /** Self-service links that have expired: they only ever opened a record for an hour. */
    int deleteExpiredMagicLinks(UUID tenantId, Instant now) {
        return jdbc.sql("delete from selfservice.magic_link where tenant_id = ? and expires_at < ?")
                .params(tenantId, Timestamp.from(now))
                .update();
    }
}
