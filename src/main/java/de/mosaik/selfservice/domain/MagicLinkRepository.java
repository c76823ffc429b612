package de.mosaik.selfservice.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The mailed links, stored by the hash of their token only. */
@Repository
class MagicLinkRepository {

    private final JdbcClient jdbc;

    MagicLinkRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(String tokenHash, UUID tenantId, String emailNormalized, Instant createdAt, Instant expiresAt) {
        jdbc.sql("""
                        insert into selfservice.magic_link (token_hash, tenant_id, email_normalized, created_at, expires_at)
                        values (?, ?, ?, ?, ?)
                        """)
                .params(tokenHash, tenantId, emailNormalized, Timestamp.from(createdAt), Timestamp.from(expiresAt))
                .update();
    }

    /** The address a link of this tenant was sent to, while it is valid. */
    Optional<String> address(UUID tenantId, String tokenHash, Instant now) {
        return jdbc.sql("""
                        select email_normalized from selfservice.magic_link
                        where tenant_id = ? and token_hash = ? and expires_at > ?
                        """)
                .params(tenantId, tokenHash, Timestamp.from(now))
                .query(String.class)
                .optional();
    }

    int deleteExpiredBefore(Instant before) {
        return jdbc.sql("delete from selfservice.magic_link where expires_at < ?")
                .param(Timestamp.from(before))
                .update();
    }
}
