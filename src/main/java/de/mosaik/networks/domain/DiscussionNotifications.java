package de.mosaik.networks.domain;

import de.mosaik.identity.Accounts;
import de.mosaik.identity.Accounts.AccountSummary;
import de.mosaik.mail.Mail;
import de.mosaik.mail.Mailer;
import de.mosaik.shared.web.BaseUrl;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Mails about a new post, through the outbox in the transaction that wrote it: to each person it mentions, and
 * to the subscribers who chose mail at once (the others get it in their daily digest). Never to the post's
 * author. Each subscriber's mail carries the unsubscribe link of the subscription that brought it.
 *
 * <p>Each mail is in the language the recipient's account keeps (ADR 0016), German where none is known.
 */
@Component
class DiscussionNotifications {

    /** Post texts longer than this are cut in mails; the link leads to the whole text. */
    static final int EXCERPT = 2_000;

    private final JdbcClient jdbc;
    private final Mailer mailer;
    private final Accounts accounts;
    private final DiscussionMentions mentions;
    private final MessageSource messages;
    private final BaseUrl baseUrl;

    DiscussionNotifications(
            JdbcClient jdbc,
            Mailer mailer,
            Accounts accounts,
            DiscussionMentions mentions,
            MessageSource messages,
            BaseUrl baseUrl) {
        this.jdbc = jdbc;
        this.mailer = mailer;
        this.accounts = accounts;
        this.mentions = mentions;
        this.messages = messages;
        this.baseUrl = baseUrl;
    }

    void newPost(UUID networkId, UUID threadId, UUID postId) {
        var post = written(networkId, threadId, postId);
        var mentioned = mentions(post);
        var recipients = jdbc.sql("""
                        select s.account_id, s.token, s.thread_id is null as whole_network
                          from networks.discussion_subscription s
                         where s.network_id = :network and s.active
                           and (s.thread_id = :thread
                                or (s.thread_id is null and not exists (
                                        select 1 from networks.discussion_subscription m
                                         where m.account_id = s.account_id and m.thread_id = :thread)))
                           and exists (select 1 from networks.delegate d
                                        where d.network_id = s.network_id and d.account_id = s.account_id)
                           and s.account_id is distinct from :author
                           and not exists (select 1 from networks.discussion_delivery v
                                            where v.account_id = s.account_id and v.mode = 'DIGEST')
                        """)
                .param("network", networkId)
                .param("thread", threadId)
                .param("author", post.authorId())
                .query((rs, row) -> new Recipient(
                        rs.getObject("account_id", UUID.class), rs.getString("token"), rs.getBoolean("whole_network")))
                .list();
        // A person subscribed to the thread and to the network gets one mail, with the thread's link.
        var byAccount = new LinkedHashMap<UUID, Recipient>();
        recipients.forEach(r -> byAccount.merge(r.accountId(), r, (a, b) -> a.wholeNetwork() ? b : a));
        mentioned.forEach(byAccount::remove);
        var people = people(byAccount.keySet());
        var spoken = accounts.languages(byAccount.keySet());
        for (var recipient : byAccount.values()) {
            var person = people.get(recipient.accountId());
            if (person == null || person.email().isBlank()) {
                continue;
            }
            var language = spoken.getOrDefault(person.id(), Locale.GERMAN);
            var body = text(
                    language,
                    "networks.discussion.mail.post.body",
                    authorName(post, language),
                    post.threadTitle(),
                    post.networkName(),
                    excerpt(post.body()),
                    threadLink(post),
                    text(
                            language,
                            recipient.wholeNetwork()
                                    ? "networks.discussion.mail.because.network"
                                    : "networks.discussion.mail.because.thread"),
                    unsubscribeLink(recipient.token(), language));
            mailer.send(new Mail(
                            null,
                            person.email(),
                            oneLine(text(
                                    language,
                                    "networks.discussion.mail.post.subject",
                                    post.threadTitle(),
                                    post.networkName())),
                            body)
                    .once("networks.discussion/post/" + postId + "/to/" + person.id()));
        }
    }

    /** Mails the people the post mentions, each once per post (an edit that adds a mention mails only the new one). */
    void mentions(UUID networkId, UUID threadId, UUID postId) {
        mentions(written(networkId, threadId, postId));
    }

