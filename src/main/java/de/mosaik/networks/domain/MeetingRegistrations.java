package de.mosaik.networks.domain;

import de.mosaik.mail.Mail;
import de.mosaik.mail.Mailer;
import de.mosaik.networks.Participation;
import de.mosaik.shared.EmailAddress;
import de.mosaik.shared.text.BerlinTime;
import de.mosaik.shared.web.BaseUrl;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Registrations for a network's meeting: a closed audience. Only delegates of a member body who were invited may
 * register, themselves and at most one colleague of the same body. Each registration is one short transaction
 * that locks the body's member row first, so that concurrent registrations of one body are counted one after
 * another and the body's quota holds.
 */
@Service
public class MeetingRegistrations {

    private static final String COLUMNS = """
            r.id, r.meeting_id, r.member_id, r.account_id, r.registered_by, r.given_name, r.family_name, r.email,
            r.created_at
            """;

    private final JdbcClient jdbc;
    private final MeetingService meetings;
    private final TransactionTemplate transactions;
    private final Mailer mailer;
    private final MessageSource messages;
    private final BaseUrl baseUrl;

    MeetingRegistrations(
            JdbcClient jdbc,
            MeetingService meetings,
            TransactionTemplate transactions,
            Mailer mailer,
            MessageSource messages,
            BaseUrl baseUrl) {
        this.jdbc = jdbc;
        this.meetings = meetings;
        this.transactions = transactions;
        this.mailer = mailer;
        this.messages = messages;
        this.baseUrl = baseUrl;
    }

    /** A person to register: the delegate themself or a colleague of their body. */
    public record Person(String givenName, String familyName, String email) {}

    /**
     * Registers the delegate ({@code colleague} false) or a colleague of the delegate's body. The link in the
     * confirmation mail leads to the meeting's page at {@code meetingPath}.
     */
    public RegistrationOutcome register(
            Participation delegate, UUID meetingId, Person person, boolean colleague, String meetingPath) {
        try {
            var outcome = transactions.execute(status -> admit(delegate, meetingId, person, colleague, meetingPath));
            return outcome == null ? RegistrationOutcome.CLOSED : outcome;
        } catch (DuplicateKeyException e) {
            return RegistrationOutcome.ALREADY_REGISTERED;
        }
    }

