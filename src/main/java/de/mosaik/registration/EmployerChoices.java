package de.mosaik.registration;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The bodies a participant names as their employer when registering for an event offered to several
 * municipalities at once (a network's shared training). The module that knows the bodies implements it
 * (networks) and keeps the choice; registration asks for it on its form when the list is not empty.
 */
public interface EmployerChoices {

    /** The bodies to choose from for this event of the tenant, by name; empty when the event asks for none. */
    List<Employer> choices(UUID tenantId, UUID eventId);

    /** Keeps the employing body of a new registration; {@code null}: another body than those listed. */
    void record(UUID tenantId, UUID registrationId, @Nullable UUID organisationId);

    /** A body a participant may name. */
    record Employer(UUID organisationId, String name) {}
}