    private List<UUID> mentions(Written post) {
        var mentioned = mentions.mentioned(post.networkId(), post.body()).stream()
                .filter(a -> !a.id().equals(post.authorId()))
                .toList();
        var spoken =
                accounts.languages(mentioned.stream().map(AccountSummary::id).toList());
        for (var person : mentioned) {
            if (person.email().isBlank()) {
                continue;
            }
            var language = spoken.getOrDefault(person.id(), Locale.GERMAN);
            mailer.send(new Mail(
                            null,
                            person.email(),
                            oneLine(text(
                                    language,
                                    "networks.discussion.mail.mention.subject",
                                    authorName(post, language),
                                    post.threadTitle())),
                            text(
                                    language,
                                    "networks.discussion.mail.mention.body",
                                    authorName(post, language),
                                    post.threadTitle(),
                                    post.networkName(),
                                    excerpt(post.body()),
                                    threadLink(post)))
                    .once("networks.discussion/post/" + post.postId() + "/mention/" + person.id()));
        }
        return mentioned.stream().map(AccountSummary::id).toList();
    }

    private Written written(UUID networkId, UUID threadId, UUID postId) {
        var row = jdbc.sql("""
                        select p.author_account_id, p.body, t.title, n.slug, n.name
                          from networks.discussion_post p
                          join networks.discussion_thread t on t.id = p.thread_id and t.network_id = p.network_id
                          join networks.network n on n.id = p.network_id
                         where p.id = ? and p.thread_id = ? and p.network_id = ?
                        """)
                .params(postId, threadId, networkId)
                .query((rs, n) -> new Written(
                        networkId,
                        threadId,
                        postId,
                        rs.getObject("author_account_id", UUID.class),
                        null,
                        rs.getString("body"),
                        rs.getString("title"),
                        rs.getString("slug"),
                        rs.getString("name")))
                .single();
        var author = row.authorId() == null
                ? null
                : people(List.of(row.authorId())).values().stream()
                        .findFirst()
                        .map(AccountSummary::displayName)
                        .orElse(null);
        return row.withAuthorName(author);
    }

    private Map<UUID, AccountSummary> people(java.util.Collection<UUID> ids) {
        return accounts.byIds(ids).stream().collect(Collectors.toMap(AccountSummary::id, Function.identity()));
    }

    String threadLink(String networkSlug, UUID threadId) {
        return baseUrl.link("/netzwerke/" + networkSlug + "/diskussionen/" + threadId);
    }

    private String threadLink(Written post) {
        return threadLink(post.networkSlug(), post.threadId());
    }

    /** The unsubscribe page opens in the language of the mail that links to it (German needs no parameter). */
    String unsubscribeLink(String token, Locale language) {
        var link = baseUrl.link("/benachrichtigungen/abbestellen/" + token);
        return language.getLanguage().equals("de") ? link : link + "?lang=" + language.getLanguage();
    }

    String text(Locale language, String key, Object... args) {
        return messages.getMessage(key, args, language);
    }

    private String authorName(Written post, Locale language) {
        var known = post.knownAuthorName();
        return known == null ? authorGone(language) : known;
    }

    /** How mails name an author whose account is gone. */
    String authorGone(Locale language) {
        return text(language, "networks.discussion.author.gone");
    }

    static String excerpt(String body) {
        var text = body.strip();
        return text.length() <= EXCERPT ? text : text.substring(0, EXCERPT) + " …";
    }

    static String oneLine(String text) {
        return text.replaceAll("[\\r\\n]+", " ");
    }

    private record Recipient(UUID accountId, String token, boolean wholeNetwork) {}

    private record Written(
            UUID networkId,
            UUID threadId,
            UUID postId,
            @org.jspecify.annotations.Nullable UUID authorId,
            @org.jspecify.annotations.Nullable String knownAuthorName,
            String body,
            String threadTitle,
            String networkSlug,
            String networkName) {

        Written withAuthorName(@org.jspecify.annotations.Nullable String name) {
            return new Written(
                    networkId, threadId, postId, authorId, name, body, threadTitle, networkSlug, networkName);
        }
    }
}
