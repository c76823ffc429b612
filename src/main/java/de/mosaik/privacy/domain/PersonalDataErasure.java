package de.mosaik.privacy.domain;

import de.mosaik.shared.privacy.DataSubject;
import de.mosaik.shared.privacy.PersonalDataHolder;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Erases what every module keeps about a subject, in one transaction. Holders run in their
 * {@code @Order}; the registration module's holder comes last because deleting a registration
 * cascades to rows other holders may still want to read. The statistical facts survive by the
 * database triggers of the reporting schema.
 */
@Service
public class PersonalDataErasure {

    private final List<PersonalDataHolder> holders;

    PersonalDataErasure(List<PersonalDataHolder> holders) {
        this.holders = holders;
    }

    @Transactional
    public void erase(UUID tenantId, DataSubject subject) {
        if (subject.isEmpty()) {
            return;
        }
        for (var holder : holders) {
            holder.erase(tenantId, subject);
        }
    }

    /** Message keys of what stays after an erasure, for the confirmation page. */
    public List<String> keptOnErasure() {
        return holders.stream().flatMap(h -> h.keptOnErasure().stream()).toList();
    }
}
