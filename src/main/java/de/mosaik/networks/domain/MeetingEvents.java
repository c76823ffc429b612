package de.mosaik.networks.domain;

import de.mosaik.events.ClosedEvents;
import de.mosaik.events.ClosedEvents.ClosedEvent;
import de.mosaik.events.ClosedEvents.ClosedSession;
import de.mosaik.networks.MemberBody;
import de.mosaik.networks.Networks;
import de.mosaik.shared.text.BerlinTime;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The closed event that carries a meeting's registrations in the tenant that runs them (ADR 0020): the host body's
 * tenant, or a member tenant the coordination picked. The meeting is the source; its event, with one session per
 * meeting session, follows every change of the meeting or its sessions.
 */
@Service
public class MeetingEvents {

    private final JdbcClient jdbc;
    private final ClosedEvents closedEvents;
    private final Networks networks;

    MeetingEvents(JdbcClient jdbc, ClosedEvents closedEvents, Networks networks) {
        this.jdbc = jdbc;
        this.closedEvents = closedEvents;
        this.networks = networks;
    }

    /** The current member bodies that run a tenant: those that can run a meeting's registrations. */
    @Transactional(readOnly = true)
    public List<MemberBody> registrationBodies(UUID networkId) {
        return networks.members(networkId).stream()
                .filter(m -> m.leftOn() == null && m.tenantId() != null)
                .toList();
    }

    /**
     * The tenant to run the registrations: {@code chosen} when it is a current member body's tenant, else the host
     * body's tenant, else none.
     */
    @Nullable
    UUID tenantFor(UUID networkId, @Nullable UUID hostMemberId, @Nullable UUID chosen) {
        var bodies = registrationBodies(networkId);
        if (chosen != null && bodies.stream().anyMatch(b -> chosen.equals(b.tenantId()))) {
            return chosen;
        }
        return bodies.stream()
                .filter(b -> b.memberId().equals(hostMemberId))
                .map(MemberBody::tenantId)
                .findFirst()
                .orElse(null);
    }

    /**
     * Moves the registrations to {@code tenantId}: the old tenant's event is cancelled when nobody registered for
     * it yet. Returns false, keeping the old tenant, when registrations exist there.
     */
    boolean moveTo(UUID networkId, UUID meetingId, @Nullable UUID tenantId) {
        var current = jdbc.sql("""
                        select registration_tenant_id, event_id from networks.meeting where id = ? and network_id = ?
                        """)
                .params(meetingId, networkId)
                .query((rs, row) -> new Current(
                        rs.getObject("registration_tenant_id", UUID.class), rs.getObject("event_id", UUID.class)))
                .optional();
        if (current.isEmpty() || Objects.equals(current.get().tenantId(), tenantId)) {
            return true;
        }
        var old = current.get();
        if (old.eventId() != null && old.tenantId() != null && !closedEvents.withdraw(old.tenantId(), old.eventId())) {
            return false;
        }
        jdbc.sql("update networks.meeting set registration_tenant_id = ?, event_id = null where id = ?")
                .params(tenantId, meetingId)
                .update();
        jdbc.sql("update networks.meeting_session set event_session_id = null where meeting_id = ?")
                .param(meetingId)
                .update();
        return true;
    }

    private record Current(
            @Nullable UUID tenantId, @Nullable UUID eventId) {}

    /** Brings the meeting's event in step with the meeting and its sessions; nothing when no tenant runs it. */
    @Transactional
    public void sync(UUID networkId, UUID meetingId) {
        var meeting = jdbc.sql("""
                        select mt.title, mt.venue, mt.address, mt.starts_on, mt.registration_tenant_id, mt.event_id,
                               n.name as network_name
                          from networks.meeting mt join networks.network n on n.id = mt.network_id
                         where mt.id = ? and mt.network_id = ?
                        """)
                .params(meetingId, networkId)
                .query((rs, row) -> new Row(
                        rs.getString("title"),
                        rs.getString("venue"),
                        rs.getString("address"),
                        rs.getObject("starts_on", LocalDate.class),
                        rs.getObject("registration_tenant_id", UUID.class),
                        rs.getObject("event_id", UUID.class),
                        rs.getString("network_name")))
                .optional();
        if (meeting.isEmpty() || meeting.get().tenantId() == null) {
            return;
        }
        var m = meeting.get();
        var ids = new ArrayList<UUID>();
        var sessions = new ArrayList<ClosedSession>();
        jdbc.sql("""
                        select id, day, starts_at, ends_at, title, event_session_id from networks.meeting_session
                         where meeting_id = ? order by day, starts_at
                        """).param(meetingId).query(rs -> {
            var day = rs.getObject("day", LocalDate.class);
            ids.add(rs.getObject("id", UUID.class));
            sessions.add(new ClosedSession(
                    rs.getObject("event_session_id", UUID.class),
                    at(day, rs.getObject("starts_at", LocalTime.class)),
                    at(day, rs.getObject("ends_at", LocalTime.class)),
                    rs.getString("title")));
        });
        var closes = BerlinTime.startOf(m.startsOn());
        var saved = closedEvents.save(
                m.tenantId(),
                m.eventId(),
                new ClosedEvent(m.title(), m.networkName(), m.venue(), m.address(), closes, sessions));
        jdbc.sql("update networks.meeting set event_id = ? where id = ?")
                .params(saved.eventId(), meetingId)
                .update();
        for (int i = 0; i < ids.size(); i++) {
            jdbc.sql("update networks.meeting_session set event_session_id = ? where id = ?")
                    .params(saved.sessionIds().get(i), ids.get(i))
                    .update();
        }
    }

    private static java.time.Instant at(LocalDate day, LocalTime time) {
        return day.atTime(time).atZone(BerlinTime.ZONE).toInstant();
    }

    private record Row(
            String title,
            String venue,
            String address,
            LocalDate startsOn,
            @Nullable UUID tenantId,
            @Nullable UUID eventId,
            String networkName) {}
}
