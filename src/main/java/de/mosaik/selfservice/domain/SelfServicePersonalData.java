package de.mosaik.selfservice.domain;

import de.mosaik.shared.privacy.DataSubject;
import de.mosaik.shared.privacy.PersonalDataHolder;
import de.mosaik.shared.privacy.StoredRecord;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The links to their own record a person asked for; they name the address they were sent to. */
@Component
class SelfServicePersonalData implements PersonalDataHolder {

    private static final String LINKS = "selfservice.magic_link";

    private final JdbcClient jdbc;

    SelfServicePersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<String> tables() {
        return Set.of(LINKS);
    }

    @Override
    public List<StoredRecord> export(UUID tenantId, DataSubject subject) {
        if (subject.emails().isEmpty()) {
            return List.of();
        }
        // Only the hash of a link's secret is stored; it is left out since it cannot open anything anyway.
        return jdbc.sql("""
                        select email_normalized, created_at, expires_at from selfservice.magic_link
                         where tenant_id = :tenant and email_normalized in (:emails) order by created_at
                        """).param("tenant", tenantId).param("emails", subject.emails()).query().listOfRows().stream()
                .map(row -> new StoredRecord(LINKS, row))
                .toList();
    }

    @Override
    public void erase(UUID tenantId, DataSubject subject) {
        if (subject.emails().isEmpty()) {
            return;
        }
        jdbc.sql("delete from selfservice.magic_link where tenant_id = :tenant and email_normalized in (:emails)")
                .param("tenant", tenantId)
                .param("emails", subject.emails())
                .update();
    }
}
