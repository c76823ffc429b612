package de.mosaik.networks.domain;

import de.mosaik.identity.Accounts;
import de.mosaik.identity.Accounts.AccountSummary;
import de.mosaik.networks.DiscussionSetup;
import de.mosaik.shared.security.Tokens;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Threads and posts of a network's discussions, and who follows them. Every query names the network of the
 * opened area, so that an id of another network's thread or post finds nothing. New posts are announced by
 * {@link DiscussionNotifications} in the same transaction.
 */
@Service
public class DiscussionService implements DiscussionSetup {

    public static final int TITLE_MAX = 200;
    public static final int TOPIC_MAX = 60;
    public static final int BODY_MAX = 20_000;
    public static final int REPORT_MAX = 1_000;
    public static final int HIDE_REASON_MAX = 500;

    private static final String POST_COLUMNS =
            "p.id, p.thread_id, p.author_account_id, p.body, p.created_at, p.edited_at, p.hidden_at, p.hidden_reason,"
                    + " p.version";

    private final JdbcClient jdbc;
    private final Accounts accounts;
    private final DiscussionNotifications notifications;

    DiscussionService(JdbcClient jdbc, Accounts accounts, DiscussionNotifications notifications) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.notifications = notifications;
    }

    /** The network's threads, latest activity first; only those with {@code topic} when one is given. */
    @Transactional(readOnly = true)
    public List<DiscussionThreadRow> threads(UUID networkId, @Nullable String topic) {
        var filter = topic == null || topic.isBlank() ? "" : " and lower(t.topic) = lower(:topic)";
        var query = jdbc.sql("""
                        select t.id, t.title, t.topic, t.author_account_id, t.created_at, t.last_activity_at,
                               (select count(*) - 1 from networks.discussion_post p where p.thread_id = t.id) as replies
                          from networks.discussion_thread t
                         where t.network_id = :network""" + filter + " order by t.last_activity_at desc").param("network", networkId);
        if (!filter.isEmpty()) {
            query = query.param("topic", Objects.requireNonNull(topic).strip());
        }
        var rows = query.query((rs, row) -> threadRow(rs, null)).list();
        var names = names(rows.stream().map(DiscussionThreadRow::authorId).toList());
        return rows.stream().map(r -> withAuthor(r, names)).toList();
    }

    /** The topics the network's threads carry, alphabetically. */
    @Transactional(readOnly = true)
    public List<String> topics(UUID networkId) {
        return jdbc.sql("""
                        select distinct topic from networks.discussion_thread
                         where network_id = ? and topic <> '' order by topic
                        """).param(networkId).query(String.class).list();
    }

    @Transactional(readOnly = true)
    public Optional<DiscussionThreadRow> thread(UUID networkId, UUID threadId) {
        var row = jdbc.sql("""
                        select t.id, t.title, t.topic, t.author_account_id, t.created_at, t.last_activity_at,
                               (select count(*) - 1 from networks.discussion_post p where p.thread_id = t.id) as replies
                          from networks.discussion_thread t
                         where t.network_id = ? and t.id = ?
                        """)
                .params(networkId, threadId)
                .query((rs, n) -> threadRow(rs, null))
                .optional();
        return row.map(r -> withAuthor(r, names(Collections.singletonList(r.authorId()))));
    }

    /** The thread's posts, oldest first. */
    @Transactional(readOnly = true)
    public List<DiscussionPost> posts(UUID networkId, UUID threadId) {
        var posts = jdbc.sql("select " + POST_COLUMNS + """
                         from networks.discussion_post p
                        where p.network_id = ? and p.thread_id = ? order by p.created_at, p.id
                        """)
                .params(networkId, threadId)
                .query((rs, row) -> post(rs, null))
                .list();
        var names = names(posts.stream().map(DiscussionPost::authorId).toList());
        return posts.stream().map(p -> withAuthor(p, names)).toList();
    }

    @Transactional(readOnly = true)
    public Optional<DiscussionPost> post(UUID networkId, UUID threadId, UUID postId) {
        return jdbc.sql("select " + POST_COLUMNS + """
                         from networks.discussion_post p
                        where p.network_id = ? and p.thread_id = ? and p.id = ?
                        """)
                .params(networkId, threadId, postId)
                .query((rs, row) -> post(rs, null))
                .optional()
                .map(p -> withAuthor(p, names(Collections.singletonList(p.authorId()))));
    }

    /** Starts a thread with its first post, subscribes its author and tells the subscribers of the network. */
    @Transactional
    public UUID startThread(UUID networkId, UUID authorId, String title, String topic, String body) {
        var now = Instant.now();
        var threadId = insertThread(networkId, authorId, title, topic, now);
        var postId = insertPost(networkId, threadId, authorId, body, now);
        notifications.newPost(networkId, threadId, postId);
        return threadId;
    }

    /** Adds a reply, subscribes its author (unless they unsubscribed the thread) and tells the subscribers. */
    @Transactional
    public Optional<UUID> reply(UUID networkId, UUID threadId, UUID authorId, String body) {
        if (thread(networkId, threadId).isEmpty()) {
            return Optional.empty();
        }
        var postId = insertPost(networkId, threadId, authorId, body, Instant.now());
        notifications.newPost(networkId, threadId, postId);
        return Optional.of(postId);
    }

    public enum EditOutcome {
        DONE,
        CHANGED_MEANWHILE,
        NOT_YOURS,
        NOT_FOUND
    }

    /** Changes the author's own post as of the version they edited; people newly mentioned get their mail. */
    @Transactional
    public EditOutcome edit(UUID networkId, UUID threadId, UUID postId, UUID accountId, int version, String body) {
        var post = post(networkId, threadId, postId);
        if (post.isEmpty()) {
            return EditOutcome.NOT_FOUND;
        }
        if (!post.get().writtenBy(accountId) || post.get().hidden()) {
            return EditOutcome.NOT_YOURS;
        }
        int changed = jdbc.sql("""
                        update networks.discussion_post set body = ?, edited_at = now(), version = version + 1
                         where id = ? and network_id = ? and version = ? and hidden_at is null
                        """).params(body, postId, networkId, version).update();
        if (changed == 0) {
            return EditOutcome.CHANGED_MEANWHILE;
        }
        notifications.mentions(networkId, threadId, postId);
        return EditOutcome.DONE;
    }

    // --- subscriptions

    /** Whether the person gets mail about new posts of the thread (through it or the whole network). */
    @Transactional(readOnly = true)
    public boolean followsThread(UUID networkId, UUID threadId, UUID accountId) {
        var thread = subscription(networkId, threadId, accountId);
        if (thread.isPresent()) {
            return thread.get();
        }
        return followsNetwork(networkId, accountId);
    }

    @Transactional(readOnly = true)
    public boolean followsNetwork(UUID networkId, UUID accountId) {
        return subscription(networkId, null, accountId).orElse(false);
    }

    /** Subscribes or unsubscribes one thread; the choice stays, also against a subscription of the network. */
    @Transactional
    public void followThread(UUID networkId, UUID threadId, UUID accountId, boolean follow) {
        if (thread(networkId, threadId).isPresent()) {
            setSubscription(networkId, threadId, accountId, follow);
        }
    }

    /** Subscribes or unsubscribes all of the network's threads. */
    @Transactional
    public void followNetwork(UUID networkId, UUID accountId, boolean follow) {
        setSubscription(networkId, null, accountId, follow);
    }

    @Transactional(readOnly = true)
    public DiscussionDelivery delivery(UUID accountId) {
        return jdbc.sql("select mode from networks.discussion_delivery where account_id = ?")
                .param(accountId)
                .query(String.class)
                .optional()
                .map(DiscussionDelivery::valueOf)
                .orElse(DiscussionDelivery.IMMEDIATE);
    }

    /** Chooses mail at once or the daily digest; a digest chosen now collects the posts from now on. */
    @Transactional
    public void chooseDelivery(UUID accountId, DiscussionDelivery mode) {
        jdbc.sql("""
                        insert into networks.discussion_delivery (account_id, mode, digest_since) values (?, ?, now())
                        on conflict (account_id) do update set mode = excluded.mode,
                            digest_since = case when networks.discussion_delivery.mode = excluded.mode
                                                then networks.discussion_delivery.digest_since else now() end
                        """).params(accountId, mode.name()).update();
    }

    /** What the unsubscribe link with this token stands for. */
    @Transactional(readOnly = true)
    public Optional<DiscussionSubscriptionToken> byToken(String token) {
        if (!Tokens.plausible(token)) {
            return Optional.empty();
        }
        return jdbc.sql("""
                        select s.id, n.name, t.title, s.active
                          from networks.discussion_subscription s
                          join networks.network n on n.id = s.network_id
                          left join networks.discussion_thread t on t.id = s.thread_id
                         where s.token = ?
                        """)
                .param(token)
                .query((rs, row) -> new DiscussionSubscriptionToken(
                        rs.getObject("id", UUID.class),
                        rs.getString("name"),
                        rs.getString("title"),
                        rs.getBoolean("active")))
                .optional();
    }

    /** Ends the subscription the link stands for; pressing twice changes nothing more. */
    @Transactional
    public Optional<DiscussionSubscriptionToken> unsubscribe(String token) {
        var found = byToken(token);
        found.filter(DiscussionSubscriptionToken::active)
                .ifPresent(s -> jdbc.sql("""
                                update networks.discussion_subscription set active = false, changed_at = now()
                                 where id = ?
                                """).param(s.subscriptionId()).update());
        return found;
    }

    // --- reports and moderation

    /** A member reports a post to the coordination; false when the post is not in this network's thread. */
    @Transactional
    public boolean report(UUID networkId, UUID threadId, UUID postId, UUID accountId, String reason) {
        if (post(networkId, threadId, postId).isEmpty()) {
            return false;
        }
        jdbc.sql("""
                        insert into networks.discussion_report (id, network_id, post_id, reporter_account_id, reason)
                        values (?, ?, ?, ?, ?)
                        """)
                .params(UUID.randomUUID(), networkId, postId, accountId, reason)
                .update();
        return true;
    }

    /** The reports the coordination has not decided yet, oldest first. */
    @Transactional(readOnly = true)
    public List<DiscussionReport> openReports(UUID networkId) {
        record Row(
                UUID id,
                UUID threadId,
                String title,
                UUID postId,
                @Nullable UUID reporter,
                String reason,
                Instant at) {}
        var rows = jdbc.sql("""
                        select r.id, p.thread_id, t.title, r.post_id, r.reporter_account_id, r.reason, r.created_at
                          from networks.discussion_report r
                          join networks.discussion_post p on p.id = r.post_id and p.network_id = r.network_id
                          join networks.discussion_thread t on t.id = p.thread_id
                         where r.network_id = ? and r.decision is null
                         order by r.created_at
                        """)
                .param(networkId)
                .query((rs, n) -> new Row(
                        rs.getObject("id", UUID.class),
                        rs.getObject("thread_id", UUID.class),
                        rs.getString("title"),
                        rs.getObject("post_id", UUID.class),
                        rs.getObject("reporter_account_id", UUID.class),
                        rs.getString("reason"),
                        instant(rs, "created_at")))
                .list();
        var names = names(rows.stream().map(Row::reporter).toList());
        return rows.stream()
                .map(r -> new DiscussionReport(
                        r.id(),
                        r.threadId(),
                        r.title(),
                        post(networkId, r.threadId(), r.postId()).orElseThrow(),
                        r.reporter() == null ? null : names.get(r.reporter()),
                        r.reason(),
                        r.at()))
                .toList();
    }

    /**
     * Hides the reported post with the coordination's reason and closes every open report of it; false when the
     * report is not an open one of this network.
     */
    @Transactional
    public boolean hide(UUID networkId, UUID reportId, UUID coordinatorId, String reason) {
        var postId = openReportPost(networkId, reportId);
        if (postId.isEmpty()) {
            return false;
        }
        jdbc.sql("""
                        update networks.discussion_post
                           set hidden_at = now(), hidden_reason = ?, hidden_by = ?, version = version + 1
                         where id = ? and network_id = ? and hidden_at is null
                        """).params(reason, coordinatorId, postId.get(), networkId).update();
        jdbc.sql("""
                        update networks.discussion_report set decision = 'HIDDEN', decided_at = now(), decided_by = ?
                         where post_id = ? and network_id = ? and decision is null
                        """).params(coordinatorId, postId.get(), networkId).update();
        return true;
    }

    /** Leaves the post as it is and closes the report. */
    @Transactional
    public boolean dismiss(UUID networkId, UUID reportId, UUID coordinatorId) {
        return jdbc.sql("""
                        update networks.discussion_report set decision = 'DISMISSED', decided_at = now(), decided_by = ?
                         where id = ? and network_id = ? and decision is null
                        """).params(coordinatorId, reportId, networkId).update() > 0;
    }

    private Optional<UUID> openReportPost(UUID networkId, UUID reportId) {
        return jdbc.sql("""
                        select post_id from networks.discussion_report
                         where id = ? and network_id = ? and decision is null
                        """).params(reportId, networkId).query(UUID.class).optional();
    }

    // --- demo and tests

    @Override
    @Transactional
    public UUID seedThread(UUID networkId, UUID authorId, String title, String topic, String body, Instant at) {
        var threadId = insertThread(networkId, authorId, title, topic, at);
        insertPost(networkId, threadId, authorId, body, at);
        return threadId;
    }

    @Override
    @Transactional
    public UUID seedReply(UUID networkId, UUID threadId, UUID authorId, String body, Instant at) {
        return insertPost(networkId, threadId, authorId, body, at);
    }

    // --- rows

    private UUID insertThread(UUID networkId, UUID authorId, String title, String topic, Instant at) {
        var id = UUID.randomUUID();
        jdbc.sql("""
                        insert into networks.discussion_thread
                            (id, network_id, title, topic, author_account_id, created_at, last_activity_at)
                        values (?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(id, networkId, title, topic, authorId, Timestamp.from(at), Timestamp.from(at))
                .update();
        return id;
    }

    private UUID insertPost(UUID networkId, UUID threadId, UUID authorId, String body, Instant at) {
        var id = UUID.randomUUID();
        jdbc.sql("""
                        insert into networks.discussion_post (id, network_id, thread_id, author_account_id, body, created_at)
                        values (?, ?, ?, ?, ?, ?)
                        """)
                .params(id, networkId, threadId, authorId, body, Timestamp.from(at))
                .update();
        jdbc.sql("""
                        update networks.discussion_thread set last_activity_at = greatest(last_activity_at, ?)
                         where id = ? and network_id = ?
                        """).params(Timestamp.from(at), threadId, networkId).update();
        // Writing in a thread follows it, unless the person unsubscribed it before: that choice stays.
        subscribeIfNew(networkId, threadId, authorId);
        return id;
    }

    private Optional<Boolean> subscription(UUID networkId, @Nullable UUID threadId, UUID accountId) {
        var sql = threadId == null
                ? "select active from networks.discussion_subscription where network_id = ? and account_id = ?"
                        + " and thread_id is null"
                : "select active from networks.discussion_subscription where network_id = ? and account_id = ?"
                        + " and thread_id = ?";
        var query = jdbc.sql(sql).param(networkId).param(accountId);
        if (threadId != null) {
            query = query.param(threadId);
        }
        return query.query(Boolean.class).optional();
    }

    private void subscribeIfNew(UUID networkId, UUID threadId, UUID accountId) {
        jdbc.sql("""
                        insert into networks.discussion_subscription (id, network_id, thread_id, account_id, token)
                        values (?, ?, ?, ?, ?)
                        on conflict (account_id, thread_id) where thread_id is not null do nothing
                        """)
                .params(UUID.randomUUID(), networkId, threadId, accountId, Tokens.urlSafe())
                .update();
    }

    private void setSubscription(UUID networkId, @Nullable UUID threadId, UUID accountId, boolean active) {
        var conflict = threadId == null
                ? "(account_id, network_id) where thread_id is null"
                : "(account_id, thread_id) where thread_id is not null";
        jdbc.sql("""
                        insert into networks.discussion_subscription (id, network_id, thread_id, account_id, active, token)
                        values (?, ?, ?, ?, ?, ?)
                        on conflict\s""" + conflict + """
                         do update set active = excluded.active, changed_at = now()
                        """)
                .params(UUID.randomUUID(), networkId, threadId, accountId, active, Tokens.urlSafe())
                .update();
    }

    private Map<UUID, String> names(List<@Nullable UUID> ids) {
        var distinct = new HashSet<UUID>();
        ids.stream().filter(Objects::nonNull).forEach(distinct::add);
        return accounts.byIds(distinct).stream()
                .collect(Collectors.toMap(AccountSummary::id, AccountSummary::displayName, (a, b) -> a));
    }

    private static DiscussionThreadRow withAuthor(DiscussionThreadRow r, Map<UUID, String> names) {
        return new DiscussionThreadRow(
                r.id(),
                r.title(),
                r.topic(),
                r.authorId(),
                r.authorId() == null ? null : names.get(r.authorId()),
                r.createdAt(),
                r.lastActivityAt(),
                r.replies());
    }

    private static DiscussionPost withAuthor(DiscussionPost p, Map<UUID, String> names) {
        return new DiscussionPost(
                p.id(),
                p.threadId(),
                p.authorId(),
                p.authorId() == null ? null : names.get(p.authorId()),
                p.body(),
                p.createdAt(),
                p.editedAt(),
                p.hiddenAt(),
                p.hiddenReason(),
                p.version());
    }

    private static DiscussionThreadRow threadRow(ResultSet rs, @Nullable String authorName) throws SQLException {
        return new DiscussionThreadRow(
                rs.getObject("id", UUID.class),
                rs.getString("title"),
                rs.getString("topic"),
                rs.getObject("author_account_id", UUID.class),
                authorName,
                instant(rs, "created_at"),
                instant(rs, "last_activity_at"),
                Math.max(0, rs.getInt("replies")));
    }

    static DiscussionPost post(ResultSet rs, @Nullable String authorName) throws SQLException {
        return new DiscussionPost(
                rs.getObject("id", UUID.class),
                rs.getObject("thread_id", UUID.class),
                rs.getObject("author_account_id", UUID.class),
                authorName,
                rs.getString("body"),
                instant(rs, "created_at"),
                nullableInstant(rs, "edited_at"),
                nullableInstant(rs, "hidden_at"),
                rs.getString("hidden_reason"),
                rs.getInt("version"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getTimestamp(column).toInstant();
    }

    static @Nullable Instant nullableInstant(ResultSet rs, String column) throws SQLException {
        var value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
