package de.mosaik.networks.domain;

import de.mosaik.identity.Accounts;
import de.mosaik.identity.Accounts.AccountSummary;
import de.mosaik.shared.privacy.DataSubject;
import de.mosaik.shared.privacy.PersonalDataHolder;
import de.mosaik.shared.privacy.StoredRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What a network's discussions keep about a person, found through the accounts with the subject's addresses: the
 * threads they started, their posts, subscriptions, delivery choice, digest records and reports. The discussions
 * belong to no tenant, so every tenant's export and erasure of the address reaches them.
 *
 * <p>Erasure removes the author from threads and posts and empties the text of their posts (a post names its
 * writer through what it says, too); the post stays in its place, so the replies still read in order, and
 * shows that it was deleted. Titles of started threads stay: they name a topic, and the others' replies hang on
 * them. Subscriptions, the delivery choice and digest records are deleted; reports and decisions lose the
 * reporter or the deciding coordinator.
 */
@Component
class DiscussionPersonalData implements PersonalDataHolder {

    private static final String SCHEMA = "networks";
    private static final String THREADS = SCHEMA + ".discussion_thread";
    private static final String POSTS = SCHEMA + ".discussion_post";
    private static final String SUBSCRIPTIONS = SCHEMA + ".discussion_subscription";
    private static final String DELIVERY = SCHEMA + ".discussion_delivery";
    private static final String DIGESTS = SCHEMA + ".discussion_digest_entry";
    private static final String REPORTS = SCHEMA + ".discussion_report";

    private final JdbcClient jdbc;
    private final Accounts accounts;

    DiscussionPersonalData(JdbcClient jdbc, Accounts accounts) {
        this.jdbc = jdbc;
        this.accounts = accounts;
    }

    @Override
    public Set<String> tables() {
        return Set.of(THREADS, POSTS, SUBSCRIPTIONS, DELIVERY, DIGESTS, REPORTS);
    }

    @Override
    public List<StoredRecord> export(UUID tenantId, DataSubject subject) {
        var ids = accountIds(subject);
        var records = new ArrayList<StoredRecord>();
        if (ids.isEmpty()) {
            return records;
        }
        add(records, THREADS, """
                select id, network_id, title, topic, created_at from networks.discussion_thread
                 where author_account_id in (:ids) order by created_at""", ids);
        add(records, POSTS, """
                select id, network_id, thread_id, body, created_at, edited_at, hidden_at, hidden_reason
                  from networks.discussion_post where author_account_id in (:ids) order by created_at""", ids);
        add(records, SUBSCRIPTIONS, """
                select network_id, thread_id, active, created_at, changed_at from networks.discussion_subscription
                 where account_id in (:ids) order by created_at""", ids);
        add(records, DELIVERY, """
                select mode, digest_since from networks.discussion_delivery where account_id in (:ids)""", ids);
        add(records, DIGESTS, """
                select post_id, sent_at from networks.discussion_digest_entry
                 where account_id in (:ids) order by sent_at""", ids);
        add(records, REPORTS, """
                select post_id, reason, created_at, decision, decided_at from networks.discussion_report
                 where reporter_account_id in (:ids) order by created_at""", ids);
        return records;
    }

    @Override
    public void erase(UUID tenantId, DataSubject subject) {
        var ids = accountIds(subject);
        if (ids.isEmpty()) {
            return;
        }
        update("update networks.discussion_thread set author_account_id = null where author_account_id in (:ids)", ids);
        update("""
                update networks.discussion_post set author_account_id = null, body = '', edited_at = now(),
                       version = version + 1
                 where author_account_id in (:ids)""", ids);
        update("update networks.discussion_post set hidden_by = null where hidden_by in (:ids)", ids);
        update("delete from networks.discussion_subscription where account_id in (:ids)", ids);
        update("delete from networks.discussion_delivery where account_id in (:ids)", ids);
        update("delete from networks.discussion_digest_entry where account_id in (:ids)", ids);
        update("""
                update networks.discussion_report set reporter_account_id = null
                 where reporter_account_id in (:ids)""", ids);
        update("update networks.discussion_report set decided_by = null where decided_by in (:ids)", ids);
    }

    private List<UUID> accountIds(DataSubject subject) {
        if (subject.emails().isEmpty()) {
            return List.of();
        }
        return accounts.byEmails(subject.emails()).stream()
                .map(AccountSummary::id)
                .toList();
    }

    private void add(List<StoredRecord> records, String table, String sql, List<UUID> ids) {
        jdbc.sql(sql).param("ids", ids).query().listOfRows().forEach(row -> records.add(new StoredRecord(table, row)));
    }

    private void update(String sql, List<UUID> ids) {
        jdbc.sql(sql).param("ids", ids).update();
    }
}
