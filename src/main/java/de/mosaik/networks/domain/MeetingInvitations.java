package de.mosaik.networks.domain;

import de.mosaik.identity.Accounts;
import de.mosaik.mail.Mail;
import de.mosaik.mail.Mailer;
import de.mosaik.shared.web.BaseUrl;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invitations to a meeting: one mail per delegate of a current member body, with a record of when. Sending again
 * reaches only those not invited yet (e.g. delegates named since). Each mail is in the language the delegate's
 * account keeps, with the dates written as that language writes them.
 */
@Service
public class MeetingInvitations {

    private final JdbcClient jdbc;
    private final MeetingService meetings;
    private final Accounts accounts;
    private final Mailer mailer;
    private final MessageSource messages;
    private final BaseUrl baseUrl;

    MeetingInvitations(
            JdbcClient jdbc,
            MeetingService meetings,
            Accounts accounts,
            Mailer mailer,
            MessageSource messages,
            BaseUrl baseUrl) {
        this.jdbc = jdbc;
        this.meetings = meetings;
        this.accounts = accounts;
        this.mailer = mailer;
        this.messages = messages;
        this.baseUrl = baseUrl;
    }

    /** One invited delegate: the account, its name and when the invitation went out (null: not yet). */
    public record Invitee(
            UUID delegateId,
            UUID accountId,
            String name,
            String email,
            @org.jspecify.annotations.Nullable Instant invitedAt) {}

    /** Every delegate of a current member body with the time of their invitation, by name. */
    @Transactional(readOnly = true)
    public List<Invitee> invitees(UUID networkId, UUID meetingId) {
        var invited = new HashMap<UUID, Instant>();
        var delegates = new HashMap<UUID, UUID>();
        jdbc.sql("""
                        select d.id, d.account_id, i.invited_at
                          from networks.delegate d
                          join networks.member m on m.id = d.member_id
                          left join networks.meeting_invitation i on i.delegate_id = d.id and i.meeting_id = ?
                         where d.network_id = ? and (m.left_on is null or m.left_on > current_date)
                        """).params(meetingId, networkId).query(rs -> {
            var delegateId = rs.getObject("id", UUID.class);
            delegates.put(rs.getObject("account_id", UUID.class), delegateId);
            var at = rs.getTimestamp("invited_at");
            if (at != null) {
                invited.put(delegateId, at.toInstant());
            }
        });
        return accounts.byIds(delegates.keySet()).stream()
                .map(a -> {
                    var delegateId = delegates.get(a.id());
                    return new Invitee(delegateId, a.id(), a.displayName(), a.email(), invited.get(delegateId));
                })
                .toList();
    }

    /** Invites every delegate not invited yet; returns how many mails were queued. */
    @Transactional
    public int inviteRest(UUID networkId, UUID meetingId, String meetingPath) {
        var meeting = meetings.meeting(networkId, meetingId).orElseThrow();
        // Serialises two coordinators pressing "send" at once, so that nobody is invited twice.
        jdbc.sql("select id from networks.meeting where id = ? for update")
                .param(meetingId)
                .query(UUID.class)
                .list();
        var link = baseUrl.link(meetingPath);
        Map<UUID, Invitee> pending = new HashMap<>();
        for (var invitee : invitees(networkId, meetingId)) {
            if (invitee.invitedAt() == null) {
                pending.put(invitee.delegateId(), invitee);
            }
        }
        var spoken = accounts.languages(
                pending.values().stream().map(Invitee::accountId).toList());
        for (var invitee : pending.values()) {
            jdbc.sql(
                            "insert into networks.meeting_invitation (meeting_id, delegate_id) values (?, ?) on conflict do nothing")
                    .params(meetingId, invitee.delegateId())
                    .update();
            var locale = spoken.getOrDefault(invitee.accountId(), Locale.GERMAN);
            var subject = messages.getMessage(
                    "networks.meeting.invitation.mail.subject", new Object[] {meeting.title()}, locale);
            var body = messages.getMessage(
                    "networks.meeting.invitation.mail.body",
                    new Object[] {
                        invitee.name(),
                        meeting.title(),
                        MailDates.date(meeting.startsOn(), locale),
                        MailDates.date(meeting.endsOn(), locale),
                        meeting.hostName(),
                        meeting.venue(),
                        link
                    },
                    locale);
            mailer.send(new Mail(null, invitee.email(), subject, body)
                    .once("meeting-invitation/" + meetingId + "/" + invitee.delegateId()));
        }
        return pending.size();
    }
}
