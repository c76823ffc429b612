package de.mosaik.certificates.domain;

import de.mosaik.shared.privacy.RetentionSweep;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Programme certificates keep the holder's name for the register, but not the address of a person who
 * has no registration left at the tenant (retention erases registrations without addresses, so no
 * erasure reaches these). An address merged into another still counts while the alias has registrations.
 */
@Component
class CertificateHolderAddresses implements RetentionSweep {

    private final JdbcClient jdbc;

    CertificateHolderAddresses(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Rule rule() {
        return Rule.ADDRESSES_WITHOUT_REGISTRATIONS;
    }

    // The unique index on valid programme certificates needs a key per holder; it names nobody.
    @Override
    public int sweep(UUID tenantId, Instant cutOff) {
        return jdbc.sql("""
                        update certificates.certificate c
                           set holder_email = '',
                               holder_email_normalized = case when c.revoked_at is null then 'erased-' || c.id::text
                                                              else '' end
                         where c.tenant_id = :tenant and c.kind = 'PROGRAMME'
                           and c.holder_email_normalized <> '' and c.holder_email_normalized not like 'erased-%'
                           and not exists (select 1 from registration.v_person_address r
                                            where r.tenant_id = :tenant and r.email_normalized = c.holder_email_normalized)
                           and not exists (select 1 from privacy.v_person_merge m
                                             join registration.v_person_address r
                                               on r.tenant_id = m.tenant_id and r.email_normalized = m.alias_email
                                            where m.tenant_id = :tenant and m.canonical_email = c.holder_email_normalized)
                        """).param("tenant", tenantId).update();
    }
}
