package de.mosaik.privacy.retention;

import de.mosaik.shared.privacy.DataSubject;
import de.mosaik.shared.privacy.PersonalDataHolder;
import de.mosaik.shared.privacy.StoredRecord;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * TEST ONLY, until the registration module's own holder is merged: deletes the subject's
 * registrations by id, which cascades to attendance marks, passes and invitations as the real
 * holder does. Remove this class once {@code registration} provides its holder.
 */
@Component
class TestRegistrationHolder implements PersonalDataHolder {

    private final JdbcClient jdbc;

    TestRegistrationHolder(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<String> tables() {
        return Set.of();
    }

    @Override
    public List<StoredRecord> export(UUID tenantId, DataSubject subject) {
        return List.of();
    }

    @Override
    public void erase(UUID tenantId, DataSubject subject) {
        if (subject.registrationIds().isEmpty()) {
            return;
        }
        jdbc.sql("delete from registration.registration where tenant_id = ? and id = any(?)")
                .params(tenantId, subject.registrationIds().toArray(UUID[]::new))
                .update();
    }
}
