package de.mosaik.networks.domain;

import de.mosaik.identity.Accounts;
import de.mosaik.mail.Mail;
import de.mosaik.mail.Mailer;
import de.mosaik.networks.MemberBody;
import de.mosaik.networks.Networks;
import de.mosaik.shared.text.BerlinTime;
import de.mosaik.shared.web.BaseUrl;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminds the delegates of member bodies that have not reported on an adopted recommendation yet: when the
 * coordination presses the button, and by itself the network's reminder days before its next meeting, once per
 * meeting. Mails go through the outbox, each in the language the delegate's account keeps (ADR 0016).
 */
@Component
public class RecommendationReminder {

    private final JdbcClient jdbc;
    private final Networks networks;
    private final RecommendationService recommendations;
    private final Accounts accounts;
    private final Mailer mailer;
    private final MessageSource messages;
    private final BaseUrl baseUrl;

    RecommendationReminder(
            JdbcClient jdbc,
            Networks networks,
            RecommendationService recommendations,
            Accounts accounts,
            Mailer mailer,
            MessageSource messages,
            BaseUrl baseUrl) {
        this.jdbc = jdbc;
        this.networks = networks;
        this.recommendations = recommendations;
        this.accounts = accounts;
        this.mailer = mailer;
        this.messages = messages;
        this.baseUrl = baseUrl;
    }

    @SchedulerLock(name = "networks-remind-recommendation-reports")
    @Scheduled(cron = "0 15 7 * * *", zone = BerlinTime.ZONE_NAME)
    public void daily() {
        remindBeforeMeetings(LocalDate.now(BerlinTime.ZONE));
    }

    /** Who reported on which awaiting recommendation, among the bodies that are members on {@code today}. */
    @Transactional(readOnly = true)
    public FollowUp followUp(UUID networkId, LocalDate today) {
        var awaiting = recommendations.list(networkId, RecommendationService.Filter.adopted()).stream()
                .filter(r -> r.status().awaitsReports())
                .toList();
        var bodies = networks.members(networkId).stream()
                .filter(m -> m.memberOn(today))
                .toList();
        return new FollowUp(awaiting, bodies, recommendations.reporters(networkId));
    }

    /**
     * For every network whose next meeting begins within its reminder days: reminds the bodies without a report,
     * unless that meeting's reminder went out already. Returns the number of meetings reminded for.
     */
    @Transactional
    public int remindBeforeMeetings(LocalDate today) {
        var due = jdbc.sql("""
                        select distinct on (m.network_id) m.id, m.network_id, m.starts_on, n.recommendation_reminder_days
                          from networks.meeting m join networks.network n on n.id = m.network_id
                         where m.starts_on > ?
                         order by m.network_id, m.starts_on
                        """)
                .param(today)
                .query((rs, row) -> new NextMeeting(
                        rs.getObject("id", UUID.class),
                        rs.getObject("network_id", UUID.class),
                        rs.getObject("starts_on", LocalDate.class),
                        rs.getInt("recommendation_reminder_days")))
                .list();
        int reminded = 0;
        for (var meeting : due) {
            if (meeting.startsOn().minusDays(meeting.days()).isAfter(today)) {
                continue;
            }
            var claimed =
                    jdbc.sql("""
                            insert into networks.recommendation_reminder (meeting_id, network_id, bodies)
                            values (?, ?, 0) on conflict (meeting_id) do nothing
                            """).params(meeting.id(), meeting.networkId()).update();
            if (claimed == 0) {
                continue;
            }
            var bodies = send(meeting.networkId(), today, "meeting/" + meeting.id());
            jdbc.sql("update networks.recommendation_reminder set bodies = ? where meeting_id = ?")
                    .params(bodies, meeting.id())
                    .update();
            reminded++;
        }
        return reminded;
    }

    /** The coordination's button: reminds now; a second press on the same day mails nobody twice. */
    @Transactional
    public int remindNow(UUID networkId, LocalDate today) {
        return send(networkId, today, "day/" + today);
    }

    /** Mails the delegates of each body without a report; returns the number of bodies reminded. */
    private int send(UUID networkId, LocalDate today, String occasion) {
        var network = networks.byId(networkId).orElseThrow();
        var followUp = followUp(networkId, today);
        int bodies = 0;
        for (var body : followUp.bodies()) {
            var missing = followUp.missing(body);
            if (missing.isEmpty()) {
                continue;
            }
            var delegates = delegatesOf(networkId, body);
            if (delegates.isEmpty()) {
                continue;
            }
            bodies++;
            var titles = missing.stream()
                    .map(r -> "– " + r.label() + " " + r.title())
                    .collect(Collectors.joining("\n"));
            var link = baseUrl.link("/netzwerke/" + network.slug() + "/empfehlungen");
            var people = accounts.activeByIds(delegates);
            var spoken = accounts.languages(delegates);
            for (var account : people) {
                if (account.email().isBlank()) {
                    continue;
                }
                var locale = spoken.getOrDefault(account.id(), Locale.GERMAN);
                var subject = messages.getMessage(
                                "networks.recommendation.reminder.subject", new Object[] {network.name()}, locale)
                        .replaceAll("[\r\n]", " ");
                var text = messages.getMessage(
                        "networks.recommendation.reminder.body",
                        new Object[] {network.name(), body.name(), titles, link},
                        locale);
                mailer.send(new Mail(null, account.email(), subject, text)
                        .once("networks.recommendations/" + networkId + "/" + occasion + "/" + body.memberId() + "/"
                                + account.id()));
            }
        }
        return bodies;
    }

    private List<UUID> delegatesOf(UUID networkId, MemberBody body) {
        return jdbc.sql("""
                        select account_id from networks.delegate
                         where network_id = ? and member_id = ? and role <> 'GUEST'
                        """)
                .params(networkId, body.memberId())
                .query(UUID.class)
                .list();
    }

    private record NextMeeting(UUID id, UUID networkId, LocalDate startsOn, int days) {}
}
