package de.mosaik.portal.domain;

import de.mosaik.portal.ContactDetails;
import de.mosaik.portal.OfferDetails;
import de.mosaik.portal.PlaceDetails;
import de.mosaik.portal.PortalContentSetup;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates portal content for the modules that set up a tenant, through the same services staff use. */
@Service
class PortalContentSetupService implements PortalContentSetup {

    private final PortalPlaceService places;
    private final ContactService contacts;
    private final OfferService offers;
    private final PageService pages;

    PortalContentSetupService(
            PortalPlaceService places, ContactService contacts, OfferService offers, PageService pages) {
        this.places = places;
        this.contacts = contacts;
        this.offers = offers;
        this.pages = pages;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<UUID> pageId(UUID tenantId, String pageSlug) {
        return pages.tree(tenantId).bySlug(pageSlug).map(Page::id);
    }

    @Override
    @Transactional
    public UUID createPlace(UUID tenantId, PlaceDetails place) {
        return places.create(tenantId, place)
                .orElseThrow(() -> new IllegalArgumentException("the tenant has a place named " + place.name()));
    }

    @Override
    @Transactional
    public void showPhoto(UUID tenantId, UUID placeId, UUID imageId) {
        var place = places.byId(tenantId, placeId)
                .orElseThrow(() -> new IllegalArgumentException("the tenant has no place " + placeId));
        var outcome = places.update(tenantId, placeId, place.version(), place.details(), imageId, true);
        if (outcome != EditOutcome.DONE) {
            throw new IllegalArgumentException("the place's photo was not saved: " + outcome);
        }
    }

    @Override
    @Transactional
    public UUID createContact(UUID tenantId, ContactDetails contact) {
        return contacts.create(tenantId, contact);
    }

    @Override
    @Transactional
    public void showContactsOnPage(UUID tenantId, UUID pageId, List<UUID> contactIds) {
        pages.showContacts(tenantId, pageId, contactIds);
    }

    @Override
    @Transactional
    public UUID createOffer(UUID tenantId, OfferDetails offer, boolean published) {
        return offers.create(tenantId, offer, published ? OfferStatus.PUBLISHED : OfferStatus.DRAFT);
    }
}
