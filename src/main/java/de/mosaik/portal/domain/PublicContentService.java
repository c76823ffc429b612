package de.mosaik.portal.domain;

import de.mosaik.events.EventTranslations;
import de.mosaik.identity.TenantProfile;
import de.mosaik.identity.Tenants;
import de.mosaik.portal.OfferAudience;
import de.mosaik.portal.PortalHighlights;
import de.mosaik.portal.PortalImages;
import de.mosaik.portal.PortalTeaser;
import de.mosaik.portal.PortalTexts;
import de.mosaik.shared.i18n.UiLanguage;
import de.mosaik.shared.text.BerlinTime;
import de.mosaik.shared.text.SafeHtml;
import de.mosaik.shared.translation.ContentLanguage;
import de.mosaik.shared.translation.TranslationSet;
import de.mosaik.shared.translation.Translations;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The portal's offers, places and contacts as the public sees them, in the reader's language. */
@Service
public class PublicContentService implements PortalHighlights {

    private final OfferService offers;
    private final PortalPlaceService places;
    private final ContactService contacts;
    private final Translations translations;
    private final EventTranslations eventTexts;
    private final Tenants tenants;
    private final PortalImages images;
    private final Clock clock;

    PublicContentService(
            OfferService offers,
            PortalPlaceService places,
            ContactService contacts,
            Translations translations,
            EventTranslations eventTexts,
            Tenants tenants,
            PortalImages images) {
        this.tenants = tenants;
        this.images = images;
        this.offers = offers;
        this.places = places;
        this.contacts = contacts;
        this.translations = translations;
        this.eventTexts = eventTexts;
        this.clock = Clock.system(BerlinTime.ZONE);
    }

    /** Filters of the public list; null means all. */
    public record OfferFilter(
            @Nullable OfferAudience audience, @Nullable String language) {}

    /** The published, current offers that pass the filter, each with its title and summary in {@code language}. */
    @Transactional(readOnly = true)
    public List<OfferCard> offers(UUID tenantId, UiLanguage language, OfferFilter filter) {
        var found = offers.current(tenantId, today()).stream()
                .filter(o ->
                        filter.audience() == null || o.details().audiences().contains(filter.audience()))
                .filter(o ->
                        filter.language() == null || o.details().languages().contains(filter.language()))
                .toList();
        var set = offerTexts(tenantId, found.stream().map(Offer::id).toList());
        var content = ContentLanguage.of(language);
        return found.stream()
                .map(o -> new OfferCard(o, ShownTexts.of(set, o.id(), OfferService.texts(o.details()), content)))
                .toList();
    }

    /** An offer in a list: the offer and its texts. */
    public record OfferCard(Offer offer, ShownTexts texts) {}

    /** A published offer of the tenant by its path word. */
    @Transactional(readOnly = true)
    public Optional<PublicOffer> offer(UUID tenantId, String slug, UiLanguage language) {
        var offer = offers.bySlug(tenantId, slug).filter(Offer::published);
        if (offer.isEmpty()) {
            return Optional.empty();
        }
        var o = offer.get();
        var content = ContentLanguage.of(language);
        var set = offerTexts(tenantId, List.of(o.id()));
        var german = OfferService.texts(o.details());
        var texts = ShownTexts.of(set, o.id(), german, content);
        var placeId = o.details().placeId();
        var place = placeId == null ? null : places.byId(tenantId, placeId).orElse(null);
        return Optional.of(new PublicOffer(
                o,
                texts,
                SafeHtml.fromMarkdown(texts.get(PortalTexts.BODY).text()),
                place,
                publicContacts(tenantId, o.details().contactIds(), content),
                eventLink(tenantId, o, language),
                PublishedLanguages.of(set, o.id(), german)));
    }

