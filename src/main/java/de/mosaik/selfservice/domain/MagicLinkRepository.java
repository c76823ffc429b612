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

    /**
     * Uses up a valid link of this tenant and returns the address it was sent to. Deleting it in the
     * same statement makes the link single-use even when two requests press its button at once.
     */
    Optional<String> consume(UUID tenantId, String tokenHash, Instant now) {
        return jdbc.sql("""
                        delete from selfservice.magic_link
                        where tenant_id = ? and token_hash = ? and expires_at > ?
                        returning email_normalized
                        """)
                .params(tenantId, tokenHash, Timestamp.from(now))
                .query(String.class)
                .optional();
    }

    /** Forgets every link sent to this address at this tenant, so that only the newest one works. */
    int deleteFor(UUID tenantId, String emailNormalized) {
        return jdbc.sql("delete from selfservice.magic_link where tenant_id = ? and email_normalized = ?")
                .params(tenantId, emailNormalized)
                .update();
    }

    int deleteExpiredBefore(Instant before) {
        return jdbc.sql("delete from selfservice.magic_link where expires_at < ?")
                .param(Timestamp.from(before))
                .update();
    }
}
