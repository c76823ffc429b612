package de.mosaik.portal.domain;

import de.mosaik.portal.OfferDetails;
import java.util.UUID;

/** An offer of the KI (Angebot): counselling, a programme, a service. */
public record Offer(UUID id, String slug, OfferStatus status, OfferDetails details, int version) {

    public String title() {
        return details.title();
    }

    public boolean published() {
        return status == OfferStatus.PUBLISHED;
    }

    public String path(String tenantSlug) {
        return "/" + tenantSlug + "/angebote/" + slug;
    }
}