    /** A place of the tenant by its path word, with whether it is open at this moment in Berlin. */
    @Transactional(readOnly = true)
    public Optional<PublicPlace> place(UUID tenantId, String slug, UiLanguage language) {
        var tenantSlug = tenantSlug(tenantId);
        var place = places.bySlug(tenantId, slug);
        if (place.isEmpty()) {
            return Optional.empty();
        }
        var p = place.get();
        var content = ContentLanguage.of(language);
        var placeTexts = translations.load(tenantId, PortalTexts.PLACE, List.of(p.id()));
        var german = PortalPlaceService.texts(p.details());
        var texts = ShownTexts.of(placeTexts, p.id(), german, content);
        var here = offers.atPlace(tenantId, p.id(), today());
        var set = offerTexts(tenantId, here.stream().map(Offer::id).toList());
        var teasers =
                here.stream().map(o -> teaser(set, o, content, tenantSlug)).toList();
        var photo = p.photoId() == null
                ? null
                : images.published(tenantId, tenantSlug, p.photoId(), content).orElse(null);
        return Optional.of(new PublicPlace(
                p,
                texts,
                photo,
                publicContacts(tenantId, p.details().contactIds(), content),
                teasers,
                p.details().hours().at(ZonedDateTime.now(clock)),
                PublishedLanguages.of(placeTexts, p.id(), german)));
    }

    @Override
    @Transactional(readOnly = true)
    public List<PortalTeaser> currentOffers(UUID tenantId, UiLanguage language, int limit) {
        var found = offers.current(tenantId, today()).stream().limit(limit).toList();
        var set = offerTexts(tenantId, found.stream().map(Offer::id).toList());
        return found.stream()
                .map(o -> teaser(set, o, ContentLanguage.of(language), tenantSlug(tenantId)))
                .toList();
    }

    /** The published, current offers whose field of work is the page {@code pageId}, by title. */
    @Transactional(readOnly = true)
    public List<PortalTeaser> offersInField(UUID tenantId, UUID pageId, ContentLanguage language) {
        var found = offers.inField(tenantId, pageId, today());
        var set = offerTexts(tenantId, found.stream().map(Offer::id).toList());
        var tenantSlug = tenantSlug(tenantId);
        return found.stream().map(o -> teaser(set, o, language, tenantSlug)).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<PortalTeaser> places(UUID tenantId, UiLanguage language) {
        var all = places.all(tenantId);
        var set = translations.load(
                tenantId, PortalTexts.PLACE, all.stream().map(PortalPlace::id).toList());
        var content = ContentLanguage.of(language);
        var tenantSlug = tenantSlug(tenantId);
        return all.stream()
                .map(p -> new PortalTeaser(
                        de.mosaik.shared.translation.ShownText.german(p.name()),
                        set.text(p.id(), PortalTexts.SUMMARY, p.details().summary())
                                .in(content),
                        p.path(tenantSlug)))
                .toList();
    }

    private PortalTeaser teaser(TranslationSet set, Offer o, ContentLanguage language, String tenantSlug) {
        return new PortalTeaser(
                set.text(o.id(), PortalTexts.TITLE, o.title()).in(language),
                set.text(o.id(), PortalTexts.SUMMARY, o.details().summary()).in(language),
                o.path(tenantSlug));
    }

    /** The tenant's contacts with these ids in this order, each text in {@code language} or German. */
    @Transactional(readOnly = true)
    public List<PublicContact> contacts(UUID tenantId, List<UUID> ids, ContentLanguage language) {
        return publicContacts(tenantId, ids, language);
    }

    private List<PublicContact> publicContacts(UUID tenantId, List<UUID> ids, ContentLanguage language) {
        var found = contacts.byIds(tenantId, ids);
        var set = translations.load(tenantId, PortalTexts.CONTACT, ids);
        return found.stream()
                .map(c -> new PublicContact(c, ShownTexts.of(set, c.id(), ContactService.texts(c.details()), language)))
                .toList();
    }

    private PublicOffer.@Nullable EventLink eventLink(UUID tenantId, Offer o, UiLanguage language) {
        var eventId = o.details().eventId();
        if (eventId == null) {
            return null;
        }
        return offers.eventChoices(tenantId).stream()
                .filter(e -> e.id().equals(eventId))
                .findFirst()
                .map(e -> new PublicOffer.EventLink(
                        "/" + tenantSlug(tenantId) + "/veranstaltungen/" + e.id(),
                        eventTexts.title(tenantId, e.id(), e.title(), language)))
                .orElse(null);
    }

    private String tenantSlug(UUID tenantId) {
        return tenants.byId(tenantId).map(TenantProfile::slug).orElse("");
    }

    private TranslationSet offerTexts(UUID tenantId, List<UUID> ids) {
        return translations.load(tenantId, PortalTexts.OFFER, ids);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
