package de.mosaik.certificates.domain;

import de.mosaik.shared.privacy.RetentionSweep;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The end of the certificate register's period: certificates issued before the cut-off, once their
 * registration is gone (deleting it sets the reference to null). While the registration exists the
 * register entry backs it, so it stays.
 */
@Component
class ExpiredCertificates implements RetentionSweep {

    private final JdbcClient jdbc;

    ExpiredCertificates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Rule rule() {
        return Rule.CERTIFICATE_REGISTER;
    }

    @Override
    public int sweep(UUID tenantId, Instant cutOff) {
        return jdbc.sql("""
                        delete from certificates.certificate c
                        where c.tenant_id = ? and c.issued_at < ?
                          and (c.registration_id is null
                               or not exists (select 1 from registration.v_person_address r
                                               where r.registration_id = c.registration_id))
                        """).params(tenantId, Timestamp.from(cutOff)).update();
    }
}
