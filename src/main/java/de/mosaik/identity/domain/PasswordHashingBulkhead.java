package de.mosaik.identity.domain;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Lets only a few password checks hash at the same time (ADR 0013). Argon2 is deliberately
 * expensive in CPU and memory; without a limit a flood of wrong passwords on ever new accounts,
 * which the login throttle cannot stop, takes every core and slows down every page. A check that
 * cannot start within a short wait is refused with {@link Busy}, without hashing. Setting a
 * password (encode) is not limited: only signed-in people and holders of a link do that.
 */
public final class PasswordHashingBulkhead implements PasswordEncoder {

    private final PasswordEncoder delegate;
    private final Semaphore permits;
    private final Duration wait;

    public PasswordHashingBulkhead(PasswordEncoder delegate, int concurrentChecks, Duration wait) {
        if (concurrentChecks < 1) {
            throw new IllegalArgumentException("at least one concurrent check");
        }
        this.delegate = delegate;
        this.permits = new Semaphore(concurrentChecks, true);
        this.wait = wait;
    }

    /** Half the cores, at least one: the other half stays free for the pages. */
    public static int halfTheCores() {
        return Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return delegate.encode(rawPassword);
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        boolean acquired;
        try {
            acquired = permits.tryAcquire(wait.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Busy();
        }
        if (!acquired) {
            throw new Busy();
        }
        try {
            return delegate.matches(rawPassword, encodedPassword);
        } finally {
            permits.release();
        }
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return delegate.upgradeEncoding(encodedPassword);
    }

    /** Too many passwords are being checked right now; the person should try again in a moment. */
    public static final class Busy extends AuthenticationServiceException {

        public Busy() {
            super("too many password checks at once");
        }
    }
}
