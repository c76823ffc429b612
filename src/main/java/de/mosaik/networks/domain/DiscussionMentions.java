package de.mosaik.networks.domain;

import de.mosaik.identity.Accounts;
import de.mosaik.identity.Accounts.AccountSummary;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Mentions in a post: {@code @[Display Name]} names a person taking part in the network by the name their account
 * shows (brackets, because names have spaces). Resolved among the network's delegates only, case-insensitively;
 * a page shows a resolved mention highlighted.
 */
@Component
public class DiscussionMentions {

    /** What a mention looks like in the Markdown, and (escaped, as commonmark leaves it) in the rendered HTML. */
    static final Pattern MENTION = Pattern.compile("@\\[([^\\]\\r\\n<>]{1,120})\\]");

    /** The sanitiser writes the at sign as a character reference. */
    static final Pattern RENDERED_MENTION = Pattern.compile("(?:@|&#64;)\\[([^\\]\\r\\n<>]{1,120})\\]");

    private final JdbcClient jdbc;
    private final Accounts accounts;

    DiscussionMentions(JdbcClient jdbc, Accounts accounts) {
        this.jdbc = jdbc;
        this.accounts = accounts;
    }

    /** The people of the network by their display name in lower case. */
    public Map<String, List<AccountSummary>> delegatesByName(UUID networkId) {
        var ids = jdbc.sql("select account_id from networks.delegate where network_id = ?")
                .param(networkId)
                .query(UUID.class)
                .list();
        var byName = new LinkedHashMap<String, List<AccountSummary>>();
        for (var account : accounts.byIds(ids)) {
            byName.computeIfAbsent(key(account.displayName()), k -> new ArrayList<>())
                    .add(account);
        }
        return byName;
    }

    /** The names mentioned in the text, as written. */
    static Set<String> names(String markdown) {
        var names = new LinkedHashSet<String>();
        var matcher = MENTION.matcher(markdown);
        while (matcher.find()) {
            names.add(matcher.group(1).strip());
        }
        return names;
    }

    /** The people the text mentions. */
    public List<AccountSummary> mentioned(UUID networkId, String markdown) {
        var names = names(markdown);
        if (names.isEmpty()) {
            return List.of();
        }
        var byName = delegatesByName(networkId);
        var people = new LinkedHashMap<UUID, AccountSummary>();
        for (var name : names) {
            byName.getOrDefault(key(name), List.of()).forEach(a -> people.putIfAbsent(a.id(), a));
        }
        return List.copyOf(people.values());
    }

    /** The mentioned names nobody of the network has, as written; the form names them. */
    public List<String> unknown(UUID networkId, String markdown) {
        var names = names(markdown);
        if (names.isEmpty()) {
            return List.of();
        }
        var byName = delegatesByName(networkId);
        return names.stream().filter(n -> !byName.containsKey(key(n))).toList();
    }

    /**
     * Marks the mentions of known people in HTML made by {@code SafeHtml}: the name is taken from that HTML as it
     * stands (already escaped) and only wrapped, so nothing typed can get out of the sanitised text.
     */
    public static String highlight(String html, Set<String> knownNames) {
        var matcher = RENDERED_MENTION.matcher(html);
        var result = new StringBuilder();
        while (matcher.find()) {
            var name = matcher.group(1).strip();
            var known = knownNames.contains(key(unescape(name)));
            matcher.appendReplacement(
                    result,
                    Matcher.quoteReplacement(
                            known ? "<mark class=\"discussion-mention\">@" + name + "</mark>" : matcher.group()));
        }
        matcher.appendTail(result);
        return result.toString();
    }

    static String key(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static String unescape(String html) {
        return html.replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&amp;", "&");
    }
}
