package de.mosaik.events.domain;

import de.mosaik.events.EventTexts;
import de.mosaik.events.TenantVenues;
import de.mosaik.events.VenueDetails;
import de.mosaik.shared.translation.TextKey;
import de.mosaik.shared.translation.Translations;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The tenant's reusable venues. Deactivated venues stay on the sessions that use them. */
@Service
public class VenueService implements TenantVenues {

    private static final String COLUMNS = """
            id, name, street, postal_code, city, room, directions, step_free, accessible_toilet, induction_loop,
            sign_language_on_request, accessible_parking, accessibility_notes, active, version
            """;

    private final JdbcClient jdbc;
    private final Translations translations;

    VenueService(JdbcClient jdbc, Translations translations) {
        this.jdbc = jdbc;
        this.translations = translations;
    }

    @Transactional(readOnly = true)
    public List<Venue> all(UUID tenantId) {
        return jdbc.sql("select " + COLUMNS + " from events.venue where tenant_id = ? order by active desc, name")
                .param(tenantId)
                .query((rs, row) -> venue(rs))
                .list();
    }

    @Transactional(readOnly = true)
    public List<Venue> active(UUID tenantId) {
        return all(tenantId).stream().filter(Venue::active).toList();
    }

    @Transactional(readOnly = true)
    public Optional<Venue> byId(UUID tenantId, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from events.venue where tenant_id = ? and id = ?")
                .params(tenantId, id)
                .query((rs, row) -> venue(rs))
                .optional();
    }

    /** The new venue's id, or empty when the tenant has a venue of that name. */
    @Transactional
    @Override
    public Optional<UUID> create(UUID tenantId, VenueDetails d) {
        if (nameTaken(tenantId, d.name(), null)) {
            return Optional.empty();
        }
        var id = UUID.randomUUID();
        jdbc.sql("""
                        insert into events.venue (id, tenant_id, name, street, postal_code, city, room, directions,
                            step_free, accessible_toilet, induction_loop, sign_language_on_request,
                            accessible_parking, accessibility_notes)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        id,
                        tenantId,
                        d.name(),
                        d.street(),
                        d.postalCode(),
                        d.city(),
                        d.room(),
                        d.directions(),
                        d.stepFree(),
                        d.accessibleToilet(),
                        d.inductionLoop(),
                        d.signLanguageOnRequest(),
                        d.accessibleParking(),
                        d.accessibilityNotes())
                .update();
        return Optional.of(id);
    }

    @Override
    @Transactional(readOnly = true)
    public List<UUID> activeVenueIds(UUID tenantId) {
        return jdbc.sql("select id from events.venue where tenant_id = ? and active order by name")
                .param(tenantId)
                .query(UUID.class)
                .list();
    }

    /** As {@link #update(UUID, UUID, int, VenueDetails, boolean, boolean)} for a change in substance. */
    @Transactional
    public EventEditOutcome update(UUID tenantId, UUID id, int version, VenueDetails d, boolean active) {
        return update(tenantId, id, version, d, active, false);
    }

    /**
     * Saves the venue. A changed accessibility note makes its translations outdated, unless staff
     * call it a {@code minorEdit} (a typo, a comma) that needs no new translation.
     */
    @Transactional
    public EventEditOutcome update(
            UUID tenantId, UUID id, int version, VenueDetails d, boolean active, boolean minorEdit) {
        var before = byId(tenantId, id);
        if (before.isEmpty()) {
            return EventEditOutcome.NOT_FOUND;
        }
        if (nameTaken(tenantId, d.name(), id)) {
            return EventEditOutcome.NAME_TAKEN;
        }
        int changed = jdbc.sql("""
                        update events.venue set name = ?, street = ?, postal_code = ?, city = ?, room = ?,
                            directions = ?, step_free = ?, accessible_toilet = ?, induction_loop = ?,
                            sign_language_on_request = ?, accessible_parking = ?, accessibility_notes = ?,
                            active = ?, version = version + 1
                        where id = ? and tenant_id = ? and version = ?
                        """)
                .params(
                        d.name(),
                        d.street(),
                        d.postalCode(),
                        d.city(),
                        d.room(),
                        d.directions(),
                        d.stepFree(),
                        d.accessibleToilet(),
                        d.inductionLoop(),
                        d.signLanguageOnRequest(),
                        d.accessibleParking(),
                        d.accessibilityNotes(),
                        active,
                        id,
                        tenantId,
                        version)
                .update();
        if (changed != 1) {
            return EventEditOutcome.CHANGED_MEANWHILE;
        }
        translations.sourceChanged(
                tenantId,
                new TextKey(EventTexts.VENUE, id, EventTexts.ACCESSIBILITY_NOTES),
                before.get().details().accessibilityNotes(),
                d.accessibilityNotes(),
                minorEdit);
        return EventEditOutcome.DONE;
    }

    private boolean nameTaken(UUID tenantId, String name, @Nullable UUID except) {
        return jdbc.sql("""
                        select exists (select 1 from events.venue where tenant_id = ? and lower(name) = lower(?)
                                       and id is distinct from ?::uuid)
                        """).params(tenantId, name, except).query(Boolean.class).single();
    }

    private static Venue venue(ResultSet rs) throws SQLException {
        return new Venue(
                rs.getObject("id", UUID.class),
                new VenueDetails(
                        rs.getString("name"),
                        rs.getString("street"),
                        rs.getString("postal_code"),
                        rs.getString("city"),
                        rs.getString("room"),
                        rs.getString("directions"),
                        rs.getBoolean("step_free"),
                        rs.getBoolean("accessible_toilet"),
                        rs.getBoolean("induction_loop"),
                        rs.getBoolean("sign_language_on_request"),
                        rs.getBoolean("accessible_parking"),
                        rs.getString("accessibility_notes")),
                rs.getBoolean("active"),
                rs.getInt("version"));
    }
}
