package de.mosaik.privacy.domain;

import de.mosaik.certificates.Certificates;
import de.mosaik.registration.RegistrationStatus;
import de.mosaik.reporting.PersonKeys;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Finds persons: the registrations of a tenant grouped by the canonical address their address was
 * merged into ({@code privacy.person_merge}). A person is named by the pseudonym the statistical facts
 * use ({@link PersonKeys}, a keyed hash of the canonical address), so that the address never has to
 * travel in a URL. Reads registrations, events, marks and certificates through what their modules
 * publish (ADR 0018), never writes them.
 */
@Service
public class PersonService {

    /** At most this many persons per list; a search narrows it. */
    public static final int LIMIT = 100;

    private static final Pattern KEY = Pattern.compile("[0-9a-f]{64}");

    private final JdbcClient jdbc;
    private final PersonKeys keys;
    private final Certificates certificates;

    PersonService(JdbcClient jdbc, PersonKeys keys, Certificates certificates) {
        this.jdbc = jdbc;
        this.keys = keys;
        this.certificates = certificates;
    }

    /** Whether the text can be a person key at all; anything else is not looked up. */
    public static boolean validKey(String key) {
        return KEY.matcher(key).matches();
    }

    /** Persons whose name or any address contains the text (all persons when it is blank), latest events first. */
    public List<PersonSummary> search(UUID tenantId, String query) {
        var found = jdbc.sql("""
                        with reg as (
                            select r.given_name, r.family_name, r.email_normalized, e.title, e.first_starts_at,
                                   coalesce(m.canonical_email, r.email_normalized) as canonical
                              from registration.v_registration r join events.v_event e on e.id = r.event_id
                              left join privacy.person_merge m
                                on m.tenant_id = r.tenant_id and m.alias_email = r.email_normalized
                             where r.tenant_id = :tenant
                        )
                        select canonical,
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
                .query((rs, n) -> new Found(
                        rs.getString("canonical"),
                        rs.getString("names"),
                        rs.getInt("registrations"),
                        rs.getString("last_event"),
                        rs.getTimestamp("last_starts_at") == null
                                ? null
                                : rs.getTimestamp("last_starts_at").toInstant()))
                .list();
        var keyOf = keys.keysOf(tenantId, found.stream().map(Found::canonical).toList());
        return found.stream()
                .map(p -> new PersonSummary(
                        keyOf.get(p.canonical()),
                        p.canonical(),
                        p.names(),
                        p.registrations(),
                        p.lastEvent(),
                        p.lastStartsAt()))
                .toList();
    }

    /** A person of the search before the pseudonyms are known, which reporting computes for all of them at once. */
    private record Found(
            String canonical,
            String names,
            int registrations,
            @Nullable String lastEvent,
            @Nullable Instant lastStartsAt) {}

    /** The canonical address of the person with this key, if the tenant has registrations of them. */
    public Optional<String> canonicalEmail(UUID tenantId, String key) {
        if (!validKey(key)) {
            return Optional.empty();
        }
        // The facts carry the same key per registration, indexed: one registration of the person is
        // found without hashing every address of the tenant. The hash is checked once more, so a fact
        // that lags behind a merge cannot open another person's page.
        return keys.registrationWithKey(tenantId, key)
                .flatMap(registrationId -> jdbc.sql("""
                                select coalesce(m.canonical_email, a.email_normalized)
                                  from registration.v_person_address a
                                  left join privacy.person_merge m
                                    on m.tenant_id = a.tenant_id and m.alias_email = a.email_normalized
                                 where a.tenant_id = ? and a.registration_id = ?
                                """)
                        .params(tenantId, registrationId)
                        .query(String.class)
                        .optional())
                .filter(canonical -> keys.keyOf(tenantId, canonical).equals(key));
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
                               (select count(*) from events.v_session s where s.event_id = r.event_id) as sessions,
                               (select count(*) from attendance.v_mark m
                                 where m.registration_id = r.id and m.attended) as attended,
                               exists (select 1 from attendance.v_mark m where m.registration_id = r.id) as taken
                          from registration.v_registration r join events.v_event e on e.id = r.event_id
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
        var certificates = this.certificates.ofPerson(tenantId, emails, ids).stream()
                .map(c -> new Person.Certificate(c.number(), c.title(), c.issuedAt(), c.revokedAt()))
                .toList();
        // The name given at the latest registration is the one the person uses now.
        var displayName = names.isEmpty() ? canonical : names.get(0);
        return new Person(key, canonical, displayName, emails, registrations, certificates, merges);
    }
}
