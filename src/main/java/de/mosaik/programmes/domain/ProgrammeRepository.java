package de.mosaik.programmes.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Programmes, their modules and the events assigned to them; every statement filters by tenant. */
@Repository
class ProgrammeRepository {

    private final JdbcClient jdbc;

    ProgrammeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ProgrammeSummary> all(UUID tenantId) {
        return jdbc.sql("""
                        select p.id, p.title, p.valid_from, p.valid_until,
                            (select count(*) from programmes.building_block m where m.programme_id = p.id) as building_blocks,
                            (select count(*) from programmes.building_block m where m.programme_id = p.id and m.required)
                                as required_building_blocks
                        from programmes.programme p
                        where p.tenant_id = :tenant
                        order by p.valid_from desc, p.title
                        """)
                .param("tenant", tenantId)
                .query((rs, n) -> new ProgrammeSummary(
                        rs.getObject("id", UUID.class),
                        rs.getString("title"),
                        rs.getObject("valid_from", LocalDate.class),
                        rs.getObject("valid_until", LocalDate.class),
                        rs.getInt("building_blocks"),
                        rs.getInt("required_building_blocks")))
                .list();
    }

    Optional<Programme> find(UUID tenantId, UUID id) {
        return jdbc.sql("""
                        select id, title, description, valid_from, valid_until, optional_needed, version
                        from programmes.programme where tenant_id = :tenant and id = :id
                        """)
                .param("tenant", tenantId)
                .param("id", id)
                .query((rs, n) -> new Programme(
                        rs.getObject("id", UUID.class),
                        rs.getString("title"),
                        rs.getString("description"),
                        rs.getObject("valid_from", LocalDate.class),
                        rs.getObject("valid_until", LocalDate.class),
                        rs.getInt("optional_needed"),
                        rs.getInt("version")))
                .optional();
    }

    void insert(UUID tenantId, UUID id, ProgrammeDetails details) {
        jdbc.sql("""
                        insert into programmes.programme (id, tenant_id, title, description, valid_from, valid_until,
                            optional_needed)
                        values (:id, :tenant, :title, :description, :from, :until, :optional)
                        """)
                .param("id", id)
                .param("tenant", tenantId)
                .param("title", details.title())
                .param("description", details.description())
                .param("from", details.validFrom())
                .param("until", details.validUntil())
                .param("optional", details.optionalNeeded())
                .update();
    }

    /** Changes the programme only if nobody saved it since {@code version}; returns the rows changed. */
    int update(UUID tenantId, UUID id, int version, ProgrammeDetails details) {
        return jdbc.sql("""
                        update programmes.programme
                        set title = :title, description = :description, valid_from = :from, valid_until = :until,
                            optional_needed = :optional, version = version + 1, updated_at = now()
                        where tenant_id = :tenant and id = :id and version = :version
                        """)
                .param("title", details.title())
                .param("description", details.description())
                .param("from", details.validFrom())
                .param("until", details.validUntil())
                .param("optional", details.optionalNeeded())
                .param("tenant", tenantId)
                .param("id", id)
                .param("version", version)
                .update();
    }

    /** The programme's modules in their order, each with its assigned events. */
    List<BuildingBlock> buildingBlocks(UUID tenantId, UUID programmeId) {
        var events = assignedEvents(tenantId, programmeId);
        return jdbc.sql("""
                        select id, title, description, required, position, hours, version
                        from programmes.building_block
                        where tenant_id = :tenant and programme_id = :programme
                        order by position, title
                        """)
                .param("tenant", tenantId)
                .param("programme", programmeId)
                .query((rs, n) -> {
                    var id = rs.getObject("id", UUID.class);
                    return new BuildingBlock(
                            id,
                            rs.getString("title"),
                            rs.getString("description"),
                            rs.getBoolean("required"),
                            rs.getInt("position"),
                            rs.getBigDecimal("hours"),
                            rs.getInt("version"),
                            events.getOrDefault(id, List.of()));
                })
                .list();
    }

