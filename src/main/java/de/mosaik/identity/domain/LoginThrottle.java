package de.mosaik.identity.domain;

import java.time.Duration;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down password guessing: after too many failures within the window an account, and
 * separately a client address, is refused without checking the password until the window has
 * passed. Counted in the database so that every app node sees the same numbers.
 */
@Component
public class LoginThrottle {

    private final JdbcClient jdbc;
    private final int maxPerAccount;
    private final int maxPerAddress;
    private final Duration window;

    LoginThrottle(
            JdbcClient jdbc,
            @Value("${mosaik.login.max-failures-per-account:10}") int maxPerAccount,
            @Value("${mosaik.login.max-failures-per-address:100}") int maxPerAddress,
            @Value("${mosaik.login.window:PT15M}") Duration window) {
        this.jdbc = jdbc;
        this.maxPerAccount = maxPerAccount;
        this.maxPerAddress = maxPerAddress;
        this.window = window;
    }

    /**
     * Counts only up to the limits: during a flood an account or address collects thousands of
     * failures, and every further attempt would otherwise count them all again.
     */
    public boolean blocked(String email, String clientAddress) {
        return jdbc.sql("""
                        select (select count(*) from (select from identity.login_failure
                                where lower(email) = lower(:email) and failed_at > now() - make_interval(secs => :window)
                                limit :maxAccount) a) >= :maxAccount
                            or (select count(*) from (select from identity.login_failure
                                where client_address = :address and failed_at > now() - make_interval(secs => :window)
                                limit :maxAddress) b) >= :maxAddress
                        """)
                .param("email", email)
                .param("address", clientAddress)
                .param("window", window.toSeconds())
                .param("maxAccount", maxPerAccount)
                .param("maxAddress", maxPerAddress)
                .query(Boolean.class)
                .single();
    }

    @Transactional
    public void recordFailure(String email, String clientAddress) {
        jdbc.sql("insert into identity.login_failure (email, client_address) values (?, ?)")
                .params(truncate(email, 254), truncate(clientAddress, 64))
                .update();
    }

    @Transactional
    public void recordSuccess(String email) {
        jdbc.sql("delete from identity.login_failure where lower(email) = lower(?)")
                .param(email)
                .update();
    }

    /** Old failures no longer count; dropping them keeps the table small. */
    @SchedulerLock(name = "identity-forget-login-failures")
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    @Transactional
    public void forgetOldFailures() {
        jdbc.sql("delete from identity.login_failure where failed_at < now() - interval '1 day'")
                .update();
    }

    private static String truncate(String value, int length) {
        return value.length() <= length ? value : value.substring(0, length);
    }
}
