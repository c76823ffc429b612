package de.mosaik.shared.privacy;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A module's answer for the participant data it keeps. Each module with such tables provides one
 * bean, so that the access export and the erasure find every table without knowing the modules;
 * a test fails when a table with personal data is claimed by no holder.
 */
public interface PersonalDataHolder {

    /** Schema-qualified names of the tables this holder answers for, e.g. {@code attendance.mark}. */
    Set<String> tables();

    /** Every stored row about the subject at this tenant, for the access export (Art. 15 DSGVO). */
    List<StoredRecord> export(UUID tenantId, DataSubject subject);

    /**
     * Deletes or anonymises what this module keeps about the subject at this tenant (Art. 17
     * DSGVO), except what the law requires to keep, which {@link #keptOnErasure()} names.
     * Runs in the caller's transaction.
     */
    void erase(UUID tenantId, DataSubject subject);

    /** Message keys of what stays after an erasure and why (e.g. the certificate register); usually none. */
    default List<String> keptOnErasure() {
        return List.of();
    }
}
