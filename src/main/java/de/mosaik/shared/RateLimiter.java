package de.mosaik.shared;

import de.mosaik.shared.security.Tokens;
import java.time.Duration;
import java.util.Locale;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Limits how often an action may be taken for one subject (an e-mail address, a client address)
 * within a window. Counted in PostgreSQL so that all app nodes share the count; concurrent requests
 * for the same subject are serialised by an advisory lock, so the limit holds exactly.
 */
@Component
public class RateLimiter {

    private final JdbcClient jdbc;

    RateLimiter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Counts one use and returns true if fewer than {@code max} happened within {@code window}. */
    @Transactional
    public boolean tryAcquire(String bucket, String subject, int max, Duration window) {
        var hash = hash(subject.strip().toLowerCase(Locale.ROOT));
        jdbc.sql("select pg_advisory_xact_lock(hashtext(? || '/' || ?))")
                .params(bucket, hash)
                .query((rs, row) -> 1)
                .single();
        int recent = jdbc.sql("""
                        select count(*) from shared.rate_limit_hit
                        where bucket = ? and subject_hash = ? and hit_at > now() - make_interval(secs => ?)
                        """)
                .params(bucket, hash, window.toSeconds())
                .query(Integer.class)
                .single();
        if (recent >= max) {
            return false;
        }
        jdbc.sql("insert into shared.rate_limit_hit (bucket, subject_hash) values (?, ?)")
                .params(bucket, hash)
                .update();
        return true;
    }

    @SchedulerLock(name = "shared-forget-rate-limit-hits")
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT10M")
    @Transactional
    public void forgetOldHits() {
        jdbc.sql("delete from shared.rate_limit_hit where hit_at < now() - interval '1 day'")
                .update();
    }

    private static String hash(String subject) {
        return Tokens.sha256Hex(subject);
    }
}
