package de.mosaik.networks.domain;

import de.mosaik.identity.NetworkAccounts;
import de.mosaik.organisations.Organisations;
import de.mosaik.shared.privacy.DataSubject;
import de.mosaik.shared.privacy.PersonalDataHolder;
import de.mosaik.shared.privacy.StoredRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A person's entries in networks (role, function, phone, what they agreed to show), found through the accounts
 * with the subject's addresses. A network belongs to no tenant; a tenant answers for the entries of the people
 * who speak for its own body in any network, as the body named them (ADR 0020). Entries for bodies without a
 * tenant, and of coordinators or guests without a body, are answered by the platform operator.
 */
@Component
class NetworkPersonalData implements PersonalDataHolder {

    private static final String SCHEMA = "networks";
    private static final String DELEGATES = SCHEMA + ".delegate";

    private final JdbcClient jdbc;
    private final NetworkAccounts accounts;
    private final Organisations organisations;

    NetworkPersonalData(JdbcClient jdbc, NetworkAccounts accounts, Organisations organisations) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.organisations = organisations;
    }

    @Override
    public Set<String> tables() {
        return Set.of(DELEGATES);
    }

    @Override
    public List<StoredRecord> export(UUID tenantId, DataSubject subject) {
        var records = new ArrayList<StoredRecord>();
        var scope = scope(tenantId, subject);
        if (scope.isEmpty()) {
            return records;
        }
        jdbc.sql("""
                        select n.name as network, d.role, d.editor, d.function_title, d.phone, d.show_email, d.show_phone,
                               d.invited_at, d.accepted_at, m.joined_on, m.left_on
                          from networks.delegate d
                          join networks.member m on m.id = d.member_id
                          join networks.network n on n.id = d.network_id
                         where m.organisation_id = :body and d.account_id in (:accounts)
                         order by n.name
                        """)
                .param("body", scope.get().body())
                .param("accounts", scope.get().accounts())
                .query()
                .listOfRows()
                .forEach(row -> records.add(new StoredRecord(DELEGATES, row)));
        return records;
    }

    @Override
    public void erase(UUID tenantId, DataSubject subject) {
        // The entry goes; the account itself is identity's, and the body stays a member of the network.
        scope(tenantId, subject)
                .ifPresent(scope -> jdbc.sql("""
                                delete from networks.delegate d using networks.member m
                                 where m.id = d.member_id and m.organisation_id = :body and d.account_id in (:accounts)
                                """)
                        .param("body", scope.body())
                        .param("accounts", scope.accounts())
                        .update());
    }

    /** The tenant's body and the accounts of the subject, if there is anything to look for. */
    private Optional<Scope> scope(UUID tenantId, DataSubject subject) {
        if (subject.emails().isEmpty()) {
            return Optional.empty();
        }
        var body = organisations.ofTenant(tenantId);
        if (body.isEmpty()) {
            return Optional.empty();
        }
        var ids = accounts.idsByEmails(subject.emails());
        return ids.isEmpty()
                ? Optional.empty()
                : Optional.of(new Scope(body.get().id(), ids));
    }

    private record Scope(UUID body, List<UUID> accounts) {}
}
