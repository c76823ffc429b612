package de.mosaik.networks.domain;

import de.mosaik.shared.privacy.DataSubject;
import de.mosaik.shared.privacy.PersonalDataHolder;
import de.mosaik.shared.privacy.StoredRecord;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Meeting registrations are the registering tenant's (ADR 0020): their names and addresses are in registration's
 * tables, which registration's holder exports and erases. Networks keeps per registration only the member body and
 * the delegate's account it was made by ({@code networks.meeting_registrant}), which goes with the registration
 * (deleted with it) — nothing to export or erase by a person's address.
 */
@Component
class MeetingPersonalData implements PersonalDataHolder {

    @Override
    public Set<String> tables() {
        return Set.of("networks.meeting_registrant");
    }

    @Override
    public List<StoredRecord> export(UUID tenantId, DataSubject subject) {
        return List.of();
    }

    @Override
    public void erase(UUID tenantId, DataSubject subject) {
        // Erasing the registration (registration's holder) deletes its row here by the foreign key.
    }
}
