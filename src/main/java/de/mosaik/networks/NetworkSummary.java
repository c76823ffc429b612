package de.mosaik.networks;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A network as other modules and lists show it. */
public record NetworkSummary(
        UUID id,
        String slug,
        String name,
        NetworkKind kind,
        NetworkVisibility visibility,
        @Nullable UUID coordinatingOrganisationId,
        int version) {

    public boolean isPublic() {
        return visibility == NetworkVisibility.PUBLIC;
    }
}
