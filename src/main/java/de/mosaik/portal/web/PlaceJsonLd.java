package de.mosaik.portal.web;

import de.mosaik.identity.TenantProfile;
import de.mosaik.portal.PortalTexts;
import de.mosaik.portal.TimeRange;
import de.mosaik.portal.domain.PublicPlace;
import de.mosaik.shared.text.BerlinTime;
import de.mosaik.shared.web.BaseUrl;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The schema.org {@code Place} of a place page with its {@code openingHoursSpecification}: one entry
 * per weekday range, and the days that differ as entries valid on that day only (a closed day opens
 * and closes at midnight, as schema.org says). A data block, which browsers never execute; {@code <},
 * {@code >} and {@code &} are escaped so that no text can end the script element.
 */
@Component
class PlaceJsonLd {

    private static final int EXCEPTION_DAYS = 90;

    private final JsonMapper json;
    private final BaseUrl baseUrl;

    PlaceJsonLd(JsonMapper json, BaseUrl baseUrl) {
        this.json = json;
        this.baseUrl = baseUrl;
    }

    String of(PublicPlace shown, TenantProfile tenant) {
        var place = shown.place();
        var d = place.details();
        var ld = new LinkedHashMap<String, Object>();
        ld.put("@context", "https://schema.org");
        ld.put("@type", "Place");
        ld.put("name", d.name());
        var summary = shown.texts().get(PortalTexts.SUMMARY);
        if (!summary.isBlank()) {
            ld.put("description", summary.text());
        }
        ld.put("url", baseUrl.link(place.path(tenant.slug())));
        if (shown.photo() != null) {
            ld.put("image", baseUrl.link(shown.photo().src()));
        }
        ld.put(
                "address",
                Map.of(
                        "@type", "PostalAddress",
                        "streetAddress", d.street(),
                        "postalCode", d.postalCode(),
                        "addressLocality", d.city(),
                        "addressCountry", "DE"));
        var hours = new ArrayList<Map<String, Object>>();
        for (var day : DayOfWeek.values()) {
            for (var range : d.hours().regular(day)) {
                hours.add(Map.of(
                        "@type",
                        "OpeningHoursSpecification",
                        "dayOfWeek",
                        "https://schema.org/" + name(day),
                        "opens",
                        range.opens().toString(),
                        "closes",
                        range.closes().toString()));
            }
        }
        var from = LocalDate.now(BerlinTime.ZONE);
        d.hours().exceptionsFrom(from, EXCEPTION_DAYS).forEach((day, ranges) -> {
            // A closed day opens and closes at midnight, as schema.org says.
            var spans = ranges.isEmpty() ? List.of(new TimeRange(LocalTime.MIDNIGHT, LocalTime.of(0, 1))) : ranges;
            for (var range : spans) {
                hours.add(Map.of(
                        "@type", "OpeningHoursSpecification",
                        "validFrom", day.toString(),
                        "validThrough", day.toString(),
                        "opens", range.opens().toString(),
                        "closes", ranges.isEmpty() ? "00:00" : range.closes().toString()));
            }
        });
        if (!hours.isEmpty()) {
            ld.put("openingHoursSpecification", hours);
        }
        var facts = new ArrayList<Map<String, Object>>();
        if (d.stepFree()) {
            facts.add(Map.of("@type", "LocationFeatureSpecification", "name", "wheelchairAccessible", "value", true));
        }
        if (!facts.isEmpty()) {
            ld.put("amenityFeature", facts);
        }
        return escape(json.writeValueAsString(ld));
    }

    private static String name(DayOfWeek day) {
        return day.getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH);
    }

    static String escape(String serialised) {
        return serialised.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }
}
