package de.mosaik.demo;

import de.mosaik.demo.DemoEventCatalogue.DemoSpeaker;
import de.mosaik.events.EventSeats;
import de.mosaik.events.PastEvents;
import de.mosaik.events.TenantSpeakers;
import de.mosaik.events.TenantVenues;
import de.mosaik.events.TenantVocabulary;
import de.mosaik.events.VenueDetails;
import de.mosaik.identity.NewTenant;
import de.mosaik.registration.PastRegistrations;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Gives each demo tenant a living programme: events in the past (held, with participants for
 * reports) and in the future (open, nearly full, waitlisted, awaiting approval …), dated relative
 * to the moment of seeding. The vocabulary, venues and speakers are added through the events
 * module's API, as staff would add them.
 */
@Component
class DemoProgramme {

    private static final Logger log = LoggerFactory.getLogger(DemoProgramme.class);

    /** People per tenant: enough for the largest event, few enough that people recur. */
    private static final int PEOPLE = 170;

    /** The tenant's own accounts that appear in the programme. */
    record Staff(UUID trainerAccountId, String trainerName, String contactName) {}

    private final PastEvents pastEvents;
    private final DemoTranslations translations;
    private final TenantVocabulary vocabulary;
    private final TenantVenues venues;
    private final TenantSpeakers speakers;
    private final EventSeats seats;
    private final PastRegistrations registrations;

    DemoProgramme(
            PastEvents pastEvents,
            DemoTranslations translations,
            TenantVocabulary vocabulary,
            TenantVenues venues,
            TenantSpeakers speakers,
            EventSeats seats,
            PastRegistrations registrations) {
        this.pastEvents = pastEvents;
        this.translations = translations;
        this.vocabulary = vocabulary;
        this.venues = venues;
        this.speakers = speakers;
        this.seats = seats;
        this.registrations = registrations;
    }

    /** The tenant's programme as written, in the catalogue's order. */
    List<DemoEvents.WrittenEvent> seed(UUID tenantId, NewTenant tenant, Staff staff, Instant now) {
        var catalogue = DemoEventCatalogue.forTenant(tenant.slug());
        // Seeded by the slug, so that every fresh demo database shows the same programme.
        var random = new Random(tenant.slug().hashCode());
        var terms = new DemoTerms(vocabulary, tenantId);
        var details = tenant.details();
        var host = new DemoEvents.Host(
                tenantId, details.centreName(), staff.contactName(), details.email(), details.phone());
        var events = new DemoEvents(
                pastEvents,
                host,
                terms,
                new DemoSchedule(now),
                venues(tenantId, catalogue),
                speakers(tenantId, details.centreName(), catalogue, staff));
        var demoRegistrations = new DemoRegistrations(registrations, seats, tenantId, terms, now);
        var people = DemoPeople.pool(catalogue.institutions(), random, PEOPLE);
        var programme = new ArrayList<DemoEvents.WrittenEvent>();
        for (var spec : catalogue.events()) {
            var written = events.write(spec, 6 + random.nextInt(5));
            demoRegistrations.write(written, people, random);
            translations.write(tenantId, details.centreName(), written);
            programme.add(written);
        }
        log.info(
                "Demo programme of {}: {} events",
                tenant.slug(),
                catalogue.events().size());
        return programme;
    }

    private Map<String, UUID> venues(UUID tenantId, DemoEventCatalogue catalogue) {
        var ids = new HashMap<String, UUID>();
        for (var venue : catalogue.venues()) {
            var id = venues.create(
                            tenantId,
                            new VenueDetails(
                                    venue.name(),
                                    venue.street(),
                                    venue.postalCode(),
                                    venue.city(),
                                    venue.room(),
                                    venue.directions(),
                                    true,
                                    true,
                                    venue.inductionLoop(),
                                    venue.inductionLoop(),
                                    true,
                                    venue.accessibilityNotes()))
                    .orElseThrow(() -> new IllegalStateException("Demo venue twice: " + venue.name()));
            ids.put(venue.key(), id);
        }
        return ids;
    }

    private Map<String, UUID> speakers(UUID tenantId, String centreName, DemoEventCatalogue catalogue, Staff staff) {
        var ids = new HashMap<String, UUID>();
        ids.put(
                DemoEventCatalogue.TRAINER,
                speaker(
                        tenantId,
                        staff.trainerAccountId(),
                        new DemoSpeaker(
                                DemoEventCatalogue.TRAINER,
                                staff.trainerName(),
                                centreName,
                                "Referentin im Kommunalen Integrationszentrum; leitet Schulungen zu "
                                        + "migrationsgesellschaftlicher Öffnung und Diversität.",
                                true)));
        for (var speaker : catalogue.speakers()) {
            ids.put(speaker.key(), speaker(tenantId, null, speaker));
        }
        return ids;
    }

    private UUID speaker(UUID tenantId, @Nullable UUID accountId, DemoSpeaker speaker) {
        return speakers.create(
                        tenantId,
                        accountId,
                        speaker.name(),
                        speaker.organisation(),
                        speaker.bio(),
                        speaker.publishConsent())
                .orElseThrow(() -> new IllegalStateException("Demo trainer account not in its tenant"));
    }
}
