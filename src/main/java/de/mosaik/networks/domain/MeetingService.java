package de.mosaik.networks.domain;

import de.mosaik.networks.MemberBody;
import de.mosaik.networks.Networks;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A network's meetings with their sessions and agenda. Every query filters by the network of the opened
 * members' area, so that an id of another network's meeting finds nothing.
 */
@Service
public class MeetingService {

    private static final String MEETING_COLUMNS = """
            mt.id, mt.network_id, mt.title, mt.host_member_id,
            mt.starts_on, mt.ends_on, mt.venue, mt.address, mt.travel_notes, mt.minutes,
            mt.minutes_published_at, mt.version, mt.registration_tenant_id, mt.event_id
            """;
    private static final String MEETING_FROM = """
             from networks.meeting mt
            """;

    private final JdbcClient jdbc;
    private final Networks networks;
    private final MeetingEvents events;

    MeetingService(JdbcClient jdbc, Networks networks, MeetingEvents events) {
        this.jdbc = jdbc;
        this.networks = networks;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public List<Meeting> meetings(UUID networkId) {
        return jdbc
                .sql("select " + MEETING_COLUMNS + MEETING_FROM + " where mt.network_id = ? order by mt.starts_on")
                .param(networkId)
                .query((rs, row) -> meeting(rs))
                .list()
                .stream()
                .map(m -> withHostName(m, hostNames(networkId)))
                .toList();
    }

    @Transactional(readOnly = true)
    public Optional<Meeting> meeting(UUID networkId, UUID meetingId) {
        return jdbc.sql("select " + MEETING_COLUMNS + MEETING_FROM + " where mt.network_id = ? and mt.id = ?")
                .params(networkId, meetingId)
                .query((rs, row) -> meeting(rs))
                .optional()
                .map(m -> withHostName(m, hostNames(networkId)));
    }

    private Map<UUID, String> hostNames(UUID networkId) {
        return networks.members(networkId).stream().collect(Collectors.toMap(MemberBody::memberId, MemberBody::name));
    }

    private static Meeting withHostName(Meeting m, Map<UUID, String> names) {
        var name = m.hostMemberId() == null ? "" : names.getOrDefault(m.hostMemberId(), "");
        return new Meeting(
                m.id(),
                m.networkId(),
                m.title(),
                m.hostMemberId(),
                name,
                m.startsOn(),
                m.endsOn(),
                m.venue(),
                m.address(),
                m.travelNotes(),
                m.minutes(),
                m.minutesPublishedAt(),
                m.version(),
                m.registrationTenantId(),
                m.eventId());
    }

    /**
     * Creates a meeting; the host must be a member body of the same network (else empty). Its registrations run in
     * the picked member tenant or the host's tenant, in a closed event made for it now.
     */
    @Transactional
    public Optional<UUID> create(UUID networkId, MeetingDetails d) {
        if (!hostBelongs(networkId, d.hostMemberId())) {
            return Optional.empty();
        }
        var id = UUID.randomUUID();
        jdbc.sql("""
                        insert into networks.meeting (id, network_id, title, host_member_id, starts_on, ends_on, venue,
                                                      address, travel_notes, registration_tenant_id)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(id, networkId, d.title(), d.hostMemberId(), d.startsOn(), d.endsOn(), d.venue(), d.address())
                .params(d.travelNotes(), events.tenantFor(networkId, d.hostMemberId(), d.registrationTenantId()))
                .update();
        events.sync(networkId, id);
        return Optional.of(id);
    }

    @Transactional
    public EditOutcome update(UUID networkId, UUID meetingId, int version, MeetingDetails d) {
        if (!hostBelongs(networkId, d.hostMemberId())) {
            return EditOutcome.NOT_FOUND;
        }
        int changed = jdbc.sql("""
                        update networks.meeting
                           set title = ?, host_member_id = ?, starts_on = ?, ends_on = ?, venue = ?, address = ?,
                               travel_notes = ?, version = version + 1, updated_at = now()
                         where network_id = ? and id = ? and version = ?
                        """)
                .params(d.title(), d.hostMemberId(), d.startsOn(), d.endsOn(), d.venue(), d.address())
                .params(d.travelNotes(), networkId, meetingId, version)
                .update();
        if (changed != 1) {
            return missingOrStale(networkId, meetingId);
        }
        // Registrations already taken in one tenant stay there; the page then names the tenant that keeps them.
        events.moveTo(networkId, meetingId, events.tenantFor(networkId, d.hostMemberId(), d.registrationTenantId()));
        events.sync(networkId, meetingId);
        return EditOutcome.DONE;
    }

    /** The meeting's sessions by day and time, each with its agenda items by time. */
    @Transactional(readOnly = true)
    public List<MeetingSession> sessions(UUID networkId, UUID meetingId) {
        var sessions = new LinkedHashMap<UUID, MeetingSession>();
        jdbc.sql("""
                        select s.id, s.meeting_id, s.day, s.starts_at, s.ends_at, s.title, s.version
                          from networks.meeting_session s join networks.meeting mt on mt.id = s.meeting_id
                         where mt.network_id = ? and mt.id = ?
                         order by s.day, s.starts_at
                        """).params(networkId, meetingId).query(rs -> {
            var id = rs.getObject("id", UUID.class);
            sessions.put(
                    id,
                    new MeetingSession(
                            id,
                            rs.getObject("meeting_id", UUID.class),
                            rs.getObject("day", LocalDate.class),
                            rs.getObject("starts_at", LocalTime.class),
                            rs.getObject("ends_at", LocalTime.class),
                            rs.getString("title"),
                            rs.getInt("version"),
                            new ArrayList<>()));
        });
        jdbc.sql("""
                        select i.id, i.session_id, i.starts_at, i.title, i.speakers, i.link, i.version
                          from networks.meeting_agenda_item i
                          join networks.meeting_session s on s.id = i.session_id
                          join networks.meeting mt on mt.id = s.meeting_id
                         where mt.network_id = ? and mt.id = ?
                         order by i.starts_at nulls last, i.title
                        """).params(networkId, meetingId).query(rs -> {
            var item = item(rs);
            sessions.get(item.sessionId()).items().add(item);
        });
        return List.copyOf(sessions.values());
    }

    @Transactional(readOnly = true)
    public Optional<MeetingSession> session(UUID networkId, UUID meetingId, UUID sessionId) {
        return sessions(networkId, meetingId).stream()
                .filter(s -> s.id().equals(sessionId))
                .findFirst();
    }

    @Transactional(readOnly = true)
    public Optional<AgendaItem> item(UUID networkId, UUID meetingId, UUID itemId) {
        return sessions(networkId, meetingId).stream()
                .flatMap(s -> s.items().stream())
                .filter(i -> i.id().equals(itemId))
                .findFirst();
    }

    @Transactional
    public Optional<UUID> addSession(
            UUID networkId, UUID meetingId, LocalDate day, LocalTime startsAt, LocalTime endsAt, String title) {
        if (meeting(networkId, meetingId).isEmpty()) {
            return Optional.empty();
        }
        var id = UUID.randomUUID();
        jdbc.sql("""
                        insert into networks.meeting_session (id, meeting_id, day, starts_at, ends_at, title)
                        values (?, ?, ?, ?, ?, ?)
                        """).params(id, meetingId, day, startsAt, endsAt, title).update();
        events.sync(networkId, meetingId);
        return Optional.of(id);
    }

    @Transactional
    public EditOutcome updateSession(
            UUID networkId,
            UUID meetingId,
            UUID sessionId,
            int version,
            LocalDate day,
            LocalTime startsAt,
            LocalTime endsAt,
            String title) {
        int changed = jdbc.sql("""
                        update networks.meeting_session s
                           set day = ?, starts_at = ?, ends_at = ?, title = ?, version = s.version + 1
                          from networks.meeting mt
                         where mt.id = s.meeting_id and mt.network_id = ? and mt.id = ? and s.id = ? and s.version = ?
                        """)
                .params(day, startsAt, endsAt, title, networkId, meetingId, sessionId, version)
                .update();
        if (changed == 1) {
            events.sync(networkId, meetingId);
            return EditOutcome.DONE;
        }
        return session(networkId, meetingId, sessionId).isPresent()
                ? EditOutcome.CHANGED_MEANWHILE
                : EditOutcome.NOT_FOUND;
    }

    @Transactional
    public boolean removeSession(UUID networkId, UUID meetingId, UUID sessionId) {
        boolean removed = jdbc.sql("""
                                delete from networks.meeting_session s using networks.meeting mt
                                 where mt.id = s.meeting_id and mt.network_id = ? and mt.id = ? and s.id = ?
                                """).params(networkId, meetingId, sessionId).update() == 1;
        if (removed) {
            events.sync(networkId, meetingId);
        }
        return removed;
    }

    @Transactional
    public Optional<UUID> addItem(
            UUID networkId,
            UUID meetingId,
            UUID sessionId,
            @Nullable LocalTime startsAt,
            String title,
            String speakers,
            String link) {
        if (session(networkId, meetingId, sessionId).isEmpty()) {
            return Optional.empty();
        }
        var id = UUID.randomUUID();
        jdbc.sql("""
                        insert into networks.meeting_agenda_item (id, session_id, starts_at, title, speakers, link)
                        values (?, ?, ?, ?, ?, ?)
                        """).params(id, sessionId, startsAt, title, speakers, link).update();
        return Optional.of(id);
    }

    /** Changes an agenda item; {@code sessionId} may move it to another session of the same meeting. */
    @Transactional
    public EditOutcome updateItem(
            UUID networkId,
            UUID meetingId,
            UUID itemId,
            int version,
            UUID sessionId,
            @Nullable LocalTime startsAt,
            String title,
            String speakers,
            String link) {
        if (item(networkId, meetingId, itemId).isEmpty()
                || session(networkId, meetingId, sessionId).isEmpty()) {
            return EditOutcome.NOT_FOUND;
        }
        int changed = jdbc.sql("""
                        update networks.meeting_agenda_item
                           set session_id = ?, starts_at = ?, title = ?, speakers = ?, link = ?, version = version + 1
                         where id = ? and version = ?
                        """)
                .params(sessionId, startsAt, title, speakers, link, itemId, version)
                .update();
        return changed == 1 ? EditOutcome.DONE : EditOutcome.CHANGED_MEANWHILE;
    }

    @Transactional
    public boolean removeItem(UUID networkId, UUID meetingId, UUID itemId) {
        if (item(networkId, meetingId, itemId).isEmpty()) {
            return false;
        }
        return jdbc.sql("delete from networks.meeting_agenda_item where id = ?")
                        .param(itemId)
                        .update()
                == 1;
    }

    private boolean hostBelongs(UUID networkId, @Nullable UUID hostMemberId) {
        return hostMemberId == null
                || jdbc.sql("select count(*) from networks.member where network_id = ? and id = ?")
                                .params(networkId, hostMemberId)
                                .query(Integer.class)
                                .single()
                        == 1;
    }

    EditOutcome missingOrStale(UUID networkId, UUID meetingId) {
        return meeting(networkId, meetingId).isPresent() ? EditOutcome.CHANGED_MEANWHILE : EditOutcome.NOT_FOUND;
    }

    static Meeting meeting(ResultSet rs) throws SQLException {
        var published = rs.getTimestamp("minutes_published_at");
        return new Meeting(
                rs.getObject("id", UUID.class),
                rs.getObject("network_id", UUID.class),
                rs.getString("title"),
                rs.getObject("host_member_id", UUID.class),
                "",
                rs.getObject("starts_on", LocalDate.class),
                rs.getObject("ends_on", LocalDate.class),
                rs.getString("venue"),
                rs.getString("address"),
                rs.getString("travel_notes"),
                rs.getString("minutes"),
                published == null ? null : published.toInstant(),
                rs.getInt("version"),
                rs.getObject("registration_tenant_id", UUID.class),
                rs.getObject("event_id", UUID.class));
    }

    private static AgendaItem item(ResultSet rs) throws SQLException {
        return new AgendaItem(
                rs.getObject("id", UUID.class),
                rs.getObject("session_id", UUID.class),
                rs.getObject("starts_at", LocalTime.class),
                rs.getString("title"),
                rs.getString("speakers"),
                rs.getString("link"),
                rs.getInt("version"));
    }
}
