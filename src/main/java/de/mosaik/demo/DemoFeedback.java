package de.mosaik.demo;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Feedback on the demo tenant's past events: the invitations went out after each event, about
 * half of those invited answered, with mostly good and some critical ratings and a few free texts
 * as they come from the field. Written set-based in SQL, without mails.
 */
@Component
class DemoFeedback {

    private static final String[] COMMENTS = {
        "Sehr praxisnah, ich nehme viele Anregungen für die Schulsozialarbeit mit.",
        "Die Fallbeispiele aus der Schulsozialarbeit waren besonders hilfreich.",
        "Mehr Zeit für den Austausch untereinander wäre schön gewesen.",
        "Das Thema Sprachmittlung hätte ich mir ausführlicher gewünscht, vor allem zu Dolmetschkosten.",
        "Endlich klare Hinweise, wann wir Sprachmittlung im Elterngespräch einsetzen können.",
        "Der Teil zu Rassismuskritik hat mich zum Nachdenken gebracht – gern eine Vertiefung.",
        "Rassismuskritische Perspektiven sollten in jede Fortbildung gehören, danke dafür.",
        "Der Raum war zu klein und schlecht belüftet.",
        "Die Unterlagen bitte vorab schicken, dann kann man sich besser vorbereiten.",
        "Sehr gute Moderation, alle kamen zu Wort.",
        "Ein Folgetermin zur Zusammenarbeit mit Migrantenorganisationen wäre toll.",
        "Die Anmeldung und die Informationen vorab waren vorbildlich."
    };

    private final JdbcClient jdbc;

    DemoFeedback(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void seed(UUID tenantId, Instant now) {
        var at = Timestamp.from(now);
        jdbc.sql("""
                        insert into feedback.settings (event_id, tenant_id, invited_at)
                        select e.id, e.tenant_id, e.last_ends_at + interval '15 minutes' from events.event e
                        where e.tenant_id = ? and e.last_ends_at < ?
                          and e.status in ('PUBLISHED', 'REGISTRATION_CLOSED', 'HELD', 'ARCHIVED')
                        on conflict (event_id) do nothing
                        """).params(tenantId, at).update();
        // The demo links' secrets are thrown away: only their hashes are stored, as for real ones.
        jdbc.sql("""
                        insert into feedback.invitation (registration_id, tenant_id, event_id, token_hash, sent_at, responded)
                        select r.id, r.tenant_id, r.event_id, encode(sha256(convert_to(gen_random_uuid()::text, 'UTF8')), 'hex'),
                               s.invited_at, random() < 0.55
                        from registration.registration r
                        join feedback.settings s on s.event_id = r.event_id
                        where r.tenant_id = ? and r.status = 'CONFIRMED' and s.invited_at is not null
                          and (not exists (select 1 from attendance.mark m where m.event_id = r.event_id)
                               or exists (select 1 from attendance.mark m
                                          where m.registration_id = r.id and m.status = 'ATTENDED'))
                        on conflict (registration_id) do nothing
                        """).param(tenantId).update();
        jdbc.sql("""
                        insert into feedback.response (id, tenant_id, event_id, submitted_on, overall, relevance,
                            trainers, organisation, comment)
                        select gen_random_uuid(), i.tenant_id, i.event_id,
                               ((i.sent_at + floor(random() * 6) * interval '1 day') at time zone 'Europe/Berlin')::date,
                               r.overall, r.relevance, r.trainers, r.organisation,
                               case when random() < 0.4 then (?::text[])[1 + floor(random() * ?)::int] else '' end
                        from feedback.invitation i
                        cross join lateral (
                            select least(5, greatest(1, 3 + floor(random() * 3)::int - (random() < 0.12)::int * 2 + (i.registration_id is null)::int)) as overall,
                                   least(5, greatest(1, 2 + floor(random() * 4)::int)) as relevance,
                                   least(5, greatest(1, 3 + floor(random() * 3)::int - (random() < 0.1)::int * 2)) as trainers,
                                   case when random() < 0.1 then null
                                        else least(5, greatest(1, 2 + floor(random() * 4)::int)) end as organisation
                        ) r
                        where i.tenant_id = ? and i.responded
                        """).params(COMMENTS, COMMENTS.length, tenantId).update();
    }
}