    private RegistrationOutcome admit(
            Participation delegate, UUID meetingId, Person person, boolean colleague, String meetingPath) {
        var meeting = meetings.meeting(delegate.networkId(), meetingId);
        if (meeting.isEmpty() || !meeting.get().upcoming(LocalDate.now(BerlinTime.ZONE))) {
            return RegistrationOutcome.CLOSED;
        }
        if (delegate.memberId() == null) {
            return RegistrationOutcome.NO_BODY;
        }
        if (!invited(meetingId, delegate.delegateId())) {
            return RegistrationOutcome.NOT_INVITED;
        }
        // Locks the body's row: registrations of one body for any meeting now run one after another.
        var quota = jdbc.sql("select meeting_quota from networks.member where id = ? and network_id = ? for update")
                .params(delegate.memberId(), delegate.networkId())
                .query((rs, row) -> (Integer) rs.getObject("meeting_quota"))
                .optional();
        var email = EmailAddress.normalize(person.email());
        if (exists(meetingId, email)) {
            return RegistrationOutcome.ALREADY_REGISTERED;
        }
        if (colleague && colleagues(meetingId, delegate.accountId()) > 0) {
            return RegistrationOutcome.COLLEAGUE_TAKEN;
        }
        var taken = jdbc.sql(
                        "select count(*) from networks.meeting_registration where meeting_id = ? and member_id = ?")
                .params(meetingId, delegate.memberId())
                .query(Integer.class)
                .single();
        if (quota.isPresent() && quota.get() != null && taken >= quota.get()) {
            return RegistrationOutcome.QUOTA_REACHED;
        }
        var id = UUID.randomUUID();
        jdbc.sql("""
                        insert into networks.meeting_registration (id, meeting_id, member_id, account_id, registered_by,
                                                                   given_name, family_name, email, email_normalized)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(id, meetingId, delegate.memberId(), colleague ? null : delegate.accountId())
                .params(
                        delegate.accountId(),
                        person.givenName(),
                        person.familyName(),
                        person.email().strip(),
                        email)
                .update();
        confirm(id, meeting.get(), person, meetingPath);
        return RegistrationOutcome.REGISTERED;
    }

    /** The confirmation, in German like the members' area (accounts keep no language of their own yet). */
    private void confirm(UUID registrationId, Meeting meeting, Person person, String meetingPath) {
        var locale = Locale.GERMAN;
        var subject = messages.getMessage(
                "networks.meeting.registration.mail.subject", new Object[] {meeting.title()}, locale);
        var body = messages.getMessage(
                "networks.meeting.registration.mail.body",
                new Object[] {
                    person.givenName() + " " + person.familyName(),
                    meeting.title(),
                    meeting.startsOn().toString(),
                    meeting.endsOn().toString(),
                    meeting.venue(),
                    baseUrl.link(meetingPath)
                },
                locale);
        mailer.send(
                new Mail(null, person.email().strip(), subject, body).once("meeting-registration/" + registrationId));
    }

    public boolean invited(UUID meetingId, UUID delegateId) {
        return jdbc.sql("select count(*) from networks.meeting_invitation where meeting_id = ? and delegate_id = ?")
                        .params(meetingId, delegateId)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    private boolean exists(UUID meetingId, String emailNormalized) {
        return jdbc.sql(
                                "select count(*) from networks.meeting_registration where meeting_id = ? and email_normalized = ?")
                        .params(meetingId, emailNormalized)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    private int colleagues(UUID meetingId, UUID accountId) {
        return jdbc.sql("""
                        select count(*) from networks.meeting_registration
                         where meeting_id = ? and registered_by = ? and account_id is null
                        """).params(meetingId, accountId).query(Integer.class).single();
    }

    /** Everybody registered for the meeting of this network, by body and name. */
    @Transactional(readOnly = true)
    public List<MeetingRegistration> of(UUID networkId, UUID meetingId) {
        return jdbc.sql("select " + COLUMNS + """
                          from networks.meeting_registration r join networks.meeting mt on mt.id = r.meeting_id
                         where mt.network_id = ? and mt.id = ?
                         order by r.member_id, r.family_name, r.given_name
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

    /** Per registration, the sessions it was marked present in; no entry: nothing marked yet. */
    @Transactional(readOnly = true)
    public Map<UUID, Set<UUID>> attendance(UUID networkId, UUID meetingId) {
        var present = new HashMap<UUID, Set<UUID>>();
        jdbc.sql("""
                        select a.registration_id, a.session_id, a.present
                          from networks.meeting_attendance a
                          join networks.meeting_registration r on r.id = a.registration_id
                          join networks.meeting mt on mt.id = r.meeting_id
                         where mt.network_id = ? and mt.id = ?
                        """).params(networkId, meetingId).query(rs -> {
            var marks = present.computeIfAbsent(rs.getObject("registration_id", UUID.class), k -> new HashSet<>());
            if (rs.getBoolean("present")) {
                marks.add(rs.getObject("session_id", UUID.class));
            }
        });
        return present;
    }

    /**
     * Marks who was present in which session: every registration of the meeting in every session of it, present
     * when {@code present} names the pair ("registrationId:sessionId"); pairs of other meetings are ignored.
     */
    @Transactional
    public void markAttendance(UUID networkId, UUID meetingId, Set<String> present) {
        var sessions = meetings.sessions(networkId, meetingId);
        for (var registration : of(networkId, meetingId)) {
            for (var session : sessions) {
                jdbc.sql("""
                                insert into networks.meeting_attendance (registration_id, session_id, present)
                                values (?, ?, ?)
                                on conflict (registration_id, session_id)
                                do update set present = excluded.present, marked_at = now()
                                """)
                        .params(
                                registration.id(),
                                session.id(),
                                present.contains(registration.id() + ":" + session.id()))
                        .update();
            }
        }
    }

    static MeetingRegistration registration(ResultSet rs) throws SQLException {
        return new MeetingRegistration(
                rs.getObject("id", UUID.class),
                rs.getObject("meeting_id", UUID.class),
                rs.getObject("member_id", UUID.class),
                rs.getObject("account_id", UUID.class),
                rs.getObject("registered_by", UUID.class),
                rs.getString("given_name"),
                rs.getString("family_name"),
                rs.getString("email"),
                rs.getTimestamp("created_at").toInstant());
    }
}
