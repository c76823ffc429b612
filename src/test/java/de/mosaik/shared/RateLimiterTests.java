package de.mosaik.shared;

import static org.assertj.core.api.Assertions.assertThat;

import de.mosaik.Fixtures;
import de.mosaik.IntegrationTest;
import java.time.Duration;
import java.util.Collections;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class RateLimiterTests extends IntegrationTest {

    @Autowired
    RateLimiter limiter;

    @Test
    void allowsUpToTheLimitPerSubjectWithinTheWindow() {
        var bucket = Fixtures.unique("test");

        assertThat(limiter.tryAcquire(bucket, "a@example.org", 2, Duration.ofHours(1)))
                .isTrue();
        assertThat(limiter.tryAcquire(bucket, " A@Example.org ", 2, Duration.ofHours(1)))
                .isTrue();
        assertThat(limiter.tryAcquire(bucket, "a@example.org", 2, Duration.ofHours(1)))
                .isFalse();
        assertThat(limiter.tryAcquire(bucket, "b@example.org", 2, Duration.ofHours(1)))
                .isTrue();
        assertThat(limiter.tryAcquire(Fixtures.unique("other"), "a@example.org", 2, Duration.ofHours(1)))
                .isTrue();
    }

    @Test
    void holdsExactlyUnderConcurrentRequests() throws Exception {
        var bucket = Fixtures.unique("parallel");
        Callable<Boolean> attempt = () -> limiter.tryAcquire(bucket, "198.51.100.1", 5, Duration.ofHours(1));
        var pool = Executors.newFixedThreadPool(8);
        try {
            long granted = 0;
            for (var result : pool.invokeAll(Collections.nCopies(40, attempt))) {
                if (result.get()) {
                    granted++;
                }
            }
            assertThat(granted).isEqualTo(5);
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void storesNoSubjectInClearText() {
        var bucket = Fixtures.unique("privacy");
        limiter.tryAcquire(bucket, "geheim@example.org", 1, Duration.ofHours(1));

        assertThat(jdbc.sql("select subject_hash from shared.rate_limit_hit where bucket = ?")
                        .param(bucket)
                        .query(String.class)
                        .single())
                .hasSize(64)
                .doesNotContain("geheim");
    }
}
