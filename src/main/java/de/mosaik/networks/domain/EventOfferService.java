package de.mosaik.networks.domain;

import de.mosaik.events.ForeignCatalogueEntries;
import de.mosaik.events.TenantEvents;
import de.mosaik.identity.TenantProfile;
import de.mosaik.identity.Tenants;
import de.mosaik.networks.EventOffers;
import de.mosaik.networks.MemberBody;
import de.mosaik.networks.Networks;
import de.mosaik.registration.EmployerChoices;
import de.mosaik.shared.text.BerlinTime;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Events offered to networks: the offers and answers kept in {@code networks.event_offer(_answer)}, the foreign
 * entries of the accepting tenants' catalogues, and the employing body each participant of an offered event names.
 * Every write checks that the tenant's body is a member of the network today.
 */
@Service
public class EventOfferService implements EventOffers, ForeignCatalogueEntries, EmployerChoices {

    private final JdbcClient jdbc;
    private final Networks networks;
    private final TenantEvents tenantEvents;
    private final Tenants tenants;

    EventOfferService(JdbcClient jdbc, Networks networks, TenantEvents tenantEvents, Tenants tenants) {
        this.jdbc = jdbc;
        this.networks = networks;
        this.tenantEvents = tenantEvents;
        this.tenants = tenants;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> eventTitle(UUID tenantId, UUID eventId) {
        return event(tenantId, eventId).map(TenantEvents.EventDates::title);
    }

    @Override
    @Transactional(readOnly = true)
    public List<OfferTarget> targets(UUID tenantId, UUID eventId) {
        var offered = new HashMap<UUID, Integer>();
        jdbc.sql("""
                        select o.network_id,
                               (select count(*) from networks.event_offer_answer a
                                 where a.offer_id = o.id and a.accepted) as accepted
                          from networks.event_offer o
                         where o.tenant_id = ? and o.event_id = ?
                        """).params(tenantId, eventId).query(rs -> {
            offered.put(rs.getObject("network_id", UUID.class), rs.getInt("accepted"));
        });
        return networks.withMemberTenant(tenantId).stream()
                .map(n -> new OfferTarget(n, offered.containsKey(n.id()), offered.getOrDefault(n.id(), 0)))
                .toList();
    }

    @Override
    @Transactional
    public boolean offer(UUID tenantId, UUID eventId, UUID networkId) {
        if (!memberOf(tenantId, networkId) || event(tenantId, eventId).isEmpty()) {
            return false;
        }
        jdbc.sql("""
                        insert into networks.event_offer (id, network_id, tenant_id, event_id) values (?, ?, ?, ?)
                        on conflict (network_id, event_id) do nothing
                        """).params(UUID.randomUUID(), networkId, tenantId, eventId).update();
        return true;
    }

    @Override
    @Transactional
    public void withdraw(UUID tenantId, UUID eventId, UUID networkId) {
        jdbc.sql("delete from networks.event_offer where tenant_id = ? and event_id = ? and network_id = ?")
                .params(tenantId, eventId, networkId)
                .update();
    }

    @Override
    @Transactional(readOnly = true)
    public List<IncomingOffer> incoming(UUID tenantId) {
        var result = new ArrayList<IncomingOffer>();
        for (var network : networks.withMemberTenant(tenantId)) {
            for (var row : offers(network.id())) {
                if (row.tenantId().equals(tenantId)) {
                    continue;
                }
                var event = event(row.tenantId(), row.eventId());
                var offering = tenants.byId(row.tenantId());
                if (event.isEmpty() || offering.isEmpty() || !event.get().held()) {
                    continue;
                }
                result.add(new IncomingOffer(
                        row.id(),
                        network,
                        offeredBy(offering.get()),
                        event.get().title(),
                        event.get().firstStartsAt(),
                        eventPath(offering.get(), row.eventId()),
                        answerOf(row.id(), tenantId)));
            }
        }
        result.sort(Comparator.comparing((IncomingOffer o) -> o.startsAt() == null ? Instant.MAX : o.startsAt())
                .thenComparing(IncomingOffer::eventTitle));
        return result;
    }

    @Override
    @Transactional
    public boolean answer(UUID tenantId, UUID offerId, boolean accepted) {
        var offer = jdbc.sql(
                        "select id, network_id, tenant_id, event_id, offered_at from networks.event_offer where id = ?")
                .param(offerId)
                .query((rs, n) -> offerRow(rs))
                .optional();
        if (offer.isEmpty()
                || offer.get().tenantId().equals(tenantId)
                || !memberOf(tenantId, offer.get().networkId())) {
            return false;
        }
        jdbc.sql("""
                        insert into networks.event_offer_answer (offer_id, tenant_id, accepted) values (?, ?, ?)
                        on conflict (offer_id, tenant_id) do update set accepted = excluded.accepted, answered_at = now()
                        """).params(offerId, tenantId, accepted).update();
        return true;
    }

    @Override
    @Transactional(readOnly = true)
    public List<NetworkOffer> ofNetwork(UUID networkId) {
        var result = new ArrayList<NetworkOffer>();
        for (var row : offers(networkId)) {
            var offering = tenants.byId(row.tenantId());
            var event = event(row.tenantId(), row.eventId());
            if (offering.isEmpty() || event.isEmpty()) {
                continue;
            }
            var accepted = new ArrayList<String>();
            var declined = new ArrayList<String>();
            jdbc.sql("select tenant_id, accepted from networks.event_offer_answer where offer_id = ?")
                    .param(row.id())
                    .query(rs -> {
                        var name = tenants.byId(rs.getObject("tenant_id", UUID.class))
                                .map(EventOfferService::offeredBy)
                                .orElse("");
                        (rs.getBoolean("accepted") ? accepted : declined).add(name);
                    });
            accepted.sort(String.CASE_INSENSITIVE_ORDER);
            declined.sort(String.CASE_INSENSITIVE_ORDER);
            result.add(new NetworkOffer(
                    row.id(),
                    offeredBy(offering.get()),
                    event.get().title(),
                    event.get().firstStartsAt(),
                    row.offeredAt(),
                    accepted,
                    declined));
        }
        return result;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ForeignEntry> takenInBy(UUID tenantId) {
        var member = new HashMap<UUID, Boolean>();
        var entries = new LinkedHashMap<UUID, ForeignEntry>();
        jdbc.sql("""
                        select o.network_id, o.tenant_id, o.event_id
                          from networks.event_offer o
                          join networks.event_offer_answer a on a.offer_id = o.id
                         where a.tenant_id = ? and a.accepted and o.tenant_id <> ?
                         order by o.offered_at
                        """).params(tenantId, tenantId).query(rs -> {
            var networkId = rs.getObject("network_id", UUID.class);
            var offeringId = rs.getObject("tenant_id", UUID.class);
            var eventId = rs.getObject("event_id", UUID.class);
            // A body that left the network keeps no offers of it.
            if (member.computeIfAbsent(networkId, id -> memberOf(tenantId, id))) {
                tenants.byId(offeringId)
                        .ifPresent(
                                t -> entries.putIfAbsent(eventId, new ForeignEntry(offeringId, eventId, offeredBy(t))));
            }
        });
        return List.copyOf(entries.values());
    }

    @Override
    @Transactional(readOnly = true)
    public List<Employer> choices(UUID tenantId, UUID eventId) {
        var networkIds = jdbc.sql("select network_id from networks.event_offer where tenant_id = ? and event_id = ?")
                .params(tenantId, eventId)
                .query(UUID.class)
                .list();
        var today = LocalDate.now(BerlinTime.ZONE);
        var bodies = new LinkedHashMap<UUID, Employer>();
        for (var networkId : networkIds) {
            for (MemberBody body : networks.members(networkId)) {
                if (body.memberOn(today)) {
                    bodies.putIfAbsent(body.organisationId(), new Employer(body.organisationId(), body.name()));
                }
            }
        }
        return bodies.values().stream()
                .sorted(Comparator.comparing(Employer::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    @Override
    @Transactional
    public void record(UUID tenantId, UUID registrationId, @Nullable UUID organisationId) {
        recordEmployer(tenantId, registrationId, organisationId, Instant.now());
    }

    @Override
    @Transactional
    public void recordEmployer(UUID tenantId, UUID registrationId, @Nullable UUID organisationId, Instant recordedAt) {
        jdbc.sql("""
                        insert into networks.registration_employer (registration_id, tenant_id, organisation_id,
                            recorded_at)
                        values (?, ?, ?, ?)
                        on conflict (registration_id) do update set organisation_id = excluded.organisation_id,
                            recorded_at = excluded.recorded_at
                        """)
                .params(registrationId, tenantId, organisationId, Timestamp.from(recordedAt))
                .update();
    }

    private boolean memberOf(UUID tenantId, UUID networkId) {
        return networks.withMemberTenant(tenantId).stream().anyMatch(n -> n.id().equals(networkId));
    }

    private Optional<TenantEvents.EventDates> event(UUID tenantId, UUID eventId) {
        return tenantEvents.events(tenantId).stream()
                .filter(e -> e.id().equals(eventId))
                .findFirst();
    }

    private @Nullable Boolean answerOf(UUID offerId, UUID tenantId) {
        return jdbc.sql("select accepted from networks.event_offer_answer where offer_id = ? and tenant_id = ?")
                .params(offerId, tenantId)
                .query(Boolean.class)
                .optional()
                .orElse(null);
    }

    private List<OfferRow> offers(UUID networkId) {
        return jdbc.sql("""
                        select id, network_id, tenant_id, event_id, offered_at from networks.event_offer
                         where network_id = ? order by offered_at desc
                        """).param(networkId).query((rs, n) -> offerRow(rs)).list();
    }

    private static OfferRow offerRow(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new OfferRow(
                rs.getObject("id", UUID.class),
                rs.getObject("network_id", UUID.class),
                rs.getObject("tenant_id", UUID.class),
                rs.getObject("event_id", UUID.class),
                rs.getTimestamp("offered_at").toInstant());
    }

    /** The name the offering centre goes by: its centre's name, else the tenant's. */
    static String offeredBy(TenantProfile tenant) {
        return tenant.centreName().isBlank() ? tenant.name() : tenant.centreName();
    }

    static String eventPath(TenantProfile tenant, UUID eventId) {
        return "/" + tenant.slug() + "/veranstaltungen/" + eventId;
    }

    private record OfferRow(UUID id, UUID networkId, UUID tenantId, UUID eventId, Instant offeredAt) {}
}
