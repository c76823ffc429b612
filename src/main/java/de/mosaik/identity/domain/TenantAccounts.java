package de.mosaik.identity.domain;

import de.mosaik.identity.Accounts;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class TenantAccounts implements Accounts {

    private final JdbcClient jdbc;

    TenantAccounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<AccountSummary> active(UUID tenantId) {
        return jdbc.sql("""
                        select id, display_name, email from identity.account
                        where tenant_id = ? and active order by display_name
                        """)
                .param(tenantId)
                .query((rs, row) -> new AccountSummary(
                        rs.getObject("id", UUID.class), rs.getString("display_name"), rs.getString("email")))
                .list();
    }

    @Override
    public List<AccountSummary> activeByIds(Collection<UUID> ids) {
        return accounts("id in (:ids) and active", "ids", ids);
    }

    @Override
    public List<AccountSummary> byIds(Collection<UUID> ids) {
        return accounts("id in (:ids)", "ids", ids);
    }

    @Override
    public List<AccountSummary> byEmails(Collection<String> normalisedEmails) {
        return accounts("lower(email) in (:emails)", "emails", normalisedEmails);
    }

    private List<AccountSummary> accounts(String where, String name, Collection<?> values) {
        if (values.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select id, display_name, email from identity.account where " + where
                        + " order by display_name")
                .param(name, values)
                .query((rs, row) -> new AccountSummary(
                        rs.getObject("id", UUID.class), rs.getString("display_name"), rs.getString("email")))
                .list();
    }

    @Override
    public Locale language(UUID accountId) {
        return languages(List.of(accountId)).getOrDefault(accountId, Locale.GERMAN);
    }

    @Override
    public Map<UUID, Locale> languages(Collection<UUID> accountIds) {
        var languages = new HashMap<UUID, Locale>();
        if (accountIds.isEmpty()) {
            return languages;
        }
        jdbc.sql("select id, language from identity.account where id in (:ids)")
                .param("ids", accountIds)
                .query(rs -> {
                    languages.put(rs.getObject("id", UUID.class), offered(rs.getString("language")));
                });
        return languages;
    }

    @Override
    public boolean changeLanguage(UUID accountId, Locale language) {
        var code = language.getLanguage();
        if (LANGUAGES.stream().noneMatch(l -> l.getLanguage().equals(code))) {
            return false;
        }
        // Not a change of the account the session has to notice: the version stays.
        jdbc.sql("update identity.account set language = ? where id = ? and language <> ?")
                .params(code, accountId, code)
                .update();
        return true;
    }

    static Locale offered(String code) {
        return LANGUAGES.stream()
                .filter(l -> l.getLanguage().equals(code))
                .findFirst()
                .orElse(Locale.GERMAN);
    }
}