    /**
     * The events of all modules of the programme by module, with their dates and the hours of their
     * sessions (cancelled events included, so staff see why a module has no date any more).
     */
    private Map<UUID, List<AssignedEvent>> assignedEvents(UUID tenantId, UUID programmeId) {
        var byBuildingBlock = new LinkedHashMap<UUID, List<AssignedEvent>>();
        jdbc.sql("""
                        select me.building_block_id, e.id, e.title, e.status,
                            min(s.starts_at) as starts_at, max(s.ends_at) as ends_at,
                            coalesce(sum(extract(epoch from s.ends_at - s.starts_at)), 0) / 3600.0 as hours,
                            coalesce(string_agg(to_char(s.starts_at at time zone 'Europe/Berlin', 'YYYY-MM-DD'), ','
                                order by s.starts_at), '') as dates
                        from programmes.building_block_event me
                        join programmes.building_block m on m.id = me.building_block_id
                        join events.v_event e on e.id = me.event_id and e.tenant_id = me.tenant_id
                        left join events.v_session s on s.event_id = e.id
                        where me.tenant_id = :tenant and m.programme_id = :programme
                        group by me.building_block_id, e.id, e.title, e.status
                        order by min(s.starts_at) nulls last, e.title
                        """).param("tenant", tenantId).param("programme", programmeId).query((ResultSet rs) -> {
            byBuildingBlock
                    .computeIfAbsent(rs.getObject("building_block_id", UUID.class), k -> new ArrayList<>())
                    .add(assignedEvent(rs));
        });
        return byBuildingBlock;
    }

