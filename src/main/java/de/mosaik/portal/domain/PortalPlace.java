package de.mosaik.portal.domain;

import de.mosaik.portal.PlaceDetails;
import java.util.UUID;

/** A place of the KI's portal (Ort); not an event venue, which the events module keeps. */
public record PortalPlace(UUID id, String slug, PlaceDetails details, int version) {

    public String name() {
        return details.name();
    }

    public String path(String tenantSlug) {
        return "/" + tenantSlug + "/orte/" + slug;
    }
}
