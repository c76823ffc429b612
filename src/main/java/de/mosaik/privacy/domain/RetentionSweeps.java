package de.mosaik.privacy.domain;

import de.mosaik.shared.privacy.RetentionSweep;
import de.mosaik.shared.privacy.RetentionSweep.Rule;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The time-based deletions that concern no particular person, and so are not a
 * {@code PersonalDataHolder}'s business. The periods are the tenant's privacy settings, so this module
 * says when; each module sweeps its own tables through {@link RetentionSweep} (ADR 0018). Privacy's own
 * part is the access log's person addresses.
 */
@Repository
class RetentionSweeps {

    private final JdbcClient jdbc;
    private final List<RetentionSweep> sweeps;

    RetentionSweeps(JdbcClient jdbc, List<RetentionSweep> sweeps) {
        this.jdbc = jdbc;
        this.sweeps = List.copyOf(sweeps);
    }

    /** Every module's sweep of the rule at this tenant, in the caller's transaction; the rows they changed. */
    int sweep(Rule rule, UUID tenantId, Instant cutOff) {
        return sweeps.stream()
                .filter(s -> s.rule() == rule)
                .mapToInt(s -> s.sweep(tenantId, cutOff))
                .sum();
    }

    /**
     * Forgets the addresses of people who have no registration left at the tenant (retention erases
     * registrations without addresses, so nobody else would): the access log keeps who looked and
     * when, but no longer whose data it was — a person page's label is the person's name, so it goes
     * too. An address merged into another still counts while the alias has registrations. The other
     * modules forget theirs in the sweeps of {@link Rule#ADDRESSES_WITHOUT_REGISTRATIONS}.
     */
    int forgetAddressesWithoutRegistrations(UUID tenantId, Instant now) {
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
        return log + sweep(Rule.ADDRESSES_WITHOUT_REGISTRATIONS, tenantId, now);
    }
}
