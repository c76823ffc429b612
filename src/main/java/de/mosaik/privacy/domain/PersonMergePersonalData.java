package de.mosaik.privacy.domain;

import de.mosaik.shared.privacy.DataSubject;
import de.mosaik.shared.privacy.PersonalDataHolder;
import de.mosaik.shared.privacy.StoredRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the privacy module itself keeps about a person: the merges naming their addresses and the
 * access log entries about them. An erasure keeps who looked at the data and when (the log's
 * purpose) but no longer whose data it was.
 */
@Component
class PersonMergePersonalData implements PersonalDataHolder {

    static final String MERGES = "privacy.person_merge";
    private static final String ACCESS_LOG = "privacy.access_log";

    private final JdbcClient jdbc;

    PersonMergePersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<String> tables() {
        return Set.of(MERGES, ACCESS_LOG);
    }

    @Override
    public List<StoredRecord> export(UUID tenantId, DataSubject subject) {
        var records = new ArrayList<StoredRecord>();
        if (subject.emails().isEmpty()) {
            return records;
        }
        jdbc.sql("""
                        select alias_email, canonical_email, merged_at, merged_by_name from privacy.person_merge
                         where tenant_id = :tenant and (alias_email in (:emails) or canonical_email in (:emails))
                         order by merged_at
                        """)
                .param("tenant", tenantId)
                .param("emails", subject.emails())
                .query()
                .listOfRows()
                .forEach(row -> records.add(new StoredRecord(MERGES, row)));
        jdbc.sql("""
                        select accessed_at, account_name, kind, resource, label, person_email from privacy.access_log
                         where tenant_id = :tenant and person_email in (:emails) order by accessed_at
                        """)
                .param("tenant", tenantId)
                .param("emails", subject.emails())
                .query()
                .listOfRows()
                .forEach(row -> records.add(new StoredRecord(ACCESS_LOG, row)));
        return records;
    }

    @Override
    public void erase(UUID tenantId, DataSubject subject) {
        if (subject.emails().isEmpty()) {
            return;
        }
        jdbc.sql("delete from privacy.person_merge where tenant_id = :tenant "
                        + "and (alias_email in (:emails) or canonical_email in (:emails))")
                .param("tenant", tenantId)
                .param("emails", subject.emails())
                .update();
        // The label may be the person's name (person pages are logged by it), so it goes too.
        jdbc.sql("update privacy.access_log set person_email = null, label = '' "
                        + "where tenant_id = :tenant and person_email in (:emails)")
                .param("tenant", tenantId)
                .param("emails", subject.emails())
                .update();
    }
}
