package de.mosaik.networks.domain;

import de.mosaik.identity.Accounts;
import de.mosaik.shared.privacy.DataSubject;
import de.mosaik.shared.privacy.PersonalDataHolder;
import de.mosaik.shared.privacy.StoredRecord;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who wrote the entries of a recommendation's timeline: a delegate's account is kept with each progress report
 * and status change (the pages show only the body's name). A tenant's staff member who asks for their data gets
 * the entries they wrote; on erasure the entries stay, as the body's report, without the author. External
 * persons' accounts have no tenant; deleting the account removes the author too (the key is set null).
 */
@Component
class RecommendationPersonalData implements PersonalDataHolder {

    static final String TABLE = "networks.recommendation_entry";

    private final JdbcClient jdbc;
    private final Accounts accounts;

    RecommendationPersonalData(JdbcClient jdbc, Accounts accounts) {
        this.jdbc = jdbc;
        this.accounts = accounts;
    }

    @Override
    public Set<String> tables() {
        return Set.of(TABLE);
    }

    @Override
    public List<StoredRecord> export(UUID tenantId, DataSubject subject) {
        var authors = authors(tenantId, subject);
        if (authors.isEmpty()) {
            return List.of();
        }
        return jdbc
                .sql("select * from " + TABLE + " where author_account_id in (:ids) order by created_at")
                .param("ids", authors)
                .query()
                .listOfRows()
                .stream()
                .map(row -> new StoredRecord(TABLE, row))
                .toList();
    }

    @Override
    public void erase(UUID tenantId, DataSubject subject) {
        var authors = authors(tenantId, subject);
        if (!authors.isEmpty()) {
            jdbc.sql("update " + TABLE + " set author_account_id = null where author_account_id in (:ids)")
                    .param("ids", authors)
                    .update();
        }
    }

    /** The tenant's accounts with the subject's addresses. */
    private List<UUID> authors(UUID tenantId, DataSubject subject) {
        if (subject.emails().isEmpty()) {
            return List.of();
        }
        return accounts.active(tenantId).stream()
                .filter(a -> subject.emails().contains(a.email().toLowerCase(Locale.ROOT)))
                .map(Accounts.AccountSummary::id)
                .toList();
    }
}
