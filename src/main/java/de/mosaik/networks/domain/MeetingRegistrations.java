package de.mosaik.networks.domain;

import de.mosaik.identity.Accounts;
import de.mosaik.networks.Participation;
import de.mosaik.registration.ClosedAudience;
import de.mosaik.registration.ClosedRegistrations;
import de.mosaik.shared.text.BerlinTime;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registrations for a network's meeting: a closed audience, registered through the registration module in the
 * closed event of the tenant that runs the meeting's registrations (ADR 0020). Only delegates of a member body who
 * were invited may register, themselves and at most one colleague of the same body. Registration asks this
 * audience inside its transaction; the audience locks the body's member row first, so that concurrent
 * registrations of one body are counted one after another and the body's quota holds. Networks keeps, per
 * registration, only the body and the delegate it was made by; names and addresses it reads through registration's
 * published views.
 */
@Service
public class MeetingRegistrations {

    /** The live registrations of meetings with the body and delegate, from networks' record and the published view. */
    private static final String REGISTRANTS = """
            select mr.registration_id, mr.meeting_id, mr.member_id, mr.account_id, mr.registered_by,
                   r.given_name, r.family_name, r.email, r.created_at, l.manage_token
              from networks.meeting_registrant mr
              join networks.meeting mt on mt.id = mr.meeting_id
              join registration.v_registration r on r.id = mr.registration_id and r.event_id = mt.event_id
              join registration.v_registration_link l on l.id = mr.registration_id
             where r.counts_as_participant
            """;

    private final JdbcClient jdbc;
    private final MeetingService meetings;
    private final ClosedRegistrations registrations;
    private final Accounts accounts;

    MeetingRegistrations(
            JdbcClient jdbc, MeetingService meetings, ClosedRegistrations registrations, Accounts accounts) {
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.meetings = meetings;
        this.registrations = registrations;
    }

    /** A person to register: the delegate themself or a colleague of their body. */
    public record Person(String givenName, String familyName, String email) {}

    /**
     * Registers the delegate ({@code colleague} false) or a colleague of the delegate's body, in the delegate's mail
     * language. The registering tenant's confirmation mail carries the personal link, with which the person can
     * cancel; {@code meetingPath} is kept for callers that link back to the meeting.
     */
    public RegistrationOutcome register(
            Participation delegate, UUID meetingId, Person person, boolean colleague, String meetingPath) {
        var meeting = meetings.meeting(delegate.networkId(), meetingId);
        if (meeting.isEmpty() || !meeting.get().registrationOpen(LocalDate.now(BerlinTime.ZONE))) {
            return RegistrationOutcome.CLOSED;
        }
        var m = meeting.get();
        if (!m.registrationRuns()) {
            return RegistrationOutcome.NOT_POSSIBLE;
        }
        if (delegate.memberId() == null) {
            return RegistrationOutcome.NO_BODY;
        }
        var result = registrations.register(
                m.registrationTenantId(),
                m.eventId(),
                new ClosedRegistrations.Person(person.givenName(), person.familyName(), person.email()),
                accounts.language(delegate.accountId()).getLanguage(),
                new Audience(delegate, meetingId, colleague));
        return switch (result.outcome()) {
            case REGISTERED, WAITLISTED -> RegistrationOutcome.REGISTERED;
            case ALREADY_REGISTERED -> RegistrationOutcome.ALREADY_REGISTERED;
            case CLOSED -> RegistrationOutcome.CLOSED;
            case REFUSED -> RegistrationOutcome.valueOf(String.valueOf(result.refusal()));
        };
    }

    /** The meeting's audience as one delegate registers: who may, counted under the lock of the body's row. */
    private final class Audience implements ClosedAudience {

        private final Participation delegate;
        private final UUID meetingId;
        private final boolean colleague;

        Audience(Participation delegate, UUID meetingId, boolean colleague) {
            this.delegate = delegate;
            this.meetingId = meetingId;
            this.colleague = colleague;
        }

