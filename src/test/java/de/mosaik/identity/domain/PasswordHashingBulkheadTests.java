package de.mosaik.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;

class PasswordHashingBulkheadTests {

    /** A password check that takes as long as the test wants. */
    static final class SlowEncoder implements PasswordEncoder {

        final CountDownLatch started = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);

        @Override
        public String encode(CharSequence rawPassword) {
            return "hash:" + rawPassword;
        }

        @Override
        public boolean matches(CharSequence rawPassword, String encodedPassword) {
            started.countDown();
            try {
                release.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return encodedPassword.equals(encode(rawPassword));
        }
    }

    @Test
    void refusesACheckWhileAllPermitsAreTakenAndAcceptsItAgainAfterwards() throws Exception {
        var slow = new SlowEncoder();
        var bulkhead = new PasswordHashingBulkhead(slow, 1, Duration.ofMillis(50));
        var executor = Executors.newSingleThreadExecutor();
        try {
            var first = executor.submit(() -> bulkhead.matches("secret", "hash:secret"));
            assertThat(slow.started.await(5, TimeUnit.SECONDS)).isTrue();

            assertThatThrownBy(() -> bulkhead.matches("guess", "hash:secret"))
                    .isInstanceOf(PasswordHashingBulkhead.Busy.class);

            slow.release.countDown();
            assertThat(first.get(5, TimeUnit.SECONDS)).isTrue();
            assertThat(bulkhead.matches("guess", "hash:secret")).isFalse();
            assertThat(bulkhead.matches("secret", "hash:secret")).isTrue();
        } finally {
            executor.shutdownNow();
        }
    }

    @Test
    void waitsBrieflyForAPermitBeforeRefusing() throws Exception {
        var slow = new SlowEncoder();
        var bulkhead = new PasswordHashingBulkhead(slow, 1, Duration.ofSeconds(5));
        var executor = Executors.newFixedThreadPool(2);
        try {
            var first = executor.submit(() -> bulkhead.matches("secret", "hash:secret"));
            assertThat(slow.started.await(5, TimeUnit.SECONDS)).isTrue();
            var second = executor.submit(() -> bulkhead.matches("secret", "hash:secret"));

            slow.release.countDown();

            assertThat(first.get(5, TimeUnit.SECONDS)).isTrue();
            assertThat(second.get(5, TimeUnit.SECONDS)).isTrue();
        } finally {
            executor.shutdownNow();
        }
    }

    @Test
    void doesNotLimitSettingAPassword() {
        var bulkhead = new PasswordHashingBulkhead(new SlowEncoder(), 1, Duration.ZERO);
        assertThat(bulkhead.encode("secret")).isEqualTo("hash:secret");
    }

    @Test
    void keepsHalfTheCoresFreeButAlwaysAllowsOneCheck() {
        assertThat(PasswordHashingBulkhead.halfTheCores())
                .isBetween(1, Math.max(1, Runtime.getRuntime().availableProcessors() / 2));
    }
}
