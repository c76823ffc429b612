package de.mosaik.identity.domain;

import de.mosaik.shared.security.Tokens;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Single-use tokens for links in mails. The database keeps only their SHA-256, so a copy of the
 * database does not let anyone take over an account.
 */
@Repository
class AccountTokens {

    enum Purpose {
        INVITATION,
        PASSWORD_RESET
    }

    private final JdbcClient jdbc;

    AccountTokens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Issues a new token; earlier unused tokens of the same purpose stop working. */
    String issue(UUID accountId, Purpose purpose, Duration validity) {
        jdbc.sql("delete from identity.account_token where account_id = ? and purpose = ? and used_at is null")
                .params(accountId, purpose.name())
                .update();
        var token = Tokens.urlSafe();
        jdbc.sql("""
                        insert into identity.account_token (token_hash, account_id, purpose, expires_at)
                        values (?, ?, ?, now() + make_interval(secs => ?))
                        """)
                .params(Tokens.sha256Hex(token), accountId, purpose.name(), validity.toSeconds())
                .update();
        return token;
    }

    /** The account a still valid, unused token belongs to. */
    Optional<UUID> peek(String token, Purpose purpose) {
        return jdbc.sql("""
                        select account_id from identity.account_token
                        where token_hash = ? and purpose = ? and used_at is null and expires_at > now()
                        """)
                .params(Tokens.sha256Hex(token), purpose.name())
                .query(UUID.class)
                .optional();
    }

    /** Marks the token used; only one of two concurrent submissions wins. */
    Optional<UUID> consume(String token, Purpose purpose) {
        return jdbc.sql("""
                        update identity.account_token set used_at = now()
                        where token_hash = ? and purpose = ? and used_at is null and expires_at > now()
                        returning account_id
                        """)
                .params(Tokens.sha256Hex(token), purpose.name())
                .query(UUID.class)
                .optional();
    }
}
