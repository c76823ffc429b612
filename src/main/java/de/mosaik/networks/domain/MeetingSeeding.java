package de.mosaik.networks.domain;

import de.mosaik.events.EventSeats;
import de.mosaik.identity.Accounts;
import de.mosaik.networks.MeetingSetup;
import de.mosaik.registration.PastRegistrations;
import de.mosaik.registration.PastRegistrations.Channel;
import de.mosaik.registration.PastRegistrations.PastRegistration;
import de.mosaik.registration.RegistrationStatus;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Meetings for the demo data and tests, written in a few set-based statements so that seeding stays fast. */
@Service
class MeetingSeeding implements MeetingSetup {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final Accounts accounts;
    private final MeetingEvents events;
    private final PastRegistrations pastRegistrations;
    private final EventSeats seats;

    MeetingSeeding(
            JdbcClient jdbc,
            JdbcTemplate template,
            Accounts accounts,
            MeetingEvents events,
            PastRegistrations pastRegistrations,
            EventSeats seats) {
        this.jdbc = jdbc;
        this.template = template;
        this.accounts = accounts;
        this.events = events;
        this.pastRegistrations = pastRegistrations;
        this.seats = seats;
    }

    @Override
    @Transactional
    public UUID createMeeting(UUID networkId, NewMeeting m) {
        var id = UUID.randomUUID();
        jdbc.sql("""
                        insert into networks.meeting (id, network_id, title, host_member_id, starts_on, ends_on, venue,
                                                      address, travel_notes, registration_tenant_id)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(id, networkId, m.title(), m.hostMemberId(), m.startsOn(), m.endsOn(), m.venue(), m.address())
                .params(m.travelNotes(), events.tenantFor(networkId, m.hostMemberId(), null))
                .update();
        events.sync(networkId, id);
        return id;
    }

    @Override
    @Transactional
    public UUID addSession(UUID meetingId, LocalDate day, LocalTime startsAt, LocalTime endsAt, String title) {
        var id = UUID.randomUUID();
        jdbc.sql("""
                        insert into networks.meeting_session (id, meeting_id, day, starts_at, ends_at, title)
                        values (?, ?, ?, ?, ?, ?)
                        """).params(id, meetingId, day, startsAt, endsAt, title).update();
        events.sync(networkOf(meetingId), meetingId);
        return id;
    }

    private UUID networkOf(UUID meetingId) {
        return jdbc.sql("select network_id from networks.meeting where id = ?")
                .param(meetingId)
                .query(UUID.class)
                .single();
    }

    @Override
    @Transactional
    public void addAgendaItem(UUID sessionId, @Nullable LocalTime startsAt, String title, String speakers) {
        jdbc.sql("""
                        insert into networks.meeting_agenda_item (id, session_id, starts_at, title, speakers)
                        values (?, ?, ?, ?, ?)
                        """)
                .params(UUID.randomUUID(), sessionId, startsAt, title, speakers)
                .update();
    }

    @Override
    @Transactional
    public int recordInvitations(UUID networkId, UUID meetingId, Instant invitedAt) {
        return jdbc.sql("""
                        insert into networks.meeting_invitation (meeting_id, delegate_id, invited_at)
                        select ?, d.id, ? from networks.delegate d join networks.member m on m.id = d.member_id
                         where d.network_id = ? and m.left_on is null
                        on conflict do nothing
                        """)
                .params(meetingId, Timestamp.from(invitedAt), networkId)
                .update();
    }

    @Override
    @Transactional
    public Optional<SeededRegistrations> registerInvited(
            UUID networkId, UUID meetingId, int limit, Instant registeredAt) {
        var place = jdbc.sql("""
                        select registration_tenant_id, event_id from networks.meeting
                         where id = ? and network_id = ? and event_id is not null
                        """)
                .params(meetingId, networkId)
                .query((rs, row) -> new UUID[] {
                    rs.getObject("registration_tenant_id", UUID.class), rs.getObject("event_id", UUID.class)
                })
                .optional();
        if (place.isEmpty()) {
            return Optional.empty();
        }
        var tenantId = place.get()[0];
        var eventId = place.get()[1];
        var invited = new HashMap<UUID, Delegate>();
        jdbc.sql("""
                        select d.account_id, d.member_id from networks.delegate d
                          join networks.meeting_invitation i on i.delegate_id = d.id and i.meeting_id = ?
                         where d.network_id = ?
                        """).params(meetingId, networkId).query(rs -> {
            invited.put(rs.getObject("account_id", UUID.class), new Delegate(rs.getObject("member_id", UUID.class)));
        });
        var people = new ArrayList<PastRegistration>();
        var registrants = new ArrayList<Map.Entry<UUID, Delegate>>();
        var languages = accounts.languages(invited.keySet());
        for (var account : accounts.byIds(invited.keySet())) {
            if (people.size() == limit) {
                break;
            }
            var names = account.displayName().strip().split("\\s+", 2);
            var delegate = invited.get(account.id());
            people.add(new PastRegistration(
                    eventId,
                    RegistrationStatus.CONFIRMED,
                    names[0],
                    names.length > 1 ? names[1] : names[0],
                    account.email(),
                    "",
                    null,
                    Map.of(),
                    "",
                    "",
                    languages.getOrDefault(account.id(), Locale.GERMAN).getLanguage(),
                    Channel.WEB,
                    null,
                    true,
                    null,
                    null,
                    registeredAt,
                    null,
                    null));
            registrants.add(Map.entry(account.id(), delegate));
        }
        var ids = pastRegistrations.record(tenantId, people);
        // Recorded registrations take no seat; the event's counter counts them, as staff's entries would.
        ids.forEach(id -> seats.claim(tenantId, eventId, true));
        var rows = new ArrayList<Object[]>();
        for (int i = 0; i < ids.size(); i++) {
            var account = registrants.get(i).getKey();
            rows.add(new Object[] {
                ids.get(i), meetingId, registrants.get(i).getValue().memberId(), account, account
            });
        }
        template.batchUpdate("""
                insert into networks.meeting_registrant (registration_id, meeting_id, member_id, account_id,
                                                         registered_by)
                values (?, ?, ?, ?, ?)
                """, rows);
        return Optional.of(new SeededRegistrations(tenantId, eventId, ids));
    }

    private record Delegate(UUID memberId) {}

    @Override
    @Transactional
    public void publishMinutes(UUID meetingId, String minutes, Instant publishedAt) {
        jdbc.sql("update networks.meeting set minutes = ?, minutes_published_at = ? where id = ?")
                .params(minutes, Timestamp.from(publishedAt), meetingId)
                .update();
    }
}
