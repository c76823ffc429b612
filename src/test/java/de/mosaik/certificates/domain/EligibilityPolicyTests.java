package de.mosaik.certificates.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EligibilityPolicyTests {

    private final UUID morning = UUID.randomUUID();
    private final UUID afternoon = UUID.randomUUID();
    private final UUID secondDay = UUID.randomUUID();
    // 3 h + 3 h + 4 h = 10 h
    private final List<EligibilityPolicy.Session> sessions = List.of(
            new EligibilityPolicy.Session(morning, Duration.ofHours(3)),
            new EligibilityPolicy.Session(afternoon, Duration.ofHours(3)),
            new EligibilityPolicy.Session(secondDay, Duration.ofHours(4)));

    @Test
    void allSessionsNeedsEverySession() {
        assertThat(decide(Threshold.ALL_SESSIONS, 80, Set.of(morning, afternoon, secondDay))
                        .eligible())
                .isTrue();
        assertThat(decide(Threshold.ALL_SESSIONS, 80, Set.of(morning, secondDay))
                        .eligible())
                .isFalse();
    }

    @Test
    void minimumShareCountsHoursNotSessions() {
        // 7 of 10 hours: not 80 %
        assertThat(decide(Threshold.MIN_PERCENT_HOURS, 80, Set.of(afternoon, secondDay))
                        .eligible())
                .isFalse();
        // 7 of 10 hours reach 70 % exactly
        assertThat(decide(Threshold.MIN_PERCENT_HOURS, 70, Set.of(afternoon, secondDay))
                        .eligible())
                .isTrue();
        // 6 of 10 hours with two of three sessions: sessions would say 67 %, hours say 60 %
        assertThat(decide(Threshold.MIN_PERCENT_HOURS, 65, Set.of(morning, afternoon))
                        .eligible())
                .isFalse();
    }

    @Test
    void reportsAttendedAndTotalHours() {
        var eligibility = decide(Threshold.MIN_PERCENT_HOURS, 80, Set.of(morning));
        assertThat(eligibility.attendedMinutes()).isEqualTo(180);
        assertThat(eligibility.totalMinutes()).isEqualTo(600);
        assertThat(eligibility.attendedSessions()).isEqualTo(1);
        assertThat(eligibility.totalSessions()).isEqualTo(3);
        assertThat(eligibility.attendedHours()).isEqualByComparingTo("3.0");
        assertThat(eligibility.totalHours()).isEqualByComparingTo("10.0");
    }

    @Test
    void marksOfOtherEventsAndNoMarksAtAllEarnNothing() {
        assertThat(decide(Threshold.ALL_SESSIONS, 80, Set.of()).eligible()).isFalse();
        assertThat(decide(Threshold.MIN_PERCENT_HOURS, 1, Set.of(UUID.randomUUID()))
                        .eligible())
                .isFalse();
    }

    @Test
    void anEventWithoutSessionsGivesNoCertificate() {
        assertThat(EligibilityPolicy.decide(Threshold.ALL_SESSIONS, 80, List.of(), Set.of())
                        .eligible())
                .isFalse();
        assertThat(EligibilityPolicy.decide(Threshold.MIN_PERCENT_HOURS, 80, List.of(), Set.of())
                        .eligible())
                .isFalse();
    }

    @Test
    void fullAttendanceMeetsAHundredPercent() {
        assertThat(decide(Threshold.MIN_PERCENT_HOURS, 100, Set.of(morning, afternoon, secondDay))
                        .eligible())
                .isTrue();
    }

    private Eligibility decide(Threshold threshold, int percent, Set<UUID> attended) {
        return EligibilityPolicy.decide(threshold, percent, sessions, attended);
    }
}
