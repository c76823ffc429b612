package de.mosaik.certificates.domain;

import de.mosaik.shared.privacy.DataSubject;
import de.mosaik.shared.privacy.PersonalDataHolder;
import de.mosaik.shared.privacy.StoredRecord;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A person's certificates. An erasure keeps the register entry — number, holder's name, event,
 * issue and revocation — because a certificate handed out must stay verifiable (the legal
 * exception shown before an erasure); only the address and the link to the registration go.
 */
// Before the registrations are deleted, which would cut the link this holder finds certificates by.
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 1)
class CertificatePersonalData implements PersonalDataHolder {

    private static final String CERTIFICATES = "certificates.certificate";

    private final JdbcClient jdbc;

    CertificatePersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<String> tables() {
        return Set.of(CERTIFICATES);
    }

    @Override
    public List<StoredRecord> export(UUID tenantId, DataSubject subject) {
        return jdbc
                .sql("""
                        select * from certificates.certificate
                         where tenant_id = :tenant and (registration_id in (:ids) or holder_email_normalized in (:emails))
                         order by issued_at
                        """)
                .param("tenant", tenantId)
                .param("ids", subject.registrationIdsForSql())
                .param("emails", subject.emailsForSql())
                .query()
                .listOfRows()
                .stream()
                .map(row -> new StoredRecord(CERTIFICATES, row))
                .toList();
    }

    @Override
    public void erase(UUID tenantId, DataSubject subject) {
        // The content snapshot's only personal field is the holder's name (see CertificateContent),
        // which the register keeps, so it stays as issued. A valid programme certificate must keep a
        // unique address key per programme; it gets one that names nobody.
        jdbc.sql("""
                        update certificates.certificate
                           set holder_email = '',
                               holder_email_normalized = case when kind = 'PROGRAMME' and revoked_at is null
                                                              then 'erased-' || id::text else '' end,
                               registration_id = null
                         where tenant_id = :tenant and (registration_id in (:ids) or holder_email_normalized in (:emails))
                        """)
                .param("tenant", tenantId)
                .param("ids", subject.registrationIdsForSql())
                .param("emails", subject.emailsForSql())
                .update();
    }

    @Override
    public List<String> keptOnErasure() {
        return List.of("persons.kept.certificateRegister");
    }
}
