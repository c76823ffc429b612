package de.mosaik.mail.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class MailDispatcherBackoffTests {

    @Test
    void startsShortAndDoubles() {
        assertThat(MailDispatcher.backoff(1)).isEqualTo(Duration.ofSeconds(15));
        assertThat(MailDispatcher.backoff(2)).isEqualTo(Duration.ofSeconds(30));
        assertThat(MailDispatcher.backoff(3)).isEqualTo(Duration.ofMinutes(1));
        assertThat(MailDispatcher.backoff(5)).isEqualTo(Duration.ofMinutes(4));
    }

    @Test
    void neverWaitsLongerThanAnHour() {
        Duration previous = Duration.ZERO;
        for (int attempt = 1; attempt <= 100; attempt++) {
            var backoff = MailDispatcher.backoff(attempt);
            assertThat(backoff).as("attempt %d", attempt).isPositive().isLessThanOrEqualTo(Duration.ofHours(1));
            assertThat(backoff).as("attempt %d", attempt).isGreaterThanOrEqualTo(previous);
            previous = backoff;
        }
        assertThat(MailDispatcher.backoff(9)).isEqualTo(Duration.ofHours(1));
        assertThat(MailDispatcher.backoff(Integer.MAX_VALUE)).isEqualTo(Duration.ofHours(1));
    }
}
