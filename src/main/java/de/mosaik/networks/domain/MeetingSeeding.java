package de.mosaik.networks.domain;

import de.mosaik.identity.Accounts;
import de.mosaik.networks.MeetingSetup;
import de.mosaik.shared.EmailAddress;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
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

    MeetingSeeding(JdbcClient jdbc, JdbcTemplate template, Accounts accounts) {
        this.jdbc = jdbc;
        this.template = template;
        this.accounts = accounts;
    }

    @Override
    @Transactional
    public UUID createMeeting(UUID networkId, NewMeeting m) {
        var id = UUID.randomUUID();
        jdbc.sql("""
                        insert into networks.meeting (id, network_id, title, host_member_id, starts_on, ends_on, venue,
                                                      address, travel_notes)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(id, networkId, m.title(), m.hostMemberId(), m.startsOn(), m.endsOn(), m.venue(), m.address())
                .param(m.travelNotes())
                .update();
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
        return id;
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
    public int registerInvited(UUID networkId, UUID meetingId, int limit, int absentEvery) {
        var members = new HashMap<UUID, UUID>();
        jdbc.sql("""
                        select d.account_id, d.member_id from networks.delegate d
                          join networks.meeting_invitation i on i.delegate_id = d.id and i.meeting_id = ?
                         where d.network_id = ?
                        """).params(meetingId, networkId).query(rs -> {
            members.put(rs.getObject("account_id", UUID.class), rs.getObject("member_id", UUID.class));
        });
        var rows = new ArrayList<Object[]>();
        var ids = new ArrayList<UUID>();
        for (var account : accounts.byIds(members.keySet())) {
            if (rows.size() == limit) {
                break;
            }
            var names = account.displayName().strip().split("\\s+", 2);
            var id = UUID.randomUUID();
            ids.add(id);
            rows.add(new Object[] {
                id,
                meetingId,
                members.get(account.id()),
                account.id(),
                account.id(),
                names[0],
                names.length > 1 ? names[1] : names[0],
                account.email(),
                EmailAddress.normalize(account.email())
            });
        }
        template.batchUpdate("""
                insert into networks.meeting_registration (id, meeting_id, member_id, account_id, registered_by,
                                                           given_name, family_name, email, email_normalized)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, rows);
        if (absentEvery > 0) {
            var sessions = jdbc.sql("select id from networks.meeting_session where meeting_id = ?")
                    .param(meetingId)
                    .query(UUID.class)
                    .list();
            var marks = new ArrayList<Object[]>();
            for (int i = 0; i < ids.size(); i++) {
                for (int s = 0; s < sessions.size(); s++) {
                    // every n-th person missed the last session (left early): a realistic list, not all ticks
                    boolean present = (i + 1) % absentEvery != 0 || s < sessions.size() - 1;
                    marks.add(new Object[] {ids.get(i), sessions.get(s), present});
                }
            }
            template.batchUpdate(
                    "insert into networks.meeting_attendance (registration_id, session_id, present) values (?, ?, ?)",
                    marks);
        }
        return rows.size();
    }

    @Override
    @Transactional
    public void publishMinutes(UUID meetingId, String minutes, Instant publishedAt) {
        jdbc.sql("update networks.meeting set minutes = ?, minutes_published_at = ? where id = ?")
                .params(minutes, Timestamp.from(publishedAt), meetingId)
                .update();
    }
}
