package de.mosaik.demo;

import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Certificate rules for the demo's past events and certificates for those who attended enough,
 * one of them revoked. Written with set-based SQL and without mails or PDFs, so that seeding stays
 * fast; the PDFs are rendered when someone opens them. Without attendance marks (when the
 * attendance demo is missing), the confirmed participants of the two latest past events get one.
 */
@Component
class DemoCertificates {

    private static final String SIGNER = "Dr. Katrin Vogel";
    private static final String SIGNER_ROLE = "Leitung des Kommunalen Integrationszentrums";
    private static final String ISSUER = "Jonas Becker";

    private final JdbcClient jdbc;

    DemoCertificates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void seed(UUID tenantId, Instant now) {
        // Every other past event asks for 80 % of the hours instead of all sessions.
        jdbc.sql("""
                        insert into certificates.rule (event_id, tenant_id, threshold, min_percent, signer_name, signer_role, place)
                        select e.id, e.tenant_id,
                               case when row_number() over (order by e.first_starts_at) % 2 = 0
                                    then 'MIN_PERCENT_HOURS' else 'ALL_SESSIONS' end,
                               80, :signer, :role, t.city
                        from events.event e join identity.tenant t on t.id = e.tenant_id
                        where e.tenant_id = :tenant and e.last_ends_at < :now and e.status <> 'CANCELLED'
                        on conflict (event_id) do nothing
                        """)
                .param("signer", SIGNER)
                .param("role", SIGNER_ROLE)
                .param("tenant", tenantId)
                .param("now", java.sql.Timestamp.from(now))
                .update();
        jdbc.sql("""
                        insert into certificates.tenant_defaults (tenant_id, signer_name, signer_role, place)
                        select id, :signer, :role, city from identity.tenant where id = :tenant
                        on conflict (tenant_id) do nothing
                        """)
                .param("signer", SIGNER)
                .param("role", SIGNER_ROLE)
                .param("tenant", tenantId)
                .update();
        boolean marked = jdbc.sql("select exists (select 1 from attendance.mark where tenant_id = ?)")
                .param(tenantId)
                .query(Boolean.class)
                .single();
        jdbc.sql(ISSUE.replace(":eligible", marked ? ELIGIBLE_BY_MARKS : LATEST_TWO_EVENTS))
                .param("tenant", tenantId)
                .param("now", java.sql.Timestamp.from(now))
                .param("issuer", ISSUER)
                .update();
        jdbc.sql("""
                        update certificates.certificate
                        set revoked_at = issued_at + interval '3 days', revoked_by_name = :issuer,
                            revoked_reason = 'Versehentlich ausgestellt: die Person war am zweiten Tag nicht anwesend.'
                        where id = (select id from certificates.certificate where tenant_id = :tenant
                                    order by issued_at, holder_name limit 1)
                        """).param("issuer", ISSUER).param("tenant", tenantId).update();
    }

    /** Registrations whose marks meet their event's rule. */
    private static final String ELIGIBLE_BY_MARKS = """
            select r.id from registration.registration r
            join certificates.rule ru on ru.event_id = r.event_id
            join (select s.event_id, count(*) as n, sum(extract(epoch from s.ends_at - s.starts_at)) as secs
                  from events.session s where s.tenant_id = :tenant group by s.event_id) total on total.event_id = r.event_id
            join (select m.registration_id, count(*) as n, sum(extract(epoch from s.ends_at - s.starts_at)) as secs
                  from attendance.mark m join events.session s on s.id = m.session_id
                  where m.tenant_id = :tenant and m.status = 'ATTENDED' group by m.registration_id) seen
                 on seen.registration_id = r.id
            where r.tenant_id = :tenant and r.status = 'CONFIRMED'
              and case ru.threshold when 'ALL_SESSIONS' then seen.n = total.n
                                    else seen.secs * 100 >= ru.min_percent * total.secs end
            """;

    private static final String LATEST_TWO_EVENTS = """
            select r.id from registration.registration r
            where r.tenant_id = :tenant and r.status = 'CONFIRMED'
              and r.event_id in (select event_id from certificates.rule where tenant_id = :tenant)
              and r.event_id in (select id from events.event where tenant_id = :tenant and last_ends_at < :now
                                 order by last_ends_at desc limit 2)
            """;

    /** The certificates with the content the application would have frozen; numbers random per row. */
    private static final String ISSUE = """
            insert into certificates.certificate
                (id, tenant_id, number, kind, event_id, registration_id, holder_name, holder_email,
                 holder_email_normalized, locale, content, issued_at, issued_by_name)
            select gen_random_uuid(), r.tenant_id,
                   'MSK-' || substr(n.h, 1, 4) || '-' || substr(n.h, 5, 4) || '-' || substr(n.h, 9, 4),
                   'EVENT', e.id, r.id, r.given_name || ' ' || r.family_name, r.email, r.email_normalized,
                   case when r.locale like 'de%' or r.locale = 'einfach' then 'de' else 'en' end,
                   jsonb_build_object(
                       'kind', 'EVENT',
                       'holderName', r.given_name || ' ' || r.family_name,
                       'title', e.title,
                       'format', f.name,
                       'sessions', (select coalesce(jsonb_agg(jsonb_build_object(
                                        'startsAt', to_char(s.starts_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
                                        'endsAt', to_char(s.ends_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'))
                                        order by s.starts_at), '[]'::jsonb)
                                    from events.session s where s.event_id = e.id),
                       'hours', (select round(sum(extract(epoch from s.ends_at - s.starts_at)) / 3600.0, 1)
                                 from events.session s where s.event_id = e.id),
                       'teachingUnits', ru.teaching_units,
                       'topics', (select coalesce(jsonb_agg(t.name order by t.position, t.name), '[]'::jsonb)
                                  from events.term t where t.id = any(e.topic_ids)),
                       'speakers', (select coalesce(jsonb_agg(sp.name order by es.position), '[]'::jsonb)
                                    from events.event_speaker es join events.speaker sp on sp.id = es.speaker_id
                                    where es.event_id = e.id),
                       'tenantName', tn.name,
                       'tenantSlug', tn.slug,
                       'signerName', ru.signer_name,
                       'signerRole', ru.signer_role,
                       'place', ru.place,
                       'issuedOn', to_char(((e.last_ends_at + interval '2 days') at time zone 'Europe/Berlin')::date, 'YYYY-MM-DD'),
                       'modules', '[]'::jsonb),
                   least(e.last_ends_at + interval '2 days', :now), :issuer
            from registration.registration r
            join events.event e on e.id = r.event_id
            join events.term f on f.id = e.format_id
            join certificates.rule ru on ru.event_id = e.id
            join identity.tenant tn on tn.id = r.tenant_id
            cross join lateral (select upper(translate(substr(md5(random()::text || r.id::text), 1, 12), '01', 'XY')) as h) n
            where r.id in (:eligible)
            on conflict do nothing
            """;
}
