package de.mosaik.portal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Creates a tenant's portal content, for modules that set up a tenant (the demo data). */
public interface PortalContentSetup {

    UUID createPlace(UUID tenantId, PlaceDetails place);

    /**
     * The place shows {@code imageId} of the tenant's image library as its photo, recorded as in use there.
     * Throws when the place or the image is not the tenant's.
     */
    void showPhoto(UUID tenantId, UUID placeId, UUID imageId);

    UUID createContact(UUID tenantId, ContactDetails contact);

    /** The tenant's page with the path word {@code pageSlug}, e.g. to name it as an offer's field of work. */
    Optional<UUID> pageId(UUID tenantId, String pageSlug);

    /** The page names these of the tenant's contacts, in this order. */
    void showContactsOnPage(UUID tenantId, UUID pageId, List<UUID> contactIds);

    /** The new offer's id; published when {@code published}, otherwise a draft. */
    UUID createOffer(UUID tenantId, OfferDetails offer, boolean published);
}
