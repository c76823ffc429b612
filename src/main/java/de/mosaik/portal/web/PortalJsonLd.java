package de.mosaik.portal.web;

import de.mosaik.identity.TenantProfile;
import de.mosaik.portal.OfferAudience;
import de.mosaik.portal.PortalTexts;
import de.mosaik.portal.domain.PublicOffer;
import de.mosaik.shared.web.BaseUrl;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The schema.org data blocks of the tenant's start page ({@code GovernmentOrganization}) and of an offer
 * ({@code Service}); the place's {@code Place} is {@link PlaceJsonLd}. Escaped as {@link PlaceJsonLd#escape}
 * does, so that no text staff write can end the script element.
 */
@Component
class PortalJsonLd {

    private final JsonMapper json;
    private final BaseUrl baseUrl;
    private final MessageSource messages;

    PortalJsonLd(JsonMapper json, BaseUrl baseUrl, MessageSource messages) {
        this.json = json;
        this.baseUrl = baseUrl;
        this.messages = messages;
    }

    /** The integration centre: its name, address and how to reach it. */
    String organization(TenantProfile tenant, String description) {
        var ld = new LinkedHashMap<String, Object>();
        ld.put("@context", "https://schema.org");
        ld.putAll(organizationFields(tenant));
        if (!description.isBlank()) {
            ld.put("description", description);
        }
        if (tenant.hasLogo()) {
            ld.put("logo", baseUrl.link("/" + tenant.slug() + "/logo"));
        }
        ld.put("parentOrganization", Map.of("@type", "GovernmentOrganization", "name", tenant.name()));
        return PlaceJsonLd.escape(json.writeValueAsString(ld));
    }

    /** An offer as a service of the centre: for whom, where, in which languages. */
    String service(PublicOffer shown, TenantProfile tenant, Locale locale) {
        var offer = shown.offer();
        var d = offer.details();
        var ld = new LinkedHashMap<String, Object>();
        ld.put("@context", "https://schema.org");
        ld.put("@type", "Service");
        ld.put("name", shown.texts().get(PortalTexts.TITLE).text());
        var summary = shown.texts().get(PortalTexts.SUMMARY);
        if (!summary.isBlank()) {
            ld.put("description", summary.text());
        }
        ld.put("url", baseUrl.link(offer.path(tenant.slug())));
        ld.put("provider", organizationFields(tenant));
        ld.put("areaServed", Map.of("@type", "AdministrativeArea", "name", tenant.name()));
        if (!d.languages().isEmpty()) {
            ld.put("availableLanguage", d.languages());
        }
        var audiences = new ArrayList<Map<String, Object>>();
        for (var audience : OfferAudience.values()) {
            if (d.audiences().contains(audience)) {
                var entry = new LinkedHashMap<String, Object>();
                entry.put("@type", d.ageFrom() != null || d.ageTo() != null ? "PeopleAudience" : "Audience");
                entry.put("audienceType", messages.getMessage(audience.messageKey(), null, locale));
                if (d.ageFrom() != null) {
                    entry.put("suggestedMinAge", d.ageFrom());
                }
                if (d.ageTo() != null) {
                    entry.put("suggestedMaxAge", d.ageTo());
                }
                audiences.add(entry);
            }
        }
        if (!audiences.isEmpty()) {
            ld.put("audience", audiences.size() == 1 ? audiences.get(0) : audiences);
        }
        if (d.freeOfCharge()) {
            ld.put("isAccessibleForFree", true);
        }
        var place = shown.place();
        if (place != null) {
            ld.put(
                    "availableChannel",
                    Map.of(
                            "@type",
                            "ServiceChannel",
                            "serviceLocation",
                            Map.of(
                                    "@type", "Place",
                                    "name", place.name(),
                                    "url", baseUrl.link(place.path(tenant.slug())),
                                    "address",
                                            address(
                                                    place.details().street(),
                                                    place.details().postalCode(),
                                                    place.details().city()))));
        }
        return PlaceJsonLd.escape(json.writeValueAsString(ld));
    }

    private Map<String, Object> organizationFields(TenantProfile tenant) {
        var fields = new LinkedHashMap<String, Object>();
        fields.put("@type", "GovernmentOrganization");
        fields.put("name", tenant.centreName());
        fields.put("url", baseUrl.link("/" + tenant.slug()));
        if (!tenant.street().isBlank() || !tenant.city().isBlank()) {
            fields.put("address", address(tenant.street(), tenant.postalCode(), tenant.city()));
        }
        if (!tenant.phone().isBlank()) {
            fields.put("telephone", tenant.phone());
        }
        if (!tenant.email().isBlank()) {
            fields.put("email", tenant.email());
        }
        return fields;
    }

    private static Map<String, Object> address(String street, String postalCode, String city) {
        var address = new LinkedHashMap<String, Object>();
        address.put("@type", "PostalAddress");
        address.put("streetAddress", street);
        address.put("postalCode", postalCode);
        address.put("addressLocality", city);
        address.put("addressCountry", "DE");
        return address;
    }
}
