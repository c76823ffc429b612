package de.mosaik.events.web;

import de.mosaik.events.CatalogueFormat;
import de.mosaik.events.EventStatus;
import de.mosaik.events.EventTexts;
import de.mosaik.events.PublicEvent;
import de.mosaik.identity.TenantProfile;
import de.mosaik.shared.web.BaseUrl;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The schema.org {@code Event} of an event page, for search engines and calendar tools. It is a
 * data block ({@code type="application/ld+json"}), which browsers never execute, so the CSP's ban
 * on inline script does not concern it; {@code <}, {@code >} and {@code &} are written as Unicode
 * escapes so that no text in it can close the script element. Name and description are the texts
 * the page shows, in the page's language where translated (the page's {@code lang} says which);
 * {@code inLanguage} stays the languages the event is held in, which is what it means for a
 * schema.org {@code Event} and what someone searching for an event in Turkish needs.
 */
@Component
class PublicEventJsonLd {

    private final JsonMapper json;
    private final BaseUrl baseUrl;

    PublicEventJsonLd(JsonMapper json, BaseUrl baseUrl) {
        this.json = json;
        this.baseUrl = baseUrl;
    }

    String of(PublicEvent event, EventTexts texts, TenantProfile tenant) {
        return escape(json.writeValueAsString(document(event, texts, tenant)));
    }

    static String escape(String serialised) {
        return serialised.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }

    private Map<String, Object> document(PublicEvent event, EventTexts texts, TenantProfile tenant) {
        var entry = event.entry();
        var page = baseUrl.link(entry.path());
        var ld = new LinkedHashMap<String, Object>();
        ld.put("@context", "https://schema.org");
        ld.put("@type", "Event");
        var description = texts.summary().isBlank() ? texts.title() : texts.summary();
        ld.put("name", texts.title().text());
        ld.put("description", description.text());
        ld.put("url", page);
        if (entry.firstStart() != null) {
            ld.put("startDate", CatalogueFormat.iso(entry.firstStart()));
            ld.put("endDate", CatalogueFormat.iso(entry.lastEnd()));
        }
        ld.put(
                "eventStatus",
                entry.status() == EventStatus.CANCELLED
                        ? "https://schema.org/EventCancelled"
                        : "https://schema.org/EventScheduled");
        ld.put(
                "eventAttendanceMode",
                entry.hasOnline() && entry.hasVenue()
                        ? "https://schema.org/MixedEventAttendanceMode"
                        : entry.hasOnline()
                                ? "https://schema.org/OnlineEventAttendanceMode"
                                : "https://schema.org/OfflineEventAttendanceMode");
        var locations = new ArrayList<Map<String, Object>>();
        var seen = new java.util.HashSet<Object>();
        for (var session : entry.sessions()) {
            var venue = session.venue();
            if (venue != null && seen.add(venue.id())) {
                locations.add(Map.of(
                        "@type", "Place",
                        "name", venue.name(),
                        "address",
                                Map.of(
                                        "@type", "PostalAddress",
                                        "streetAddress", venue.street(),
                                        "postalCode", venue.postalCode(),
                                        "addressLocality", venue.city(),
                                        "addressCountry", "DE")));
            }
            if (session.online() && seen.add("online")) {
                // The link itself is for participants only; the public learns where to find out more.
                locations.add(Map.of("@type", "VirtualLocation", "url", page));
            }
        }
        ld.put("location", locations.size() == 1 ? locations.get(0) : locations);
        ld.put(
                "organizer",
                Map.of("@type", "Organization", "name", tenant.centreName(), "url", baseUrl.link("/" + tenant.slug())));
        ld.put("inLanguage", entry.languages());
        if (!event.speakers().isEmpty()) {
            ld.put(
                    "performer",
                    event.speakers().stream()
                            .map(s -> Map.of("@type", "Person", "name", s.name()))
                            .toList());
        }
        if (entry.capacity() != null) {
            ld.put("maximumAttendeeCapacity", entry.capacity());
            ld.put("remainingAttendeeCapacity", entry.seatsAvailable());
        }
        if (entry.status() == EventStatus.PUBLISHED) {
            ld.put(
                    "offers",
                    Map.of(
                            "@type",
                            "Offer",
                            "url",
                            baseUrl.link(entry.path() + "/anmeldung"),
                            "availability",
                            entry.full() ? "https://schema.org/SoldOut" : "https://schema.org/InStock"));
        }
        return ld;
    }
}
