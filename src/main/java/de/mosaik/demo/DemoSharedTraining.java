package de.mosaik.demo;

import de.mosaik.events.EventStatus;
import de.mosaik.events.TenantEvents;
import de.mosaik.events.TenantEvents.EventDates;
import de.mosaik.networks.EventOffers;
import de.mosaik.networks.MemberBody;
import de.mosaik.networks.Networks;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * One training for many municipalities (seed 002): Kreis Recklinghausen's integration centre offers its
 * intercultural training for the administration staff of its ten cities to the county network, and each
 * participant names the city that employs them, so that the centre's reports count persons trained per city.
 * Between tenants, the Qualitätszirkel shows the catalogue side: Duisburg offers an event, Kreis Düren and Kreis
 * Recklinghausen take it into their catalogues; Kreis Düren offers one that Duisburg declines.
 */
@Component
class DemoSharedTraining {

    private static final String TRAINING = "Interkulturelle Kompetenz in der Verwaltung";

    private final EventOffers offers;
    private final Networks networks;
    private final TenantEvents tenantEvents;
    private final JdbcClient jdbc;

    DemoSharedTraining(EventOffers offers, Networks networks, TenantEvents tenantEvents, JdbcClient jdbc) {
        this.offers = offers;
        this.networks = networks;
        this.tenantEvents = tenantEvents;
        this.jdbc = jdbc;
    }

    /** @param tenants the demo tenants' ids by slug */
    void seed(Map<String, UUID> tenants) {
        var recklinghausen = tenants.get("kreis-recklinghausen");
        var county = networks.bySlug(DemoNetworks.RECKLINGHAUSEN).orElseThrow();
        var cities = networks.members(county.id()).stream()
                .filter(body -> body.tenantId() == null)
                .map(MemberBody::organisationId)
                .toList();
        int shift = 0;
        for (var event : tenantEvents.events(recklinghausen)) {
            if (!event.title().startsWith(TRAINING)) {
                continue;
            }
            offers.offer(recklinghausen, event.id(), county.id());
            recordEmployers(recklinghausen, event.id(), cities, shift);
            shift += 3;
        }
        var circle = networks.bySlug(DemoNetworks.QUALITY_CIRCLE).orElseThrow();
        var duisburg = tenants.get("stadt-duisburg");
        var dueren = tenants.get("kreis-dueren");
        nextOpen(duisburg).ifPresent(event -> {
            offers.offer(duisburg, event.id(), circle.id());
            answerAll(event.id(), dueren, true);
            answerAll(event.id(), recklinghausen, true);
        });
        nextOpen(dueren).ifPresent(event -> {
            offers.offer(dueren, event.id(), circle.id());
            answerAll(event.id(), duisburg, false);
        });
    }

    /**
     * The participants of the training came from the ten cities, a few from elsewhere; each registration's
     * employer is known from the moment it came in, so that earlier cut-off days count it too.
     */
    private void recordEmployers(UUID tenantId, UUID eventId, List<UUID> cities, int shift) {
        var registrations = jdbc.sql("""
                        select id, created_at from registration.v_registration
                         where tenant_id = ? and event_id = ? order by created_at, id
                        """)
                .params(tenantId, eventId)
                .query((rs, row) -> Map.entry(
                        rs.getObject("id", UUID.class),
                        rs.getTimestamp("created_at").toInstant()))
                .list();
        int index = 0;
        for (var registration : registrations) {
            // Every eleventh works for another body (the county's job centre, a school board).
            @Nullable UUID city = index % 11 == 10 ? null : cities.get((index + shift) % cities.size());
            offers.recordEmployer(tenantId, registration.getKey(), city, registration.getValue());
            index++;
        }
    }

    private void answerAll(UUID eventId, UUID answeringTenant, boolean accepted) {
        offers.incoming(answeringTenant).stream()
                .filter(offer -> offer.eventPath().endsWith("/" + eventId))
                .forEach(offer -> offers.answer(answeringTenant, offer.offerId(), accepted));
    }

    private Optional<EventDates> nextOpen(UUID tenantId) {
        var now = Instant.now();
        return tenantEvents.events(tenantId).stream()
                .filter(e -> e.status() == EventStatus.PUBLISHED
                        && e.firstStartsAt() != null
                        && e.firstStartsAt().isAfter(now))
                .min(Comparator.comparing(EventDates::firstStartsAt));
    }
}
