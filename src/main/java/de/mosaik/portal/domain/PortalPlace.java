package de.mosaik.portal.domain;

import de.mosaik.portal.PlaceDetails;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A place of the KI's portal (Ort); not an event venue, which the events module keeps. {@code photoId}
 * names an image of the tenant's library, or null when the place has no photo.
 */
public record PortalPlace(
        UUID id,
        String slug,
        PlaceDetails details,
        @Nullable UUID photoId,
        int version) {

    public String name() {
        return details.name();
    }

    public String path(String tenantSlug) {
        return "/" + tenantSlug + "/orte/" + slug;
    }
}
