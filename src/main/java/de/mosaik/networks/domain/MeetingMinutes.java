package de.mosaik.networks.domain;

import de.mosaik.identity.Accounts;
import de.mosaik.mail.Mail;
import de.mosaik.mail.Mailer;
import de.mosaik.shared.web.BaseUrl;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The minutes of a meeting: written by the coordination in Markdown, published once to the members with a mail
 * to every delegate of a current member body in the language their account keeps, and linked with the recommendations the meeting adopted.
 */
@Service
public class MeetingMinutes {

    private final JdbcClient jdbc;
    private final MeetingService meetings;
    private final Accounts accounts;
    private final Mailer mailer;
    private final MessageSource messages;
    private final BaseUrl baseUrl;

    MeetingMinutes(
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

    @Transactional
    public EditOutcome save(UUID networkId, UUID meetingId, int version, String minutes) {
        int changed =
                jdbc.sql("""
                        update networks.meeting set minutes = ?, version = version + 1, updated_at = now()
                         where network_id = ? and id = ? and version = ?
                        """).params(minutes, networkId, meetingId, version).update();
        return changed == 1 ? EditOutcome.DONE : meetings.missingOrStale(networkId, meetingId);
    }

    /**
     * Publishes the minutes and mails every delegate of a current member body; a second call sends nothing.
     * Returns how many mails were queued.
     */
    @Transactional
    public int publish(UUID networkId, UUID meetingId, String minutesPath) {
        int changed = jdbc.sql("""
                        update networks.meeting set minutes_published_at = now(), updated_at = now()
                         where network_id = ? and id = ? and minutes_published_at is null and btrim(minutes) <> ''
                        """).params(networkId, meetingId).update();
        if (changed == 0) {
            return 0;
        }
        var meeting = meetings.meeting(networkId, meetingId).orElseThrow();
        var accountIds = jdbc.sql("""
                        select d.account_id from networks.delegate d join networks.member m on m.id = d.member_id
                         where d.network_id = ? and (m.left_on is null or m.left_on > current_date)
                        """).param(networkId).query(UUID.class).list();
        var link = baseUrl.link(minutesPath);
        var spoken = accounts.languages(accountIds);
        int sent = 0;
        for (var account : accounts.byIds(accountIds)) {
            var locale = spoken.getOrDefault(account.id(), Locale.GERMAN);
            var subject = messages.getMessage(
                    "networks.meeting.minutes.mail.subject", new Object[] {meeting.title()}, locale);
            var body = messages.getMessage(
                    "networks.meeting.minutes.mail.body",
                    new Object[] {account.displayName(), meeting.title(), link},
                    locale);
            mailer.send(new Mail(null, account.email(), subject, body)
                    .once("meeting-minutes/" + meetingId + "/" + account.id()));
            sent++;
        }
        return sent;
    }

    /** The recommendations this meeting adopted (all but drafts), by number. */
    @Transactional(readOnly = true)
    public List<AdoptedRecommendation> adoptedRecommendations(UUID networkId, UUID meetingId) {
        return jdbc.sql("""
                        select id, number, title, status from networks.recommendation
                         where network_id = ? and meeting_id = ? and status <> 'DRAFT'
                         order by number
                        """)
                .params(networkId, meetingId)
                .query((rs, row) -> new AdoptedRecommendation(
                        rs.getObject("id", UUID.class),
                        rs.getInt("number"),
                        rs.getString("title"),
                        rs.getString("status")))
                .list();
    }
}
