package de.mosaik.attendance.domain;

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
 * A person's attendance marks, their history and the check-in pass, found by the registrations.
 * Deleting marks fires no trigger, so the hours already counted in the statistical facts stay.
 */
@Component
class AttendancePersonalData implements PersonalDataHolder {

    private static final List<String> TABLES =
            List.of("attendance.mark", "attendance.mark_change", "attendance.check_in_pass");

    private final JdbcClient jdbc;

    AttendancePersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<String> tables() {
        return Set.copyOf(TABLES);
    }

    @Override
    public List<StoredRecord> export(UUID tenantId, DataSubject subject) {
        var records = new ArrayList<StoredRecord>();
        if (subject.registrationIds().isEmpty()) {
            return records;
        }
        for (var table : TABLES) {
            // The table names are constants of this class, never input.
            jdbc.sql("select * from " + table + " where tenant_id = :tenant and registration_id in (:ids)")
                    .param("tenant", tenantId)
                    .param("ids", subject.registrationIds())
                    .query()
                    .listOfRows()
                    .forEach(row -> {
                        // The pass token opens the check-in like a key; an export may be read by others.
                        row.remove("token");
                        records.add(new StoredRecord(table, row));
                    });
        }
        return records;
    }

    @Override
    public void erase(UUID tenantId, DataSubject subject) {
        if (subject.registrationIds().isEmpty()) {
            return;
        }
        for (var table : TABLES) {
            jdbc.sql("delete from " + table + " where tenant_id = :tenant and registration_id in (:ids)")
                    .param("tenant", tenantId)
                    .param("ids", subject.registrationIds())
                    .update();
        }
    }
}
