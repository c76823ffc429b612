package de.mosaik.privacy.domain;

import de.mosaik.registration.RegistrationStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Finds persons: the registrations of a tenant grouped by the canonical address their address was
 * merged into ({@code reporting.canonical_email}). A person is named by the pseudonym the
 * statistical facts use ({@code reporting.keyed_hash} of the canonical address), so that the
 * address never has to travel in a URL. Reads the other modules' tables, never writes them.
 */
@Service
public class PersonService {

    /** At most this many persons per list; a search narrows it. */
    public static final int LIMIT = 100;

    private static final Pattern KEY = Pattern.compile("[0-9a-f]{64}");

    private final JdbcClient jdbc;

    PersonService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether the text can be a person key at all; anything else is not looked up. */
    public static boolean validKey(String key) {
        return KEY.matcher(key).matches();
    }

    /** Persons whose name or any address contains the text (all persons when it is blank), latest events first. */
    public List<PersonSummary> search(UUID tenantId, String query) {
        return jdbc.sql("""
                        with reg as (
                            select r.given_name, r.family_name, r.email_normalized, e.title, e.first_starts_at,
                                   reporting.canonical_email(r.tenant_id, r.email_normalized) as canonical
                              from registration.registration r join events.event e on e.id = r.event_id
                             where r.tenant_id = :tenant
                        )
                        select canonical,
                               reporting.keyed_hash(:tenant, canonical) as key,
                               string_agg(distinct btrim(given_name || ' ' || family_name), ', ') as names,
                               count(*) as registrations,
                               (array_agg(title order by first_starts_at desc nulls last))[1] as last_event,
                               max(first_starts_at) as last_starts_at
                          from reg
                         group by canonical
                        having :needle = ''
                            or bool_or(position(:needle in lower(given_name || ' ' || family_name)) > 0
                                       or position(:needle in email_normalized) > 0)
                         order by max(first_starts_at) desc nulls last, canonical
                         limit :limit
                        """)
                .param("tenant", tenantId)
                .param("needle", query.strip().toLowerCase(Locale.ROOT))
                .param("limit", LIMIT)
                .query((rs, n) -> new PersonSummary(
                        rs.getString("key"),
                        rs.getString("canonical"),
                        rs.getString("names"),
                        rs.getInt("registrations"),
                        rs.getString("last_event"),
                        rs.getTimestamp("last_starts_at") == null
                                ? null
                                : rs.getTimestamp("last_starts_at").toInstant()))
                .list();
    }

    /** The canonical address of the person with this key, if the tenant has registrations of them. */
    public Optional<String> canonicalEmail(UUID tenantId, String key) {
        if (!validKey(key)) {
            return Optional.empty();
        }
        // The facts carry the same key per registration, indexed: one registration of the person is
        // found without hashing every address of the tenant. The hash is checked once more, so a fact
        // that lags behind a merge cannot open another person's page.
        return jdbc.sql("""
                        select canonical from (
                            select reporting.canonical_email(:tenant, (
                                select r.email_normalized
                                  from reporting.participation_fact f
                                  join registration.registration r on r.id = f.registration_id
                                 where f.tenant_id = :tenant and f.person_key = :key and f.registration_id is not null
                                   and r.tenant_id = :tenant
                                 limit 1)) as canonical) c
                         where canonical is not null and reporting.keyed_hash(:tenant, canonical) = :key
                        """)
                .param("tenant", tenantId)
                .param("key", key)
                .query(String.class)
                .optional();
    }

    public Optional<Person> byKey(UUID tenantId, String key) {
        return canonicalEmail(tenantId, key).map(canonical -> load(tenantId, key, canonical));
    }

    private Person load(UUID tenantId, String key, String canonical) {
        var emails = new ArrayList<String>();
        emails.add(canonical);
        var merges = jdbc.sql("""
                        select alias_email, merged_at, merged_by_name from privacy.person_merge
                         where tenant_id = ? and canonical_email = ? order by merged_at, alias_email
                        """)
                .params(tenantId, canonical)
                .query((rs, n) -> new Person.Merge(
                        rs.getString("alias_email"),
                        rs.getTimestamp("merged_at").toInstant(),
                        rs.getString("merged_by_name")))
                .list();
        merges.forEach(m -> emails.add(m.aliasEmail()));
        var names = new ArrayList<String>();
        var registrations = jdbc.sql("""
                        select r.id, r.event_id, e.title, e.first_starts_at, r.status, r.email_normalized,
                               btrim(r.given_name || ' ' || r.family_name) as name,
                               (select count(*) from events.session s where s.event_id = r.event_id) as sessions,
                               (select count(*) from attendance.mark m
                                 where m.registration_id = r.id and m.status = 'ATTENDED') as attended,
                               exists (select 1 from attendance.mark m where m.registration_id = r.id) as taken
                          from registration.registration r join events.event e on e.id = r.event_id
                         where r.tenant_id = :tenant and r.email_normalized in (:emails)
                         order by r.created_at desc
                        """)
                .param("tenant", tenantId)
                .param("emails", emails)
                .query((rs, n) -> {
                    names.add(rs.getString("name"));
                    return new Person.Registration(
                            rs.getObject("id", UUID.class),
                            rs.getObject("event_id", UUID.class),
                            rs.getString("title"),
                            rs.getTimestamp("first_starts_at") == null
                                    ? null
                                    : rs.getTimestamp("first_starts_at").toInstant(),
                            RegistrationStatus.valueOf(rs.getString("status")),
                            rs.getString("email_normalized"),
                            rs.getInt("sessions"),
                            rs.getInt("attended"),
                            rs.getBoolean("taken"));
                })
                .list();
        var ids = registrations.stream().map(Person.Registration::id).toList();
        var certificates = jdbc.sql("""
                        select number, coalesce(content ->> 'title', '') as title, issued_at, revoked_at
                          from certificates.certificate
                         where tenant_id = :tenant and (holder_email_normalized in (:emails) or registration_id in (:ids))
                         order by issued_at desc
                        """)
                .param("tenant", tenantId)
                .param("emails", emails)
                .param("ids", ids.isEmpty() ? Set.of(new UUID(0, 0)) : ids)
                .query((rs, n) -> new Person.Certificate(
                        rs.getString("number"),
                        rs.getString("title"),
                        rs.getTimestamp("issued_at").toInstant(),
                        rs.getTimestamp("revoked_at") == null
                                ? null
                                : rs.getTimestamp("revoked_at").toInstant()))
                .list();
        // The name given at the latest registration is the one the person uses now.
        var displayName = names.isEmpty() ? canonical : names.get(0);
        return new Person(key, canonical, displayName, emails, registrations, certificates, merges);
    }
}
