package de.mosaik.organisations;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A body in the register; {@code tenantId} is set when the body runs its own Mosaik tenant. */
public record Organisation(
        UUID id, OrganisationDetails details, @Nullable UUID tenantId, int version) {

    public String name() {
        return details.name();
    }

    public OrganisationKind kind() {
        return details.kind();
    }
}
