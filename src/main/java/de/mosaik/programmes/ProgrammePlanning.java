package de.mosaik.programmes;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * Sets up a tenant's programmes as staff do on the programme pages, for modules that prepare a
 * tenant, such as the demo: the programme, its building blocks (Kompetenzbausteine) and their events.
 */
public interface ProgrammePlanning {

    /** A new programme; completed with all required building blocks and {@code optionalNeeded} others. */
    UUID createProgramme(
            UUID tenantId,
            String title,
            String description,
            LocalDate validFrom,
            LocalDate validUntil,
            int optionalNeeded);

    /** A new building block after the programme's last one; empty when the programme is not the tenant's. */
    Optional<UUID> addBuildingBlock(
            UUID tenantId, UUID programmeId, String title, String description, boolean required);

    /** False when the building block or the event is not the tenant's. Assigning twice changes nothing. */
    boolean assignEvent(UUID tenantId, UUID programmeId, UUID buildingBlockId, UUID eventId);
}
