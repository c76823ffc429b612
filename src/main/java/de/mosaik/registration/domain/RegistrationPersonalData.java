package de.mosaik.registration.domain;

import de.mosaik.shared.privacy.DataSubject;
import de.mosaik.shared.privacy.PersonalDataHolder;
import de.mosaik.shared.privacy.StoredRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The registrations of a person and the staff's change notes about them. Runs last in an erasure:
 * deleting a registration cascades to marks, passes and invitations that the other holders still
 * export or clear first, and its trigger keeps the statistical facts.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class RegistrationPersonalData implements PersonalDataHolder {

    /** The module's schema; table names are built from it so they never read like message keys. */
    private static final String SCHEMA = "registration";

    private static final String REGISTRATIONS = SCHEMA + ".registration";
    private static final String CHANGES = SCHEMA + ".registration_change";

    private final JdbcClient jdbc;

    RegistrationPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<String> tables() {
        return Set.of(REGISTRATIONS, CHANGES);
    }

    @Override
    public List<StoredRecord> export(UUID tenantId, DataSubject subject) {
        var records = new ArrayList<StoredRecord>();
        jdbc.sql("select * from registration.registration where tenant_id = :tenant and "
                        + "(id in (:ids) or email_normalized in (:emails)) order by created_at")
                .param("tenant", tenantId)
                .param("ids", subject.registrationIdsForSql())
                .param("emails", subject.emailsForSql())
                .query()
                .listOfRows()
                .forEach(row -> {
                    // The personal link's secret opens the registration; an export may travel further than its subject.
                    row.remove("manage_token");
                    records.add(new StoredRecord(REGISTRATIONS, row));
                });
        jdbc.sql("""
                        select c.* from registration.registration_change c
                          join registration.registration r on r.id = c.registration_id
                         where c.tenant_id = :tenant and (r.id in (:ids) or r.email_normalized in (:emails))
                         order by c.changed_at
                        """)
                .param("tenant", tenantId)
                .param("ids", subject.registrationIdsForSql())
                .param("emails", subject.emailsForSql())
                .query()
                .listOfRows()
                .forEach(row -> records.add(new StoredRecord(CHANGES, row)));
        return records;
    }

    @Override
    public void erase(UUID tenantId, DataSubject subject) {
        // The change notes go with their registration (on delete cascade).
        jdbc.sql("delete from registration.registration where tenant_id = :tenant and "
                        + "(id in (:ids) or email_normalized in (:emails))")
                .param("tenant", tenantId)
                .param("ids", subject.registrationIdsForSql())
                .param("emails", subject.emailsForSql())
                .update();
    }
}
