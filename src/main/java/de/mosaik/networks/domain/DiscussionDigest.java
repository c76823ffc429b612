package de.mosaik.networks.domain;

import de.mosaik.identity.Accounts;
import de.mosaik.identity.Accounts.AccountSummary;
import de.mosaik.mail.Mail;
import de.mosaik.mail.Mailer;
import de.mosaik.shared.text.BerlinTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Once a day, one mail to each person who chose the daily digest, with every new post of the threads they follow
 * since they chose it that no digest has mailed them yet. What was mailed is recorded in the same transaction as
 * the outbox entry, so no post comes twice; the job runs on one node at a time (ShedLock). Each digest is in the
 * language the recipient's account keeps.
 */
@Component
public class DiscussionDigest {

    private final JdbcClient jdbc;
    private final Mailer mailer;
    private final Accounts accounts;
    private final DiscussionNotifications notifications;

    DiscussionDigest(JdbcClient jdbc, Mailer mailer, Accounts accounts, DiscussionNotifications notifications) {
        this.jdbc = jdbc;
        this.mailer = mailer;
        this.accounts = accounts;
        this.notifications = notifications;
    }

    @SchedulerLock(name = "networks-discussion-digest")
    @Scheduled(cron = "0 0 7 * * *", zone = BerlinTime.ZONE_NAME)
    public void daily() {
        send();
    }

    /** Sends the digests due now; returns how many mails. */
    @Transactional
    public int send() {
        var entries = jdbc.sql("""
                        select v.account_id, p.id as post_id, p.thread_id, p.author_account_id, p.body, p.created_at,
                               t.title, n.slug, n.name,
                               coalesce(
                                   (select s.token from networks.discussion_subscription s
                                     where s.account_id = v.account_id and s.thread_id = p.thread_id and s.active),
                                   (select s.token from networks.discussion_subscription s
                                     where s.account_id = v.account_id and s.network_id = p.network_id
                                       and s.thread_id is null and s.active)) as token
                          from networks.discussion_delivery v
                          join networks.discussion_post p
                            on p.created_at > v.digest_since and p.hidden_at is null
                           and p.author_account_id is distinct from v.account_id
                          join networks.discussion_thread t on t.id = p.thread_id and t.network_id = p.network_id
                          join networks.network n on n.id = p.network_id
                         where v.mode = 'DIGEST'
                           and exists (select 1 from networks.delegate d
                                        where d.network_id = p.network_id and d.account_id = v.account_id)
                           and not exists (select 1 from networks.discussion_digest_entry e
                                            where e.account_id = v.account_id and e.post_id = p.id)
                           and (exists (select 1 from networks.discussion_subscription s
                                         where s.account_id = v.account_id and s.thread_id = p.thread_id and s.active)
                                or (exists (select 1 from networks.discussion_subscription s
                                             where s.account_id = v.account_id and s.network_id = p.network_id
                                               and s.thread_id is null and s.active)
                                    and not exists (select 1 from networks.discussion_subscription s
                                                     where s.account_id = v.account_id and s.thread_id = p.thread_id)))
                         order by v.account_id, p.created_at, p.id
                        """)
                .query((rs, row) -> new Entry(
                        rs.getObject("account_id", UUID.class),
                        rs.getObject("post_id", UUID.class),
                        rs.getObject("thread_id", UUID.class),
                        rs.getObject("author_account_id", UUID.class),
                        rs.getString("body"),
                        DiscussionService.instant(rs, "created_at"),
                        rs.getString("title"),
                        rs.getString("slug"),
                        rs.getString("name"),
                        rs.getString("token")))
                .list();
        if (entries.isEmpty()) {
            return 0;
        }
        var byPerson = entries.stream()
                .collect(Collectors.groupingBy(Entry::accountId, LinkedHashMap::new, Collectors.toList()));
        var ids = new ArrayList<UUID>(byPerson.keySet());
        entries.stream().map(Entry::authorId).filter(a -> a != null).forEach(ids::add);
        Map<UUID, AccountSummary> people = accounts.byIds(ids).stream()
                .collect(Collectors.toMap(AccountSummary::id, Function.identity(), (a, b) -> a));
        var spoken = accounts.languages(byPerson.keySet());
        var rendered = new Rendered(people);
        int mails = 0;
        for (var person : byPerson.entrySet()) {
            var account = people.get(person.getKey());
            if (account != null && !account.email().isBlank()) {
                var language = spoken.getOrDefault(account.id(), Locale.GERMAN);
                mailer.send(mail(account, language, person.getValue(), rendered));
                mails++;
            }
            record(person.getKey(), person.getValue());
        }
        return mails;
    }

    private Mail mail(AccountSummary to, Locale language, List<Entry> posts, Rendered rendered) {
        var blocks = new StringBuilder();
        for (var post : posts) {
            blocks.append(rendered.post(post, language))
                    .append('\n')
                    .append(notifications.text(
                            language,
                            "networks.discussion.mail.digest.unsubscribe",
                            notifications.unsubscribeLink(post.token(), language)))
                    .append("\n\n");
        }
        var subject = DiscussionNotifications.oneLine(
                notifications.text(language, "networks.discussion.mail.digest.subject", posts.size()));
        var body = notifications.text(
                language,
                "networks.discussion.mail.digest.body",
                blocks.toString().strip());
        var last = posts.get(posts.size() - 1).postId();
        return new Mail(null, to.email(), subject, body).once("networks.discussion/digest/" + to.id() + "/" + last);
    }

    /**
     * The posts of one run as the digests show them, each rendered once per language however many people follow
     * it; only the unsubscribe line differs from person to person.
     */
    private final class Rendered {

        private final Map<UUID, AccountSummary> people;
        private final Map<String, String> posts = new HashMap<>();

        Rendered(Map<UUID, AccountSummary> people) {
            this.people = people;
        }

        String post(Entry post, Locale language) {
            return posts.computeIfAbsent(post.postId() + "/" + language.toLanguageTag(), key -> {
                var author = post.authorId() != null && people.containsKey(post.authorId())
                        ? people.get(post.authorId()).displayName()
                        : notifications.authorGone(language);
                return notifications.text(
                        language,
                        "networks.discussion.mail.digest.post",
                        post.threadTitle(),
                        post.networkName(),
                        author,
                        BerlinTime.dateTime(post.createdAt(), language),
                        DiscussionNotifications.excerpt(post.body()),
                        notifications.threadLink(post.networkSlug(), post.threadId()));
            });
        }
    }

    private void record(UUID accountId, List<Entry> posts) {
        for (var post : posts) {
            jdbc.sql("""
                            insert into networks.discussion_digest_entry (account_id, post_id) values (?, ?)
                            on conflict do nothing
                            """).params(accountId, post.postId()).update();
        }
    }

    private record Entry(
            UUID accountId,
            UUID postId,
            UUID threadId,
            @Nullable UUID authorId,
            String body,
            Instant createdAt,
            String threadTitle,
            String networkSlug,
            String networkName,
            String token) {}
}