    private static AssignedEvent assignedEvent(ResultSet rs) throws SQLException {
        var dates = rs.getString("dates");
        return new AssignedEvent(
                rs.getObject("id", UUID.class),
                rs.getString("title"),
                rs.getString("status"),
                instant(rs.getTimestamp("starts_at")),
                instant(rs.getTimestamp("ends_at")),
                dates.isEmpty()
                        ? List.of()
                        : Arrays.stream(dates.split(","))
                                .distinct()
                                .map(LocalDate::parse)
                                .toList(),
                rs.getBigDecimal("hours").setScale(1, java.math.RoundingMode.HALF_UP));
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    void insertBuildingBlock(UUID tenantId, UUID programmeId, UUID id, BuildingBlockDetails details) {
        jdbc.sql("""
                        insert into programmes.building_block (id, programme_id, tenant_id, title, description, required,
                            position, hours)
                        select :id, p.id, p.tenant_id, :title, :description, :required,
                            coalesce((select max(position) + 1 from programmes.building_block where programme_id = p.id), 0),
                            :hours
                        from programmes.programme p
                        where p.tenant_id = :tenant and p.id = :programme
                        """)
                .param("id", id)
                .param("title", details.title())
                .param("description", details.description())
                .param("required", details.required())
                .param("hours", details.hours())
                .param("tenant", tenantId)
                .param("programme", programmeId)
                .update();
    }

    int updateBuildingBlock(
            UUID tenantId, UUID programmeId, UUID buildingBlockId, int version, BuildingBlockDetails details) {
        return jdbc.sql("""
                        update programmes.building_block
                        set title = :title, description = :description, required = :required, hours = :hours,
                            version = version + 1
                        where tenant_id = :tenant and programme_id = :programme and id = :id and version = :version
                        """)
                .param("title", details.title())
                .param("description", details.description())
                .param("required", details.required())
                .param("hours", details.hours())
                .param("tenant", tenantId)
                .param("programme", programmeId)
                .param("id", buildingBlockId)
                .param("version", version)
                .update();
    }

    int deleteBuildingBlock(UUID tenantId, UUID programmeId, UUID buildingBlockId) {
        return jdbc.sql(
                        "delete from programmes.building_block where tenant_id = :tenant and programme_id = :programme and id = :id")
                .param("tenant", tenantId)
                .param("programme", programmeId)
                .param("id", buildingBlockId)
                .update();
    }

    /** Gives both modules each other's position (renumbered first, so that positions stay distinct). */
    void swapPositions(UUID tenantId, UUID programmeId, UUID first, UUID second) {
        jdbc.sql("""
                        update programmes.building_block m set position = n.position
                        from (select id, row_number() over (order by position, title) - 1 as position
                              from programmes.building_block where tenant_id = :tenant and programme_id = :programme) n
                        where m.id = n.id
                        """).param("tenant", tenantId).param("programme", programmeId).update();
        jdbc.sql("""
                        update programmes.building_block m
                        set position = case when m.id = :first then o.second_position else o.first_position end
                        from (select (select position from programmes.building_block where id = :first) as first_position,
                                     (select position from programmes.building_block where id = :second) as second_position) o
                        where m.tenant_id = :tenant and m.programme_id = :programme and m.id in (:first, :second)
                        """)
                .param("first", first)
                .param("second", second)
                .param("tenant", tenantId)
                .param("programme", programmeId)
                .update();
    }

    /** Assigns an event of the same tenant; an event of another tenant is not found and nothing happens. */
    int assign(UUID tenantId, UUID programmeId, UUID buildingBlockId, UUID eventId) {
        return jdbc.sql("""
                        insert into programmes.building_block_event (building_block_id, event_id, tenant_id)
                        select m.id, e.id, m.tenant_id
                        from programmes.building_block m
                        join events.v_event e on e.tenant_id = m.tenant_id and e.id = :event
                        where m.tenant_id = :tenant and m.programme_id = :programme and m.id = :building_block
                        on conflict do nothing
                        """)
                .param("event", eventId)
                .param("tenant", tenantId)
                .param("programme", programmeId)
                .param("building_block", buildingBlockId)
                .update();
    }

    int unassign(UUID tenantId, UUID programmeId, UUID buildingBlockId, UUID eventId) {
        return jdbc.sql("""
                        delete from programmes.building_block_event me
                        using programmes.building_block m
                        where m.id = me.building_block_id and me.tenant_id = :tenant and m.programme_id = :programme
                            and me.building_block_id = :building_block and me.event_id = :event
                        """)
                .param("tenant", tenantId)
                .param("programme", programmeId)
                .param("building_block", buildingBlockId)
                .param("event", eventId)
                .update();
    }

    /** Events of the tenant staff may assign, newest first; {@code query} searches the title. */
    List<EventChoice> eventChoices(UUID tenantId, String query) {
        return jdbc.sql("""
                        select id, title, first_starts_at from events.v_event
                        where tenant_id = :tenant and not cancelled
                            and (:query = '' or title ilike '%' || :query || '%')
                        order by first_starts_at desc nulls last, title
                        limit 200
                        """)
                .param("tenant", tenantId)
                .param("query", query.replace("%", "").replace("_", ""))
                .query((rs, n) -> new EventChoice(
                        rs.getObject("id", UUID.class),
                        rs.getString("title"),
                        instant(rs.getTimestamp("first_starts_at"))))
                .list();
    }

    /** The tenant's programmes that have a module this event fulfils. */
    List<Map.Entry<UUID, String>> containing(UUID tenantId, UUID eventId) {
        return jdbc.sql("""
                        select distinct p.id, p.title from programmes.programme p
                        join programmes.building_block m on m.programme_id = p.id
                        join programmes.building_block_event me on me.building_block_id = m.id
                        where p.tenant_id = :tenant and me.tenant_id = :tenant and me.event_id = :event
                        order by p.title
                        """)
                .param("tenant", tenantId)
                .param("event", eventId)
                .query((rs, n) -> Map.entry(rs.getObject("id", UUID.class), rs.getString("title")))
                .list();
    }

    boolean eventOfTenant(UUID tenantId, UUID eventId) {
        return jdbc.sql("select count(*) from events.v_event where tenant_id = :tenant and id = :event")
                        .param("tenant", tenantId)
                        .param("event", eventId)
                        .query(Integer.class)
                        .single()
                > 0;
    }
}
