package de.mosaik.privacy.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * {@code privacy.archive_offer}, with the offered event's title, dates and registrations read alongside
 * through the views events and registration publish.
 */
@Repository
class ArchiveOfferRepository {

    private static final String SELECT = """
            select o.id, o.event_id, e.title, e.first_starts_at, e.last_ends_at,
                (select count(*) from registration.v_registration r where r.event_id = o.event_id and r.tenant_id = o.tenant_id)
                    as registrations,
                o.offered_at, o.deadline, o.decision, o.decided_at, o.decided_by_name, o.erased_at, o.version
            from privacy.archive_offer o
            join events.v_event e on e.id = o.event_id and e.tenant_id = o.tenant_id
            """;

    private final JdbcClient jdbc;

    ArchiveOfferRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ArchiveOffer> all(UUID tenantId) {
        return jdbc.sql(SELECT + " where o.tenant_id = ? order by o.deadline, e.title")
                .param(tenantId)
                .query((rs, n) -> offer(rs))
                .list();
    }

    Optional<ArchiveOffer> find(UUID tenantId, UUID id) {
        return jdbc.sql(SELECT + " where o.tenant_id = ? and o.id = ?")
                .params(tenantId, id)
                .query((rs, n) -> offer(rs))
                .optional();
    }

    /** The event's offer, the open one first; there is at most one per event unless someone re-offers. */
    Optional<ArchiveOffer> ofEvent(UUID tenantId, UUID eventId) {
        return jdbc.sql(SELECT + " where o.tenant_id = ? and o.event_id = ? order by o.decision nulls first limit 1")
                .params(tenantId, eventId)
                .query((rs, n) -> offer(rs))
                .optional();
    }

    /** The unique index on open offers makes a second offer of the same event a no-op. */
    boolean offer(UUID tenantId, UUID eventId, Instant offeredAt, Instant deadline) {
        return jdbc.sql("""
                        insert into privacy.archive_offer (id, tenant_id, event_id, offered_at, deadline)
                        values (?, ?, ?, ?, ?)
                        on conflict (tenant_id, event_id) where decision is null do nothing
                        """)
                        .params(
                                UUID.randomUUID(),
                                tenantId,
                                eventId,
                                Timestamp.from(offeredAt),
                                Timestamp.from(deadline))
                        .update()
                == 1;
    }

    /** Only an undecided offer at the version the page showed, before the job deleted its registrations. */
    boolean decide(UUID tenantId, UUID id, ArchiveDecision decision, Instant at, String byName, int version) {
        return jdbc.sql("""
                        update privacy.archive_offer
                        set decision = ?, decided_at = ?, decided_by_name = ?, version = version + 1
                        where tenant_id = ? and id = ? and version = ? and decision is null and erased_at is null
                        """)
                        .params(decision.name(), Timestamp.from(at), byName, tenantId, id, version)
                        .update()
                == 1;
    }

    void erased(UUID tenantId, UUID id, Instant at) {
        jdbc.sql("update privacy.archive_offer set erased_at = ? where tenant_id = ? and id = ? and erased_at is null")
                .params(Timestamp.from(at), tenantId, id)
                .update();
    }

    private static ArchiveOffer offer(ResultSet rs) throws SQLException {
        var decision = rs.getString("decision");
        return new ArchiveOffer(
                rs.getObject("id", UUID.class),
                rs.getObject("event_id", UUID.class),
                rs.getString("title"),
                instant(rs.getTimestamp("first_starts_at")),
                instant(rs.getTimestamp("last_ends_at")),
                rs.getInt("registrations"),
                rs.getTimestamp("offered_at").toInstant(),
                rs.getTimestamp("deadline").toInstant(),
                decision == null ? null : ArchiveDecision.valueOf(decision),
                instant(rs.getTimestamp("decided_at")),
                rs.getString("decided_by_name"),
                instant(rs.getTimestamp("erased_at")),
                rs.getInt("version"));
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
