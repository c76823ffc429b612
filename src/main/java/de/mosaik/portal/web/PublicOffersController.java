package de.mosaik.portal.web;

import de.mosaik.identity.TenantProfile;
import de.mosaik.identity.Tenants;
import de.mosaik.portal.OfferAudience;
import de.mosaik.portal.PortalTexts;
import de.mosaik.portal.domain.PublicContentService;
import de.mosaik.shared.i18n.UiLanguage;
import de.mosaik.shared.text.BerlinTime;
import de.mosaik.shared.web.PublicContent;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The public pages of a tenant's offers and places, in the reader's language with German where not translated. */
@Controller
class PublicOffersController {

    private final Tenants tenants;
    private final PublicContentService reading;
    private final PlaceJsonLd jsonLd;
    private final PortalJsonLd portalJsonLd;
    private final PublicHeads heads;

    PublicOffersController(
            Tenants tenants,
            PublicContentService reading,
            PlaceJsonLd jsonLd,
            PortalJsonLd portalJsonLd,
            PublicHeads heads) {
        this.tenants = tenants;
        this.reading = reading;
        this.jsonLd = jsonLd;
        this.portalJsonLd = portalJsonLd;
        this.heads = heads;
    }

    @PublicContent
    @GetMapping("/{slug}/angebote")
    String offers(
            @PathVariable String slug,
            @RequestParam(name = "zielgruppe", required = false) @Nullable String audience,
            @RequestParam(name = "sprache", required = false) @Nullable String language,
            Locale locale,
            Model model) {
        var tenant = tenant(slug, model);
        var chosenAudience = Arrays.stream(OfferAudience.values())
                .filter(a -> a.name().equals(audience))
                .findFirst()
                .orElse(null);
        var chosenLanguage = language != null && SpokenLanguages.CODES.contains(language) ? language : null;
        model.addAttribute(
                "offers",
                reading.offers(
                        tenant.id(),
                        UiLanguage.of(locale),
                        new PublicContentService.OfferFilter(chosenAudience, chosenLanguage)));
        model.addAttribute("audience", chosenAudience);
        model.addAttribute("language", chosenLanguage);
        model.addAttribute("languages", SpokenLanguages.CODES);
        // The filtered lists are views of this one page: their canonical address is the unfiltered list.
        model.addAttribute("head", heads.list("/" + slug + "/angebote", locale, "portal.public.offers.title"));
        return "portal/visitor/offers";
    }

    @PublicContent
    @GetMapping("/{slug}/angebote/{offerSlug}")
    String offer(@PathVariable String slug, @PathVariable String offerSlug, Locale locale, Model model) {
        var tenant = tenant(slug, model);
        var offer = reading.offer(tenant.id(), offerSlug, UiLanguage.of(locale))
                .orElseThrow(PublicOffersController::notFound);
        model.addAttribute("offer", offer);
        model.addAttribute(
                "head",
                heads.of(
                        offer.offer().path(slug),
                        UiLanguage.of(locale),
                        offer.languages(),
                        offer.texts().get(PortalTexts.TITLE).text(),
                        offer.texts().get(PortalTexts.SUMMARY).text(),
                        "website",
                        null,
                        portalJsonLd.service(offer, tenant, locale)));
        return "portal/visitor/offer";
    }

    @PublicContent
    @GetMapping("/{slug}/orte/{placeSlug}")
    String place(@PathVariable String slug, @PathVariable String placeSlug, Locale locale, Model model) {
        var tenant = tenant(slug, model);
        var place = reading.place(tenant.id(), placeSlug, UiLanguage.of(locale))
                .orElseThrow(PublicOffersController::notFound);
        model.addAttribute("place", place);
        model.addAttribute("today", LocalDate.now(BerlinTime.ZONE));
        model.addAttribute("jsonLd", jsonLd.of(place, tenant));
        var photo = place.photo();
        model.addAttribute(
                "head",
                heads.of(
                        place.place().path(slug),
                        UiLanguage.of(locale),
                        place.languages(),
                        place.place().name(),
                        place.texts().get(PortalTexts.SUMMARY).text(),
                        "website",
                        photo == null ? null : photo.src(),
                        null));
        return "portal/visitor/place";
    }

    private TenantProfile tenant(String slug, Model model) {
        var tenant = tenants.bySlug(slug).filter(TenantProfile::active).orElseThrow(PublicOffersController::notFound);
        model.addAttribute("tenant", tenant);
        model.addAttribute("branding", tenant.branding());
        return tenant;
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
