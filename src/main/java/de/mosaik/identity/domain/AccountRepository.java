package de.mosaik.identity.domain;

import de.mosaik.identity.Role;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class AccountRepository {

    private static final String COLUMNS = """
            id, tenant_id, email, display_name, password_hash, role, active, must_change_password, created_at,
            last_login_at, version
            """;

    private final JdbcClient jdbc;

    AccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Account> byEmail(String email) {
        return jdbc.sql("select " + COLUMNS + " from identity.account where lower(email) = lower(?)")
                .param(email)
                .query(AccountRepository::map)
                .optional();
    }

    Optional<Account> byId(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from identity.account where id = ?")
                .param(id)
                .query(AccountRepository::map)
                .optional();
    }

    List<Account> byIds(java.util.Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from identity.account where id = any(?)")
                .param(ids.toArray(UUID[]::new))
                .query(AccountRepository::map)
                .list();
    }

    List<UUID> idsByEmails(java.util.Collection<String> emails) {
        if (emails.isEmpty()) {
            return List.of();
        }
        var lowered = emails.stream()
                .map(e -> e.strip().toLowerCase(java.util.Locale.ROOT))
                .toArray(String[]::new);
        return jdbc.sql("select id from identity.account where lower(email) = any(?)")
                .param(lowered)
                .query(UUID.class)
                .list();
    }

    /** Finds an account only within the given tenant, so an id from another tenant finds nothing. */
    Optional<Account> byIdInTenant(UUID id, UUID tenantId) {
        return jdbc.sql("select " + COLUMNS + " from identity.account where id = ? and tenant_id = ?")
                .params(id, tenantId)
                .query(AccountRepository::map)
                .optional();
    }

    List<Account> ofTenant(UUID tenantId) {
        return jdbc.sql("select " + COLUMNS + " from identity.account where tenant_id = ? order by lower(display_name)")
                .param(tenantId)
                .query(AccountRepository::map)
                .list();
    }

    int countActiveAdmins(UUID tenantId) {
        return jdbc.sql(
                        "select count(*) from identity.account where tenant_id = ? and role = 'TENANT_ADMIN' and active")
                .param(tenantId)
                .query(Integer.class)
                .single();
    }

    boolean anyPlatformAdmin() {
        return jdbc.sql("select exists(select 1 from identity.account where role = 'PLATFORM_ADMIN')")
                .query(Boolean.class)
                .single();
    }

    void insert(
            UUID id,
            @Nullable UUID tenantId,
            String email,
            String displayName,
            @Nullable String passwordHash,
            Role role,
            boolean mustChangePassword) {
        jdbc.sql("""
                        insert into identity.account (id, tenant_id, email, display_name, password_hash, role,
                            must_change_password)
                        values (?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(id, tenantId, email, displayName, passwordHash, role.name(), mustChangePassword)
                .update();
    }

    boolean updateRoleAndStatus(UUID id, UUID tenantId, int version, Role role, boolean active) {
        return jdbc.sql("""
                        update identity.account set role = ?, active = ?, version = version + 1
                        where id = ? and tenant_id = ? and version = ?
                        """).params(role.name(), active, id, tenantId, version).update() == 1;
    }

    void setPassword(UUID id, String passwordHash, @Nullable String displayName) {
        jdbc.sql("""
                        update identity.account set password_hash = ?, must_change_password = false,
                            display_name = coalesce(?, display_name), version = version + 1
                        where id = ?
                        """).params(passwordHash, displayName, id).update();
    }

    void setLanguage(UUID id, String language) {
        jdbc.sql("update identity.account set language = ? where id = ?")
                .params(language, id)
                .update();
    }

    void recordLogin(UUID id) {
        jdbc.sql("update identity.account set last_login_at = now() where id = ?")
                .param(id)
                .update();
    }

    private static Account map(ResultSet rs, int row) throws SQLException {
        return new Account(
                rs.getObject("id", UUID.class),
                rs.getObject("tenant_id", UUID.class),
                rs.getString("email"),
                rs.getString("display_name"),
                rs.getString("password_hash"),
                Role.valueOf(rs.getString("role")),
                rs.getBoolean("active"),
                rs.getBoolean("must_change_password"),
                rs.getTimestamp("created_at").toInstant(),
                instant(rs.getTimestamp("last_login_at")),
                rs.getInt("version"));
    }

    private static java.time.@Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