        @Override
        public @Nullable String refusal(UUID tenantId, UUID eventId, String emailNormalized) {
            if (!invited(meetingId, delegate.delegateId())) {
                return RegistrationOutcome.NOT_INVITED.name();
            }
            // Locks the body's row: registrations of one body for any meeting now run one after another.
            var quota = jdbc.sql("select meeting_quota from networks.member where id = ? and network_id = ? for update")
                    .params(delegate.memberId(), delegate.networkId())
                    .query((rs, row) -> Optional.ofNullable((Integer) rs.getObject("meeting_quota")))
                    .optional();
            if (quota.isEmpty()) {
                return RegistrationOutcome.NO_BODY.name();
            }
            var live = live(meetingId);
            if (!colleague && live.stream().anyMatch(r -> delegate.accountId().equals(r.accountId()))) {
                return RegistrationOutcome.ALREADY_REGISTERED.name();
            }
            if (colleague
                    && live.stream()
                            .anyMatch(r -> r.colleague() && delegate.accountId().equals(r.registeredBy()))) {
                return RegistrationOutcome.COLLEAGUE_TAKEN.name();
            }
            long taken = live.stream()
                    .filter(r -> r.memberId().equals(delegate.memberId()))
                    .count();
            if (quota.get().isPresent() && taken >= quota.get().get()) {
                return RegistrationOutcome.QUOTA_REACHED.name();
            }
            return null;
        }

        @Override
        public void registered(UUID tenantId, UUID eventId, UUID registrationId) {
            jdbc.sql("""
                            insert into networks.meeting_registrant (registration_id, meeting_id, member_id, account_id,
                                                                     registered_by)
                            values (?, ?, ?, ?, ?)
                            """)
                    .params(registrationId, meetingId, delegate.memberId())
                    .params(colleague ? null : delegate.accountId(), delegate.accountId())
                    .update();
        }
    }

    public boolean invited(UUID meetingId, UUID delegateId) {
        return jdbc.sql("select count(*) from networks.meeting_invitation where meeting_id = ? and delegate_id = ?")
                        .params(meetingId, delegateId)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    private List<MeetingRegistration> live(UUID meetingId) {
        return jdbc.sql(REGISTRANTS + " and mr.meeting_id = ?")
                .param(meetingId)
                .query((rs, row) -> registration(rs))
                .list();
    }

    /** Everybody registered for the meeting of this network (cancelled ones left out), by body and name. */
    @Transactional(readOnly = true)
    public List<MeetingRegistration> of(UUID networkId, UUID meetingId) {
        return jdbc.sql(REGISTRANTS + """
                           and mt.network_id = ? and mt.id = ?
                         order by mr.member_id, r.family_name, r.given_name
                        """)
                .params(networkId, meetingId)
                .query((rs, row) -> registration(rs))
                .list();
    }

    /** The delegate's own registration and the colleague they registered, if any. */
    @Transactional(readOnly = true)
    public List<MeetingRegistration> byDelegate(UUID networkId, UUID meetingId, UUID accountId) {
        return of(networkId, meetingId).stream()
                .filter(r -> accountId.equals(r.accountId()) || accountId.equals(r.registeredBy()))
                .toList();
    }

    @Transactional(readOnly = true)
    public Optional<Integer> quota(UUID networkId, UUID memberId) {
        return jdbc.sql("select meeting_quota from networks.member where id = ? and network_id = ?")
                .params(memberId, networkId)
                .query((rs, row) -> (Integer) rs.getObject("meeting_quota"))
                .optional()
                .flatMap(Optional::ofNullable);
    }

    /**
     * Per registration, the meeting sessions it was marked present in, as the registering tenant's staff took
     * attendance in the event's sessions; no entry: nothing marked yet.
     */
    @Transactional(readOnly = true)
    public Map<UUID, Set<UUID>> attendance(UUID networkId, UUID meetingId) {
        var present = new HashMap<UUID, Set<UUID>>();
        jdbc.sql("""
                        select mr.registration_id, s.id as session_id, m.attended
                          from networks.meeting_registrant mr
                          join networks.meeting mt on mt.id = mr.meeting_id
                          join networks.meeting_session s on s.meeting_id = mt.id
                          join attendance.v_mark m on m.registration_id = mr.registration_id
                                                  and m.session_id = s.event_session_id
                         where mt.network_id = ? and mt.id = ?
                        """).params(networkId, meetingId).query(rs -> {
            var marks = present.computeIfAbsent(rs.getObject("registration_id", UUID.class), k -> new HashSet<>());
            if (rs.getBoolean("attended")) {
                marks.add(rs.getObject("session_id", UUID.class));
            }
        });
        return present;
    }

    static MeetingRegistration registration(ResultSet rs) throws SQLException {
        return new MeetingRegistration(
                rs.getObject("registration_id", UUID.class),
                rs.getObject("meeting_id", UUID.class),
                rs.getObject("member_id", UUID.class),
                rs.getObject("account_id", UUID.class),
                rs.getObject("registered_by", UUID.class),
                rs.getString("given_name"),
                rs.getString("family_name"),
                rs.getString("email"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getString("manage_token"));
    }
}
