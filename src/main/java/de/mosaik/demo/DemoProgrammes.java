package de.mosaik.demo;

import de.mosaik.events.EventStatus;
import de.mosaik.programmes.ProgrammePlanning;
import de.mosaik.shared.text.BerlinTime;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The programme of the Konstanz model ("Fortbildung Kommunale Integrationsarbeit") for each demo
 * tenant: three required and two optional modules, complete with the required ones and one optional.
 * The modules get past and coming demo events. The events of the person who took part in the most
 * past events go first, so that at least one person has completed the programme and others are
 * part-way; coming events give the open modules something to register for.
 */
@Component
class DemoProgrammes {

    private record BuildingBlockSpec(String title, String description, boolean required) {}

    private static final List<BuildingBlockSpec> BUILDING_BLOCKS = List.of(
            new BuildingBlockSpec(
                    "Grundlagen der kommunalen Integrationsarbeit",
                    "Aufgaben, Strukturen und Akteure der Integrationsarbeit in der Kommune.",
                    true),
            new BuildingBlockSpec(
                    "Empowerment: die Rolle der Frauen stärken",
                    "Wie Integrationsarbeit Frauen mit Migrationsgeschichte stärkt und beteiligt.",
                    true),
            new BuildingBlockSpec(
                    "Kommunikation in Konfliktsituationen",
                    "Gespräche in angespannten Lagen führen, deeskalieren und vermitteln.",
                    true),
            new BuildingBlockSpec(
                    "Festvortrag „Einwanderung und Zusammenhalt“",
                    "Was braucht die Einwanderungsgesellschaft? Vortrag mit anschließendem Austausch.",
                    false),
            new BuildingBlockSpec(
                    "Fachtag Migrationsgesellschaft",
                    "Ein Fachtag des Kommunalen Integrationszentrums nach Wahl.",
                    false));

    private final JdbcClient jdbc;
    private final ProgrammePlanning planning;

    DemoProgrammes(JdbcClient jdbc, ProgrammePlanning planning) {
        this.jdbc = jdbc;
        this.planning = planning;
    }

    void seed(UUID tenantId, Instant now) {
        var anchorEvents = anchorEvents(tenantId, now);
        var otherPast = pastEvents(tenantId, now).stream()
                .filter(id -> !anchorEvents.contains(id))
                .toList();
        var coming = comingEvents(tenantId, now);
        var today = LocalDate.ofInstant(now, BerlinTime.ZONE);
        var programmeId = planning.createProgramme(
                tenantId,
                "Fortbildung Kommunale Integrationsarbeit",
                "Wissenschaftlich fundierte Fortbildung für kommunale Integrationsbeauftragte: Grundlagen, "
                        + "Empowerment, Kommunikation in Konflikten und ein Festvortrag. Abgeschlossen mit "
                        + "den drei Pflichtbausteinen und einem Wahlbaustein.",
                today.minusYears(1),
                today.plusYears(1),
                1);
        for (int i = 0; i < BUILDING_BLOCKS.size(); i++) {
            var spec = BUILDING_BLOCKS.get(i);
            var buildingBlockId = planning.addBuildingBlock(
                            tenantId, programmeId, spec.title(), spec.description(), spec.required())
                    .orElseThrow();
            var events = new ArrayList<UUID>();
            add(events, at(anchorEvents, i));
            add(events, at(otherPast, i));
            add(events, at(coming, i));
            for (var eventId : events) {
                if (!planning.assignEvent(tenantId, programmeId, buildingBlockId, eventId)) {
                    throw new IllegalStateException("Demo event not of its tenant: " + eventId);
                }
            }
        }
    }

    /**
     * The past events of the person with the most fully attended past events (or, before attendance
     * is recorded, the most confirmed ones), oldest first. Read through the views that events,
     * registration and attendance publish.
     */
    private List<UUID> anchorEvents(UUID tenantId, Instant now) {
        var person = jdbc.sql("""
                        select r.email_normalized
                        from registration.v_participant r
                        join events.v_event e on e.id = r.event_id
                        where r.tenant_id = ? and e.last_ends_at < ?
                        group by r.email_normalized
                        order by count(distinct r.event_id) filter (where not exists (
                                     select 1 from events.v_session s where s.event_id = r.event_id
                                     and not exists (select 1 from attendance.v_mark m where m.session_id = s.id
                                         and m.registration_id = r.id and m.attended))) desc,
                                 count(distinct r.event_id) desc, r.email_normalized
                        limit 1
                        """)
                .params(tenantId, Timestamp.from(now))
                .query(String.class)
                .optional();
        if (person.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select e.id from registration.v_participant r
                        join events.v_event e on e.id = r.event_id
                        where r.tenant_id = ? and r.email_normalized = ? and e.last_ends_at < ?
                        order by e.first_starts_at
                        limit 5
                        """)
                .params(tenantId, person.get(), Timestamp.from(now))
                .query(UUID.class)
                .list();
    }

    private List<UUID> pastEvents(UUID tenantId, Instant now) {
        return jdbc.sql("""
                        select id from events.v_event
                        where tenant_id = ? and status in (?, ?) and last_ends_at < ?
                        order by first_starts_at desc
                        """)
                .params(tenantId, EventStatus.HELD.name(), EventStatus.ARCHIVED.name(), Timestamp.from(now))
                .query(UUID.class)
                .list();
    }

    /** Coming public events, the longest series (the Fortbildung in several sessions) first. */
    private List<UUID> comingEvents(UUID tenantId, Instant now) {
        return jdbc.sql("""
                        select e.id from events.v_event e
                        where e.tenant_id = ? and e.status = ? and e.first_starts_at > ?
                        order by (select count(*) from events.v_session s where s.event_id = e.id) desc,
                            e.first_starts_at
                        """)
                .params(tenantId, EventStatus.PUBLISHED.name(), Timestamp.from(now))
                .query(UUID.class)
                .list();
    }

    private static @Nullable UUID at(List<UUID> ids, int index) {
        return index < ids.size() ? ids.get(index) : null;
    }

    private static void add(List<UUID> events, @Nullable UUID id) {
        if (id != null && !events.contains(id)) {
            events.add(id);
        }
    }
}
