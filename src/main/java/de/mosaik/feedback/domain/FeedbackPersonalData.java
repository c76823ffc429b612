package de.mosaik.feedback.domain;

import de.mosaik.shared.privacy.DataSubject;
import de.mosaik.shared.privacy.PersonalDataHolder;
import de.mosaik.shared.privacy.StoredRecord;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who was invited to give feedback and whether they answered. The answers themselves are stored
 * without any link to the person (anonymous by design) and are therefore not personal data.
 */
@Component
class FeedbackPersonalData implements PersonalDataHolder {

    private static final String INVITATIONS = "feedback.invitation";

    private final JdbcClient jdbc;

    FeedbackPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<String> tables() {
        return Set.of(INVITATIONS);
    }

    @Override
    public List<StoredRecord> export(UUID tenantId, DataSubject subject) {
        if (subject.registrationIds().isEmpty()) {
            return List.of();
        }
        // The token's hash is left out: it only proves an invitation link and says nothing about the person.
        return jdbc
                .sql("""
                        select registration_id, event_id, sent_at, responded from feedback.invitation
                         where tenant_id = :tenant and registration_id in (:ids) order by sent_at
                        """)
                .param("tenant", tenantId)
                .param("ids", subject.registrationIds())
                .query()
                .listOfRows()
                .stream()
                .map(row -> new StoredRecord(INVITATIONS, row))
                .toList();
    }

    @Override
    public void erase(UUID tenantId, DataSubject subject) {
        if (subject.registrationIds().isEmpty()) {
            return;
        }
        jdbc.sql("delete from feedback.invitation where tenant_id = :tenant and registration_id in (:ids)")
                .param("tenant", tenantId)
                .param("ids", subject.registrationIds())
                .update();
    }
}
